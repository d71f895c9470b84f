using HipBand.Bot.Operations;
using HipBand.Bot.Delivery;
using HipBand.Coaching.Dialog;
using HipBand.Coaching.Storage;
using HipBand.Coaching.Text;

namespace HipBand.Bot.Turns;

/// <summary>
/// The one way an input becomes a turn: load the chat, step the dialog, render the replies, commit state, logs,
/// deletions, outbox rows and the update id in one transaction, hand the rows to the channel, and dispatch what the
/// turn wants done after it (<see cref="AfterCommitEffects"/>). A save that finds the row moved on (another
/// writer) steps again from the stored state.
/// </summary>
/// <remarks>
/// A chat's inputs come one at a time (the per-chat queues), so its state is cached between them; anything that
/// changes a chat's rows outside a turn drops the cached copy.
/// </remarks>
internal sealed class TurnPipeline(ChatStore store, ChatCache cache, IReplyChannel channel, AfterCommitEffects effects, ITexts texts, BotMetrics metrics, TimeProvider clock)
{
    private const int Attempts = 5;

    public async Task<TurnResult> HandleAsync(long chatId, UserInput input, TurnSource source, CancellationToken cancellationToken = default)
    {
        var started = clock.GetTimestamp();
        for (var attempt = 1; ; attempt++)
        {
            var loaded = cache.TryGet(chatId, out var cached) ? cached : await store.LoadAsync(chatId, cancellationToken).ConfigureAwait(false);

            var outcome = Coach.Step(loaded.State, input, clock.GetUtcNow(), texts);
            if (loaded.WasReset)
            {
                outcome = outcome with { Replies = [Coach.StateResetNotice(texts), .. outcome.Replies] };
            }

            var rows = channel.Render(chatId, outcome, source.Pressed);
            var write = new TurnWrite(chatId, loaded, outcome.State, [.. outcome.InTransaction], rows, source.UpdateId, source.Claim)
            {
                Admission = channel.Admission(chatId, outcome),
            };
            var report = await store.WriteAsync(write, cancellationToken).ConfigureAwait(false);
            switch (report.Result)
            {
                case TurnWriteResult.Committed:
                    Remember(loaded, outcome);
                    channel.Deliver(chatId, outcome, report);
                    await effects.DispatchAsync(chatId, outcome.Effects, cancellationToken).ConfigureAwait(false);
                    metrics.TurnTook(clock.GetElapsedTime(started), source.Kind);
                    return new TurnResult(outcome, Applied: true, report.Queued);

                case TurnWriteResult.AlreadyApplied:
                    // Nothing was written, so nothing may be said: the first time already said it.
                    cache.Forget(chatId);
                    return new TurnResult(new Outcome(loaded.State), Applied: false, []);

                default:
                    cache.Forget(chatId);
                    if (attempt >= Attempts)
                    {
                        throw new ConcurrencyConflictException(chatId);
                    }

                    break;
            }
        }
    }

    /// <summary>
    /// Records an update as applied without a dialog step (handling it failed), sending <paramref name="rows"/>
    /// instead, so that it is not tried again; the chat's state stays as it was.
    /// </summary>
    public async Task<IReadOnlyList<PendingMessage>> SkipAsync(long chatId, long updateId, IReadOnlyList<OutboxMessage> rows, CancellationToken cancellationToken = default)
    {
        cache.Forget(chatId);
        var loaded = await store.LoadAsync(chatId, cancellationToken).ConfigureAwait(false);
        var report = await store.WriteAsync(new TurnWrite(chatId, loaded, loaded.State, [], rows, updateId), cancellationToken).ConfigureAwait(false);
        return report.Queued;
    }

    private void Remember(StoredChat loaded, Outcome outcome)
    {
        if (outcome.Effects.OfType<DataDeleted>().Any())
        {
            // Every row went with the turn: the next input starts from nothing stored.
            cache.Forget(loaded.ChatId);
            return;
        }

        cache.Remember(loaded with
        {
            State = outcome.State,
            RowVersion = loaded.RowVersion + 1,
            WasReset = false,
            Active = true,
        });
    }
}
