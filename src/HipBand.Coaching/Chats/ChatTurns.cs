using HipBand.Coaching.Dialog;
using HipBand.Coaching.Storage;
using HipBand.Coaching.Text;

namespace HipBand.Coaching.Chats;

/// <summary>Applies one input to a stored chat: load, step the dialog, save; retried when a concurrent save won.</summary>
public sealed class ChatTurns(ChatStore store, TimeProvider clock)
{
    private const int Attempts = 5;

    /// <summary>Handles one input and returns the outcome that was saved (its replies are still to be sent).</summary>
    public async Task<Outcome> HandleAsync(long chatId, UserInput input, CancellationToken cancellationToken = default)
    {
        for (var attempt = 1; ; attempt++)
        {
            var loaded = await store.LoadAsync(chatId, cancellationToken).ConfigureAwait(false);
            var outcome = Coach.Step(loaded.State, input, clock.GetUtcNow());
            if (loaded.WasReset)
            {
                outcome = outcome with { Replies = [new Reply(Say.StateReset), .. outcome.Replies] };
            }

            try
            {
                await store.SaveAsync(loaded, outcome, cancellationToken).ConfigureAwait(false);
                return outcome;
            }
            catch (ConcurrencyConflictException) when (attempt < Attempts)
            {
                // Someone else saved this chat in between: step again from what they saved.
            }
        }
    }
}
