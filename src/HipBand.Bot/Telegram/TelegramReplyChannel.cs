using HipBand.Bot.Delivery;
using HipBand.Bot.Reminders;
using HipBand.Coaching.Chats;
using HipBand.Coaching.Dialog;
using HipBand.Coaching.Storage;

namespace HipBand.Bot.Telegram;

/// <summary>Replies of clock-driven turns go out like any other: through the outbox and the sender.</summary>
internal sealed class TelegramReplyChannel(OutboxSender sender, ChatStore store) : IReplyChannel
{
    public IReadOnlyList<OutboxMessage> Render(long chatId, Outcome outcome) => ReplyRenderer.Render(chatId, outcome, pressed: null);

    public void Deliver(long chatId, TurnResult turn) => sender.Enqueue(turn.Queued);

    /// <summary>The document goes through the outbox like a message, so it survives a restart and keeps its place.</summary>
    public async Task SendDocumentAsync(long chatId, string fileName, string content, string caption, CancellationToken cancellationToken)
    {
        var row = ReplyRenderer.Document(chatId, fileName, content, caption);
        var report = await store.WriteAsync(new TurnWrite(chatId, null, null, [], [row]), cancellationToken).ConfigureAwait(false);
        sender.Enqueue(report.Queued);
    }
}
