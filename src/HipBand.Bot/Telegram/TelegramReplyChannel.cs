using HipBand.Bot.Delivery;
using HipBand.Bot.Reminders;
using HipBand.Coaching.Chats;
using HipBand.Coaching.Dialog;
using HipBand.Coaching.Storage;

namespace HipBand.Bot.Telegram;

/// <summary>Replies of clock-driven turns go out like any other: through the outbox and the sender.</summary>
internal sealed class TelegramReplyChannel(OutboxSender sender) : IReplyChannel
{
    public IReadOnlyList<OutboxMessage> Render(long chatId, Outcome outcome) => ReplyRenderer.Render(chatId, outcome, pressed: null);

    public void Deliver(long chatId, TurnResult turn) => sender.Enqueue(turn.Queued);
}
