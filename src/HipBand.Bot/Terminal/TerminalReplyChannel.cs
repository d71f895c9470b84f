using HipBand.Bot.Delivery;
using HipBand.Bot.Reminders;
using HipBand.Coaching.Chats;
using HipBand.Coaching.Dialog;
using HipBand.Coaching.Storage;

namespace HipBand.Bot.Terminal;

/// <summary>Reminders and rest nudges print in the terminal while it runs (its own chat only).</summary>
internal sealed class TerminalReplyChannel(TerminalChat chat) : IReplyChannel
{
    /// <summary>Exports land here, relative to the working directory.</summary>
    public const string ExportFolder = "exports";

    public IReadOnlyList<OutboxMessage> Render(long chatId, Outcome outcome) => [];

    public void Deliver(long chatId, TurnResult turn) => chat.Show(chatId, turn.Outcome.Replies);

    /// <summary>In a terminal a document is a file; its path is printed.</summary>
    public async Task SendDocumentAsync(long chatId, string fileName, string content, string caption, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(ExportFolder);
        var path = Path.GetFullPath(Path.Combine(ExportFolder, fileName));
        await File.WriteAllTextAsync(path, content, cancellationToken).ConfigureAwait(false);
        chat.Show(chatId, [new Reply($"{caption} Written to {path}")]);
    }
}
