using System.Globalization;
using HipBand.Coaching.Storage;
using HipBand.Coaching.Text;

namespace HipBand.Bot.Delivery;

/// <summary>Answers /export once its turn is committed: everything stored about the person, as a CSV file through their channel.</summary>
internal sealed partial class ExportDelivery(ChatStore store, IReplyChannel channel, ITexts texts, TimeProvider clock, ILogger<ExportDelivery> logger)
{
    public async Task SendAsync(long chatId, CancellationToken cancellationToken)
    {
        try
        {
            var csv = await store.ExportCsvAsync(chatId, cancellationToken).ConfigureAwait(false);
            var fileName = string.Create(CultureInfo.InvariantCulture, $"hipbandbot-{chatId}-{clock.GetUtcNow():yyyyMMdd-HHmmss}.csv");
            await channel.SendDocumentAsync(chatId, fileName, csv, texts.ExportCaption, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            LogExportFailed(logger, chatId, error);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The data export of chat {ChatId} failed")]
    private static partial void LogExportFailed(ILogger logger, long chatId, Exception error);
}
