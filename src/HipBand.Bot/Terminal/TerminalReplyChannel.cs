using HipBand.Bot.Delivery;
using HipBand.Coaching.Dialog;
using HipBand.Coaching.Storage;
using HipBand.Coaching.Text;
using Telegram.Bot.Types;

namespace HipBand.Bot.Terminal;

/// <summary>The terminal's channel: replies print once their turn is committed, whatever produced them; nothing is queued.</summary>
internal sealed class TerminalReplyChannel(TerminalScreen screen, ITexts texts, IChartTexts words, TerminalChatOptions options) : IReplyChannel
{
    /// <summary>Exports land here, relative to the working directory.</summary>
    public const string ExportFolder = "exports";

    public IReadOnlyList<OutboxMessage> Render(long chatId, Outcome outcome, CallbackQuery? pressed) => [];

    public void Deliver(long chatId, Outcome outcome, WriteReport report) => screen.Show(chatId, outcome.Replies);

    /// <summary>In a terminal a document is a file; its path is printed.</summary>
    public async Task SendDocumentAsync(long chatId, string fileName, string content, string caption, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(ExportFolder);
        var path = Path.GetFullPath(Path.Combine(ExportFolder, fileName));
        await File.WriteAllTextAsync(path, content, cancellationToken).ConfigureAwait(false);
        screen.Show(chatId, [new Reply(texts.ExportWrittenTo(caption, path))]);
    }

    /// <summary>In a terminal a picture is a PNG file; its path is printed.</summary>
    public async Task SendPhotoAsync(long chatId, string fileName, byte[] png, string caption, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(options.PictureFolder);
        var path = Path.GetFullPath(Path.Combine(options.PictureFolder, fileName));
        await File.WriteAllBytesAsync(path, png, cancellationToken).ConfigureAwait(false);
        screen.Show(chatId, [new Reply(words.WrittenTo(caption, path))]);
    }
}
