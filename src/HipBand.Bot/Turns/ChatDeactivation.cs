using HipBand.Bot.Reminders;
using HipBand.Coaching.Storage;

namespace HipBand.Bot.Turns;

/// <summary>The person blocked the bot (a 403, or Telegram said so): inactive, nothing waiting, nothing scheduled.</summary>
internal sealed class ChatDeactivation(ChatStore store, ChatCache cache, ReminderScheduler reminders)
{
    /// <summary>Returns how many waiting messages were dropped. Their next message makes them active again.</summary>
    public async Task<int> DeactivateAsync(long chatId, CancellationToken cancellationToken = default)
    {
        var dropped = await store.DeactivateAsync(chatId, cancellationToken).ConfigureAwait(false);
        cache.Forget(chatId);
        await reminders.StopAllForAsync(chatId, cancellationToken).ConfigureAwait(false);
        return dropped;
    }
}
