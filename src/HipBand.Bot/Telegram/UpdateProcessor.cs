using HipBand.Bot.Delivery;
using HipBand.Coaching.Chats;
using HipBand.Coaching.Storage;

namespace HipBand.Bot.Telegram;

/// <summary>Applies one update: the dialog step, its replies into the outbox and its id, in one transaction.</summary>
internal sealed partial class UpdateProcessor(ChatTurns turns, ChatStore store, OutboxSender sender, ILogger<UpdateProcessor> logger)
{
    public const string PrivateChatOnly = "I coach one person at a time: talk to me in a private chat.";
    public const string SomethingWentWrong = "Sorry, something went wrong on my side with that message. What you logged before is safe; please send it again.";

    public async Task ProcessAsync(InboundUpdate inbound, CancellationToken cancellationToken)
    {
        IReadOnlyList<PendingMessage> queued;
        try
        {
            queued = await ApplyAsync(inbound, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception error) when (error is not OperationCanceledException && inbound is DialogUpdate)
        {
            // A bug in handling one message must not block the chat forever: apologise, and move on from it.
            LogUpdateFailed(logger, inbound.UpdateId, inbound.ChatId, error);
            var sorry = ReplyRenderer.PlainMessage(inbound.ChatId, SomethingWentWrong);
            queued = await turns.SkipAsync(inbound.ChatId, inbound.UpdateId, [sorry], cancellationToken).ConfigureAwait(false);
        }

        sender.Enqueue(queued);
    }

    private async Task<IReadOnlyList<PendingMessage>> ApplyAsync(InboundUpdate inbound, CancellationToken cancellationToken)
    {
        switch (inbound)
        {
            case DialogUpdate dialog:
                // Replies are handed to the sender as soon as they are committed, ahead of anything an effect sends.
                var context = new TurnContext(
                    dialog.UpdateId,
                    Render: outcome => ReplyRenderer.Render(dialog.ChatId, outcome, dialog.Callback),
                    Deliver: turn => sender.Enqueue(turn.Queued));
                await turns.HandleAsync(dialog.ChatId, dialog.Input, context, cancellationToken).ConfigureAwait(false);
                return [];

            case GroupUpdate group:
                // A press in a group was answered with the same words as it arrived.
                IReadOnlyList<OutboxMessage> replies = group.CallbackQueryId is null ? [ReplyRenderer.PlainMessage(group.ChatId, PrivateChatOnly)] : [];
                return (await store.WriteAsync(new TurnWrite(group.ChatId, null, null, [], replies, group.UpdateId), cancellationToken).ConfigureAwait(false)).Queued;

            case BlockedUpdate blocked:
                var dropped = await turns.DeactivateAsync(blocked.ChatId, cancellationToken).ConfigureAwait(false);
                LogBlocked(logger, blocked.ChatId, dropped);
                return [];

            default:
                return [];
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Update {UpdateId} of chat {ChatId} could not be handled; the person was asked to send it again")]
    private static partial void LogUpdateFailed(ILogger logger, long updateId, long chatId, Exception error);

    [LoggerMessage(Level = LogLevel.Information, Message = "Chat {ChatId} blocked the bot; marked inactive, {Dropped} waiting message(s) dropped")]
    private static partial void LogBlocked(ILogger logger, long chatId, int dropped);
}
