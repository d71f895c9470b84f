using HipBand.Coaching.Dialog;
using HipBand.Coaching.Storage;
using Telegram.Bot.Types;

namespace HipBand.Bot.Delivery;

/// <summary>How a turn's replies reach the person, and files: Telegram's outbox, or the terminal.</summary>
public interface IReplyChannel
{
    /// <summary>The outbox rows to commit with the turn (none for a channel that does not send later).</summary>
    IReadOnlyList<OutboxMessage> Render(long chatId, Outcome outcome, CallbackQuery? pressed);

    /// <summary>How the rows are admitted to the outbox under a flood; null for a channel that does not send later.</summary>
    OutboxAdmission? Admission(long chatId, Outcome outcome) => null;

    /// <summary>After the turn is committed, with the rows it queued and those it took out.</summary>
    void Deliver(long chatId, Outcome outcome, WriteReport report);

    /// <summary>Hands the person a file (their data export).</summary>
    Task SendDocumentAsync(long chatId, string fileName, string content, string caption, CancellationToken cancellationToken);

    /// <summary>Shows the person a picture (their progress), a PNG.</summary>
    Task SendPhotoAsync(long chatId, string fileName, byte[] png, string caption, CancellationToken cancellationToken);
}
