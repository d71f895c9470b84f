using HipBand.Coaching.Chats;
using HipBand.Coaching.Dialog;
using HipBand.Coaching.Scheduling;
using System.Threading.Channels;
using Quartz;

namespace HipBand.Bot.Reminders;

/// <summary>
/// Applies the dialog's schedule and timer effects to Quartz, idempotently (every change replaces or removes the
/// chat's trigger of that kind), in the order they were committed, off the path of the reply: a turn queues its
/// effects and returns. Queued effects for one chat and one kind of trigger collapse to the last, so a burst of
/// sets costs one rest-timer write, not one each. If the process dies first, <see cref="ScheduleReconciler"/>
/// repairs schedules on the next start (a pending rest nudge is lost: it is a nudge).
/// </summary>
internal sealed partial class ReminderScheduler : ITurnObserver, IAsyncDisposable
{
    private readonly ISchedulerFactory schedulers;
    private readonly TimeProvider clock;
    private readonly ILogger<ReminderScheduler> logger;
    private readonly Channel<(long ChatId, Effect Effect)> queue = Channel.CreateUnbounded<(long, Effect)>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Task loop;

    public ReminderScheduler(ISchedulerFactory schedulers, TimeProvider clock, ILogger<ReminderScheduler> logger)
    {
        this.schedulers = schedulers;
        this.clock = clock;
        this.logger = logger;
        loop = Task.Run(RunAsync);
    }

    public Task CommittedAsync(long chatId, Outcome outcome, CancellationToken cancellationToken)
    {
        foreach (var effect in outcome.Effects.Where(IsScheduling))
        {
            queue.Writer.TryWrite((chatId, effect));
        }

        return Task.CompletedTask;
    }

    /// <summary>The person blocked the bot: no more reminders or timers (their next /start and setup bring them back).</summary>
    public Task DeactivatedAsync(long chatId, CancellationToken cancellationToken)
    {
        queue.Writer.TryWrite((chatId, new Unscheduled()));
        return Task.CompletedTask;
    }

    /// <summary>Completes once everything queued so far has been applied (for shutdown and tests).</summary>
    public async Task FlushAsync(CancellationToken cancellationToken = default)
    {
        var done = new Flushed();
        queue.Writer.TryWrite((0, done));
        await done.Applied.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        queue.Writer.TryComplete();
        await loop.ConfigureAwait(false);
    }

    /// <summary>Makes the chat's weekly trigger match <paramref name="schedule"/> (none when null).</summary>
    public async Task SetScheduleAsync(IScheduler scheduler, long chatId, Schedule? schedule, CancellationToken cancellationToken)
    {
        if (schedule is null)
        {
            await scheduler.UnscheduleJob(ReminderTriggers.Schedule(chatId), cancellationToken).ConfigureAwait(false);
            return;
        }

        await ScheduleAsync(scheduler, chatId, ReminderTriggers.ScheduleTrigger(chatId, schedule, clock), cancellationToken).ConfigureAwait(false);
    }

    private static bool IsScheduling(Effect effect) => effect is ScheduleChanged or ReminderSnoozed or RestTimerWanted or RestTimerCancelled;

    private async Task RunAsync()
    {
        var batch = new List<(long ChatId, Effect Effect)>();
        while (await queue.Reader.WaitToReadAsync().ConfigureAwait(false))
        {
            batch.Clear();
            while (queue.Reader.TryRead(out var item))
            {
                batch.Add(item);
            }

            foreach (var (chatId, effect) in Coalesce(batch))
            {
                try
                {
                    await ApplyAsync(chatId, effect, CancellationToken.None).ConfigureAwait(false);
                }
                catch (Exception error)
                {
                    LogApplyFailed(logger, chatId, error);
                }
            }
        }
    }

    /// <summary>Keeps, per chat and kind of trigger, only the last effect queued, in their order.</summary>
    private static IEnumerable<(long ChatId, Effect Effect)> Coalesce(List<(long ChatId, Effect Effect)> batch)
    {
        var last = new Dictionary<(long, string), int>();
        for (var i = 0; i < batch.Count; i++)
        {
            last[(batch[i].ChatId, KindOf(batch[i].Effect))] = i;
        }

        return batch.Where((item, i) => last[(item.ChatId, KindOf(item.Effect))] == i);
    }

    private static string KindOf(Effect effect) => effect switch
    {
        ScheduleChanged => "schedule",
        ReminderSnoozed => "snooze",
        RestTimerWanted or RestTimerCancelled => "rest",
        Unscheduled => "all",
        _ => effect.GetType().Name + effect.GetHashCode(),
    };

    private async Task ApplyAsync(long chatId, Effect effect, CancellationToken cancellationToken)
    {
        if (effect is Flushed flushed)
        {
            flushed.Applied.TrySetResult();
            return;
        }

        var scheduler = await schedulers.GetScheduler(cancellationToken).ConfigureAwait(false);
        switch (effect)
        {
            case Unscheduled:
                await scheduler.DeleteJob(ReminderTriggers.Job(chatId), cancellationToken).ConfigureAwait(false);
                break;
            case ScheduleChanged changed:
                await SetScheduleAsync(scheduler, chatId, changed.Schedule, cancellationToken).ConfigureAwait(false);
                break;
            case ReminderSnoozed snoozed:
                await ScheduleAsync(scheduler, chatId, ReminderTriggers.SnoozeTrigger(chatId, snoozed.At, clock), cancellationToken).ConfigureAwait(false);
                break;
            case RestTimerWanted rest:
                await ScheduleAsync(scheduler, chatId, ReminderTriggers.RestTrigger(chatId, rest.DueAt, rest.QuestionKey, clock), cancellationToken).ConfigureAwait(false);
                break;
            case RestTimerCancelled:
                await scheduler.UnscheduleJob(ReminderTriggers.Rest(chatId), cancellationToken).ConfigureAwait(false);
                break;
        }
    }

    private static async Task ScheduleAsync(IScheduler scheduler, long chatId, ITrigger trigger, CancellationToken cancellationToken)
    {
        await scheduler.AddJob(ReminderTriggers.JobFor(chatId), new AddJobOptions { Replace = true }, cancellationToken).ConfigureAwait(false);
        await scheduler.ScheduleTrigger(trigger, TriggerConflict.Replace, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Internal marker: remove every trigger of the chat.</summary>
    private sealed record Unscheduled : Effect;

    /// <summary>Internal marker: everything before it has been applied.</summary>
    private sealed record Flushed : Effect
    {
        public TaskCompletionSource Applied { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Updating the reminders of chat {ChatId} failed; the schedule is repaired at the next start")]
    private static partial void LogApplyFailed(ILogger logger, long chatId, Exception error);
}
