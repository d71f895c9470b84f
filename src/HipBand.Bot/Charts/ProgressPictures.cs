using System.Globalization;
using System.Threading.Channels;
using HipBand.Bot.Delivery;
using HipBand.Coaching.Dialog;
using HipBand.Coaching.Storage;
using HipBand.Coaching.Text;

namespace HipBand.Bot.Charts;

/// <summary>
/// Draws and sends progress pictures off the reply path: a committed turn only queues the wish, so its text reply
/// goes out first and the chat's next message never waits for a drawing. A picture that fails is logged (the chat
/// id, never a text) and dropped: the text has said it all already. At shutdown the queue is drawn to its end within
/// the host's shutdown time (the terminal chat's last /stats still gets its picture); what is left then is dropped.
/// </summary>
internal sealed partial class ProgressPictures(
    ChatStore store, IReplyChannel channel, ITexts texts, IChartTexts words, TimeProvider clock, ILogger<ProgressPictures> logger)
    : BackgroundService
{
    /// <summary>Beyond this many waiting, a new wish is dropped rather than let pictures pile up behind a slow drawing.</summary>
    private const int MostWaiting = 256;

    private readonly Channel<(long ChatId, ProgressPictureWanted Wish)> wishes =
        Channel.CreateBounded<(long, ProgressPictureWanted)>(new BoundedChannelOptions(MostWaiting) { SingleReader = true, FullMode = BoundedChannelFullMode.DropWrite });

    /// <summary>Queues a picture; returns at once.</summary>
    public Task WantAsync(long chatId, Effect effect, CancellationToken cancellationToken)
    {
        if (!wishes.Writer.TryWrite((chatId, (ProgressPictureWanted)effect)))
        {
            LogDropped(logger, chatId);
        }

        return Task.CompletedTask;
    }

    /// <summary>Draws and sends one picture now (the background loop's step, and what tests call).</summary>
    public async Task SendAsync(long chatId, ProgressPictureWanted wish, CancellationToken cancellationToken)
    {
        try
        {
            var png = await RenderAsync(chatId, wish.At, cancellationToken).ConfigureAwait(false);
            var fileName = string.Create(CultureInfo.InvariantCulture, $"hipbandbot-progress-{chatId}-{clock.GetUtcNow():yyyyMMdd-HHmmss}.png");
            await channel.SendPhotoAsync(chatId, fileName, png, words.Caption(wish.Occasion), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            LogFailed(logger, chatId, error.GetType().Name);
        }
    }

    /// <summary>The picture of a chat as stored now, drawn as of <paramref name="at"/>.</summary>
    public async Task<byte[]> RenderAsync(long chatId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var chat = await store.LoadAsync(chatId, cancellationToken).ConfigureAwait(false);
        var sets = await store.SetLogsAsync(chatId, cancellationToken).ConfigureAwait(false);
        return ProgressChart.Render(ProgressChartData.From(chat.State, sets, at, texts), words);
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        wishes.Writer.TryComplete();
        if (ExecuteTask is { } running)
        {
            try
            {
                await running.WaitAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // Out of shutdown time: the rest is dropped.
            }
        }

        await base.StopAsync(cancellationToken).ConfigureAwait(false);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var (chatId, wish) in wishes.Reader.ReadAllAsync(stoppingToken).ConfigureAwait(false))
            {
                // Drawing is CPU work: off the thread pool's async continuations of the turns.
                await Task.Run(() => SendAsync(chatId, wish, stoppingToken), stoppingToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: what is still queued is dropped.
        }
    }

    // The exception's type only: a message of a failed send could carry a request URL, and with it the token.
    [LoggerMessage(Level = LogLevel.Error, Message = "The progress picture of chat {ChatId} failed ({Error})")]
    private static partial void LogFailed(ILogger logger, long chatId, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The progress picture of chat {ChatId} was dropped: too many waiting")]
    private static partial void LogDropped(ILogger logger, long chatId);
}
