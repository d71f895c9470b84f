using HipBand.Bot.Delivery;
using HipBand.Coaching.Chats;
using HipBand.Coaching.Dialog;
using HipBand.Coaching.Storage;

namespace HipBand.Bot.Delivery;

/// <summary>How replies of turns not started by a message reach the person, and files: Telegram's outbox, or the terminal.</summary>
public interface IReplyChannel
{
    /// <summary>The outbox rows to save with the turn (none for a channel that does not send later).</summary>
    IReadOnlyList<OutboxMessage> Render(long chatId, Outcome outcome);

    /// <summary>After the turn is committed.</summary>
    void Deliver(long chatId, TurnResult turn);

    /// <summary>Hands the person a file (their data export).</summary>
    Task SendDocumentAsync(long chatId, string fileName, string content, string caption, CancellationToken cancellationToken);
}
