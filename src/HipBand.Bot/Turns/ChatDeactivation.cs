using HipBand.Bot.Reminders;
using HipBand.Coaching.Storage;

namespace HipBand.Bot.Turns;

/// <summary>The person blocked the bot (a 403, or Telegram said so): inactive, nothing waiting, nothing scheduled.</summary>
internal sealed class ChatDeactivation(ChatStore store, ChatCache cache, ReminderScheduler reminders, RestTimers rests)
{
    /// <summary>
    /// Telegram said so in the chat's own order of updates: everything waiting goes. Their next message makes them
    /// active again.
    /// </summary>
    public Task<Deactivation> DeactivateAsync(long chatId, CancellationToken cancellationToken = default) =>
        DeactivateAsync(chatId, null, cancellationToken);

    /// <summary>
    /// A request sent at <paramref name="refusedSentAt"/> got a 403: everything waiting goes, unless they wrote to us
    /// after it went out (they came back in between): then only what was written before it, and they stay active.
    /// </summary>
    public async Task<Deactivation> DeactivateAsync(long chatId, DateTimeOffset? refusedSentAt, CancellationToken cancellationToken = default)
    {
        var result = await store.DeactivateAsync(chatId, refusedSentAt, cancellationToken).ConfigureAwait(false);
        if (result.Inactive)
        {
            cache.Forget(chatId);
            rests.Cancel(chatId);
            await reminders.StopAllForAsync(chatId, cancellationToken).ConfigureAwait(false);
        }

        return result;
    }
}
