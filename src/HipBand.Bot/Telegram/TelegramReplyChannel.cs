using HipBand.Bot.Delivery;
using HipBand.Coaching.Dialog;
using HipBand.Coaching.Storage;
using Telegram.Bot.Types;

namespace HipBand.Bot.Telegram;

/// <summary>Telegram's channel: replies become outbox rows, committed with the turn and then handed to the sender.</summary>
internal sealed class TelegramReplyChannel(OutboxSender sender, ChatStore store) : IReplyChannel
{
    public IReadOnlyList<OutboxMessage> Render(long chatId, Outcome outcome, CallbackQuery? pressed) => ReplyRenderer.Render(chatId, outcome, pressed);

    public void Deliver(long chatId, Outcome outcome, IReadOnlyList<PendingMessage> queued) => sender.Enqueue(queued);

    /// <summary>The document goes through the outbox like a message, so it survives a restart and keeps its place.</summary>
    public async Task SendDocumentAsync(long chatId, string fileName, string content, string caption, CancellationToken cancellationToken)
    {
        var row = ReplyRenderer.Document(chatId, fileName, content, caption);
        var report = await store.WriteAsync(new TurnWrite(chatId, null, null, [], [row]), cancellationToken).ConfigureAwait(false);
        sender.Enqueue(report.Queued);
    }

    /// <summary>A photo too, behind whatever the chat was already sent.</summary>
    public async Task SendPhotoAsync(long chatId, string fileName, byte[] png, string caption, CancellationToken cancellationToken)
    {
        var row = ReplyRenderer.Photo(chatId, fileName, png, caption);
        var report = await store.WriteAsync(new TurnWrite(chatId, null, null, [], [row]), cancellationToken).ConfigureAwait(false);
        sender.Enqueue(report.Queued);
    }
}
