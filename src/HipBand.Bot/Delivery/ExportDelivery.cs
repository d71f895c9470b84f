using HipBand.Bot.Delivery;
using System.Globalization;
using HipBand.Bot.Reminders;
using HipBand.Coaching.Chats;
using HipBand.Coaching.Dialog;
using HipBand.Coaching.Storage;

namespace HipBand.Bot.Delivery;

/// <summary>Answers /export: everything stored about the person, as a CSV file through their channel.</summary>
internal sealed partial class ExportDelivery(ChatStore store, IServiceProvider services, TimeProvider clock, ILogger<ExportDelivery> logger) : ITurnObserver
{
    public async Task CommittedAsync(long chatId, Outcome outcome, CancellationToken cancellationToken)
    {
        if (!outcome.Effects.OfType<ExportRequested>().Any())
        {
            return;
        }

        try
        {
            var csv = await store.ExportCsvAsync(chatId, cancellationToken).ConfigureAwait(false);
            var fileName = string.Create(CultureInfo.InvariantCulture, $"hipbandbot-{chatId}-{clock.GetUtcNow():yyyyMMdd-HHmmss}.csv");
            // Resolved here, not injected: the channel (sender or terminal) depends on ChatTurns, which holds this observer.
            var channel = services.GetRequiredService<IReplyChannel>();
            await channel.SendDocumentAsync(chatId, fileName, csv, "Your HipBandBot data.", cancellationToken).ConfigureAwait(false);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            LogExportFailed(logger, chatId, error);
        }
    }

    public Task DeactivatedAsync(long chatId, CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Error, Message = "The data export of chat {ChatId} failed")]
    private static partial void LogExportFailed(ILogger logger, long chatId, Exception error);
}
