using HipBand.Coaching.Dialog;
using HipBand.Coaching.Storage;

namespace HipBand.Testing;

/// <summary>What handling one input came to, in a storage test.</summary>
public sealed record StoredTurn(Outcome Outcome, bool Applied);

/// <summary>
/// Load, step, commit for one input, as the host's turn pipeline does it, without a transport: storage tests drive
/// the real dialog through the real store with it. Replies become outbox rows only when a test renders them.
/// </summary>
public sealed class StoredTurns(ChatStore store, TimeProvider clock)
{
    public async Task<StoredTurn> HandleAsync(long chatId, UserInput input, long? updateId = null, Func<Outcome, IReadOnlyList<OutboxMessage>>? render = null)
    {
        for (var attempt = 1; attempt <= 10; attempt++)
        {
            var loaded = await store.LoadAsync(chatId);

            var outcome = Coach.Step(loaded.State, input, clock.GetUtcNow());
            if (loaded.WasReset)
            {
                outcome = outcome with { Replies = [Coach.StateResetNotice(), .. outcome.Replies] };
            }

            var report = await store.WriteAsync(new TurnWrite(chatId, loaded, outcome.State, [.. outcome.InTransaction], render?.Invoke(outcome) ?? [], updateId));
            switch (report.Result)
            {
                case TurnWriteResult.Committed:
                    return new StoredTurn(outcome, Applied: true);
                case TurnWriteResult.AlreadyApplied:
                    return new StoredTurn(new Outcome(loaded.State), Applied: false);
            }
        }

        throw new ConcurrencyConflictException(chatId);
    }
}
