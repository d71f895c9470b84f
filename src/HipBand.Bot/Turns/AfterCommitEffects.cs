using HipBand.Bot.Charts;
using HipBand.Bot.Delivery;
using HipBand.Bot.Reminders;
using HipBand.Coaching.Dialog;

namespace HipBand.Bot.Turns;

/// <summary>
/// The one table from effect type to what happens once its turn is committed. Every effect the dialog knows is
/// listed, those written in the transaction too, so that a new effect cannot be forgotten (a test checks it).
/// Handlers must not throw: a failure is theirs to log and repair.
/// </summary>
internal sealed class AfterCommitEffects
{
    private readonly Dictionary<Type, Func<long, Effect, CancellationToken, Task>> table;

    public AfterCommitEffects(ReminderScheduler reminders, RestTimers rests, ExportDelivery export, ProgressPictures pictures)
    {
        Task Schedule(long chatId, Effect effect, CancellationToken ct) => reminders.ApplyAsync(chatId, effect, ct);
        Task Forget(long chatId, CancellationToken ct)
        {
            rests.Cancel(chatId);
            return reminders.StopAllForAsync(chatId, ct);
        }

        table = new()
        {
            [typeof(ScheduleChanged)] = Schedule,
            [typeof(ReminderSnoozed)] = Schedule,
            // The deadline is in the state row already (written with the turn); this arms the in-process timer.
            [typeof(RestTimerWanted)] = (chatId, effect, _) => Done(() => rests.Set(chatId, (RestTimerWanted)effect)),
            [typeof(RestTimerCancelled)] = (chatId, _, _) => Done(() => rests.Cancel(chatId)),
            [typeof(ExportRequested)] = (chatId, _, ct) => export.SendAsync(chatId, ct),
            [typeof(ProgressPictureWanted)] = (chatId, effect, ct) => pictures.WantAsync(chatId, effect, ct),
            [typeof(DataDeleted)] = (chatId, _, ct) => Forget(chatId, ct),
            [typeof(SessionStarted)] = Nothing,
            [typeof(SetLogged)] = Nothing,
            [typeof(SessionFinished)] = Nothing,
        };
    }

    /// <summary>Every effect type the table knows.</summary>
    public IReadOnlyCollection<Type> Known => table.Keys;

    public async Task DispatchAsync(long chatId, IReadOnlyList<Effect> effects, CancellationToken cancellationToken)
    {
        foreach (var effect in effects)
        {
            await table[effect.GetType()](chatId, effect, cancellationToken).ConfigureAwait(false);
        }
    }

    private static Task Done(Action action)
    {
        action();
        return Task.CompletedTask;
    }

    /// <summary>Written in the transaction; nothing is left to do after it.</summary>
    private static Task Nothing(long chatId, Effect effect, CancellationToken cancellationToken) => Task.CompletedTask;
}
