using System.Collections.Concurrent;
using HipBand.Coaching.Dialog;
using HipBand.Coaching.Storage;
using HipBand.Coaching.Text;

namespace HipBand.Coaching.Chats;

/// <summary>Applies one input to a stored chat: load, step the dialog, save with its outbox rows; retried on a conflict.</summary>
/// <remarks>
/// The caller handles one chat's inputs one at a time (the transport's per-chat lanes), so a chat's
/// state can be cached between its inputs; a save that finds the row moved on (another instance)
/// drops the cached copy and steps again from the stored one.
/// </remarks>
public sealed class ChatTurns(ChatStore store, TimeProvider clock, IEnumerable<ITurnObserver> observers)
{
    private readonly IReadOnlyList<ITurnObserver> observers = [.. observers];

    private const int Attempts = 5;
    private const int MaxCachedChats = 100_000;

    private readonly ConcurrentDictionary<long, StoredChat> cache = new();

    /// <summary>Handles one input; the context says where it came from and how to render its replies.</summary>
    public async Task<TurnResult> HandleAsync(long chatId, UserInput input, TurnContext? context = null, CancellationToken cancellationToken = default)
    {
        var updateId = context?.UpdateId;
        for (var attempt = 1; ; attempt++)
        {
            var loaded = cache.TryGetValue(chatId, out var cached)
                ? cached
                : await store.LoadAsync(chatId, cancellationToken).ConfigureAwait(false);
            if (updateId is { } id && loaded.HasApplied(id))
            {
                return new TurnResult(new Outcome(loaded.State), Applied: false, []);
            }

            var outcome = Coach.Step(loaded.State, input, clock.GetUtcNow());
            if (loaded.WasReset)
            {
                outcome = outcome with { Replies = [new Reply(Say.StateReset), .. outcome.Replies] };
            }

            var outbox = context?.Render?.Invoke(outcome) ?? [];
            var write = new TurnWrite(chatId, loaded, outcome.State, outcome.Effects, outbox, updateId, context?.Claim);
            var report = await store.WriteAsync(write, cancellationToken).ConfigureAwait(false);
            switch (report.Result)
            {
                case TurnWriteResult.Committed:
                    Remember(loaded with
                    {
                        State = outcome.State,
                        RowVersion = loaded.RowVersion + 1,
                        WasReset = false,
                        Active = true,
                        LastUpdateId = updateId ?? loaded.LastUpdateId,
                    });
                    var result = new TurnResult(outcome, Applied: true, report.Queued);
                    context?.Deliver?.Invoke(result);
                    if (outcome.Effects.OfType<DataDeleted>().Any())
                    {
                        await ForgetEverythingAsync(chatId, cancellationToken).ConfigureAwait(false);
                    }

                    foreach (var observer in observers)
                    {
                        await observer.CommittedAsync(chatId, outcome, cancellationToken).ConfigureAwait(false);
                    }

                    return result;

                case TurnWriteResult.AlreadyApplied:
                    // Nothing was written, so nothing may be said: the first time already said it.
                    cache.TryRemove(chatId, out _);
                    return new TurnResult(new Outcome(loaded.State), Applied: false, []);

                default:
                    cache.TryRemove(chatId, out _);
                    if (attempt >= Attempts)
                    {
                        throw new ConcurrencyConflictException(chatId);
                    }

                    break;
            }
        }
    }

    /// <summary>
    /// Records an update as applied without a dialog step (handling it failed), sending <paramref name="outbox"/>
    /// instead, so that it is not tried again; the chat's state stays as it was.
    /// </summary>
    public async Task<IReadOnlyList<PendingMessage>> SkipAsync(long chatId, long updateId, IReadOnlyList<OutboxMessage> outbox, CancellationToken cancellationToken = default)
    {
        Forget(chatId);
        var loaded = await store.LoadAsync(chatId, cancellationToken).ConfigureAwait(false);
        var write = new TurnWrite(chatId, loaded, loaded.State, [], outbox, updateId);
        var report = await store.WriteAsync(write, cancellationToken).ConfigureAwait(false);
        return report.Queued;
    }

    /// <summary>Drops a chat's cached state, e.g. after something outside the dialog changed its rows.</summary>
    public void Forget(long chatId) => cache.TryRemove(chatId, out _);

    /// <summary>Deletes every row about the person, and (through the observers) their reminders.</summary>
    private async Task ForgetEverythingAsync(long chatId, CancellationToken cancellationToken)
    {
        await store.DeleteChatAsync(chatId, cancellationToken).ConfigureAwait(false);
        await StopAllForAsync(chatId, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The person blocked the bot: marks them inactive and drops their waiting messages; returns how many.</summary>
    public async Task<int> DeactivateAsync(long chatId, CancellationToken cancellationToken = default)
    {
        var dropped = await store.DeactivateAsync(chatId, cancellationToken).ConfigureAwait(false);
        await StopAllForAsync(chatId, cancellationToken).ConfigureAwait(false);
        return dropped;
    }

    /// <summary>The chat's rows changed outside the dialog: drop its cached state, and nothing more is scheduled for it.</summary>
    private async Task StopAllForAsync(long chatId, CancellationToken cancellationToken)
    {
        Forget(chatId);
        foreach (var observer in observers)
        {
            await observer.DeactivatedAsync(chatId, cancellationToken).ConfigureAwait(false);
        }
    }

    private void Remember(StoredChat chat)
    {
        if (cache.Count >= MaxCachedChats)
        {
            cache.Clear();
        }

        cache[chat.ChatId] = chat;
    }
}
