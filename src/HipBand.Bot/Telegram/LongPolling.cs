using HipBand.Bot.Delivery;
using HipBand.Bot.Telegram.Api;
using Telegram.Bot.Types;
using HipBand.Coaching.Storage;
using Microsoft.Extensions.Options;

namespace HipBand.Bot.Telegram;

/// <summary>
/// Long polling. The offset is stored and moved past a batch only once every update in it is committed;
/// after a crash the batch comes again and the updates already applied are recognised by their ids.
/// </summary>
internal sealed partial class LongPolling(
    TelegramApi api,
    ChatLanes lanes,
    ChatStore store,
    BotStartup startup,
    OutboxSender sender,
    CallbackAnswers answers,
    IOptions<TelegramOptions> options,
    TimeProvider clock,
    IHostApplicationLifetime lifetime,
    ILogger<LongPolling> logger) : BackgroundService
{
    private const int BatchLimit = 100;
    private static readonly TimeSpan MaxRetryDelay = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!await startup.RunAsync(stoppingToken).ConfigureAwait(false))
        {
            TokenRejection.Stop(logger, lifetime);
            return;
        }

        // What an earlier run left unsent goes out before anything new for the same chat.
        await sender.Ready.WaitAsync(stoppingToken).ConfigureAwait(false);

        // Telegram keeps an update at most 24 hours; ids far older than that can never come again.
        await store.PruneProcessedUpdatesAsync(TimeSpan.FromDays(7), stoppingToken).ConfigureAwait(false);
        var offset = await store.ReadOffsetAsync(stoppingToken).ConfigureAwait(false);
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            Update[] batch;
            try
            {
                batch = await api.GetUpdatesAsync(offset, options.Value.PollTimeout, BatchLimit, stoppingToken).ConfigureAwait(false);
                failures = 0;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (BotApiException error)
            {
                if (!await HandlePollFailureAsync(error, ++failures, stoppingToken).ConfigureAwait(false))
                {
                    return;
                }

                continue;
            }

            if (batch.Length == 0)
            {
                continue;
            }

            AnswerPresses(batch);

            // In-flight updates are finished even when shutdown begins, so that the offset can move past them.
            await lanes.ProcessAsync(batch, CancellationToken.None).ConfigureAwait(false);
            offset = batch.Max(u => (long)u.Id) + 1;

            // Not awaited: the next poll confirms the batch to Telegram whatever we store, and every update in it is
            // already committed with its id; the stored offset only spares a restart asking for what is gone.
            _ = store.WriteOffsetAsync(offset, CancellationToken.None).ContinueWith(
                failed => LogOffsetNotStored(logger, failed.Exception),
                CancellationToken.None,
                TaskContinuationOptions.OnlyOnFaulted,
                TaskScheduler.Default);
        }

        await ConfirmAsync(offset).ConfigureAwait(false);
    }

    /// <summary>Every button press in the batch is answered now, before any chat's turn: the spinner goes at once.</summary>
    private void AnswerPresses(Update[] batch)
    {
        var now = clock.GetUtcNow();
        foreach (var update in batch)
        {
            if (update.CallbackQuery is { } press)
            {
                var inGroup = press.Message is { Chat.Type: not global::Telegram.Bot.Types.Enums.ChatType.Private };
                answers.Answer(press.Id, inGroup ? UpdateProcessor.PrivateChatOnly : null, now);
            }
        }
    }

    private async Task<bool> HandlePollFailureAsync(BotApiException error, int failures, CancellationToken stoppingToken)
    {
        switch (error.Failure)
        {
            case BotApiFailure.Unauthorized:
                TokenRejection.Stop(logger, lifetime);
                return false;
            case BotApiFailure.Conflict:
                LogConflict(logger);
                break;
            default:
                LogPollFailed(logger, error.Description, failures);
                break;
        }

        var delay = error.RetryAfter ?? TimeSpan.FromTicks(Math.Min(
            MaxRetryDelay.Ticks,
            options.Value.PollRetryDelay.Ticks * (1L << Math.Min(failures - 1, 16))));
        try
        {
            await Task.Delay(delay, clock, stoppingToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            return false;
        }

        return true;
    }

    /// <summary>Tells Telegram that everything below the offset is done, so it is not delivered again.</summary>
    private async Task ConfirmAsync(long offset)
    {
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await api.GetUpdatesAsync(offset, TimeSpan.Zero, 1, timeout.Token).ConfigureAwait(false);
        }
        catch (Exception error) when (error is BotApiException or OperationCanceledException)
        {
            LogConfirmFailed(logger, error.Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The getUpdates offset could not be stored; a restart asks Telegram from the previous one")]
    private static partial void LogOffsetNotStored(ILogger logger, Exception? error);

    [LoggerMessage(Level = LogLevel.Error, Message = "Telegram refused getUpdates with 409: another instance is polling with this token, or a webhook is set. Retrying.")]
    private static partial void LogConflict(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "getUpdates failed ({Description}), {Failures} time(s) in a row; retrying")]
    private static partial void LogPollFailed(ILogger logger, string description, int failures);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not confirm the last updates on shutdown ({Reason}); they will be recognised as applied next time")]
    private static partial void LogConfirmFailed(ILogger logger, string reason);
}
