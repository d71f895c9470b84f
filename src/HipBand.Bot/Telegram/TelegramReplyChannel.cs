using HipBand.Bot.Delivery;
using HipBand.Coaching.Dialog;
using HipBand.Coaching.Storage;
using HipBand.Coaching.Text;
using Microsoft.Extensions.Options;
using Telegram.Bot.Types;

namespace HipBand.Bot.Telegram;

/// <summary>Telegram's channel: replies become outbox rows, committed with the turn and then handed to the sender.</summary>
internal sealed partial class TelegramReplyChannel(
    OutboxSender sender, ChatStore store, ITexts texts, IOptions<DeliveryOptions> options, TimeProvider clock, ILogger<TelegramReplyChannel> logger) : IReplyChannel
{
    private readonly DeliveryOptions limits = options.Value;

    public IReadOnlyList<OutboxMessage> Render(long chatId, Outcome outcome, CallbackQuery? pressed) => ReplyRenderer.Render(chatId, outcome, pressed);

    /// <summary>The flood rules of the Delivery section; the line and the current question are rendered only if wanted.</summary>
    public OutboxAdmission Admission(long chatId, Outcome outcome) => new(
        limits.MaxPendingPerChat,
        limits.MaxOutboxPerChat,
        limits.InboundLimit,
        limits.InboundWindow,
        () => ReplyRenderer.Message(chatId, new Reply(texts.SendingTooFast)),
        () => chatId > 0 ? ReplyRenderer.Message(chatId, Coach.CurrentPrompt(outcome.State, clock.GetUtcNow(), texts)) : null);

    public void Deliver(long chatId, Outcome outcome, WriteReport report) => Handed(chatId, report);

    /// <summary>The document goes through the outbox like a message, so it survives a restart and keeps its place.</summary>
    public async Task SendDocumentAsync(long chatId, string fileName, string content, string caption, CancellationToken cancellationToken)
    {
        var row = ReplyRenderer.Document(chatId, fileName, content, caption);
        Handed(chatId, await store.WriteAsync(Later(chatId, row), cancellationToken).ConfigureAwait(false));
    }

    /// <summary>A photo too, behind whatever the chat was already sent.</summary>
    public async Task SendPhotoAsync(long chatId, string fileName, byte[] png, string caption, CancellationToken cancellationToken)
    {
        var row = ReplyRenderer.Photo(chatId, fileName, png, caption);
        Handed(chatId, await store.WriteAsync(Later(chatId, row), cancellationToken).ConfigureAwait(false));
    }

    /// <summary>A file written after its turn, kept within the chat's cap like any reply.</summary>
    private TurnWrite Later(long chatId, OutboxMessage row) =>
        new(chatId, null, null, [], [row]) { Admission = Admission(chatId, new Outcome(ChatState.Fresh)) with { CurrentPrompt = () => null } };

    private void Handed(long chatId, WriteReport report)
    {
        if (report.CapReached)
        {
            LogCapReached(logger, chatId, limits.MaxOutboxPerChat);
        }

        sender.Withdraw(chatId, report.Withdrawn);
        sender.Enqueue(report.Queued);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Chat {ChatId} has {Cap} messages waiting, the most it may; further replies other than safety advice are not queued until its backlog drains")]
    private static partial void LogCapReached(ILogger logger, long chatId, int cap);
}
