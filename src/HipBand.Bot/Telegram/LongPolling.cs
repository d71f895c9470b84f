using HipBand.Bot.Delivery;
using HipBand.Bot.Inbox;
using HipBand.Bot.Telegram.Api;
using HipBand.Coaching.Storage;
using Microsoft.Extensions.Options;

namespace HipBand.Bot.Telegram;

/// <summary>
/// Long polling. Each batch goes through the one door (<see cref="UpdateDoor"/>): stored in the inbox with the offset
/// past it, and only then confirmed to Telegram by the next poll; the chats apply it from there, so a slow chat never
/// holds up the next poll. After a crash, what was stored is applied, and a batch that comes again changes nothing.
/// </summary>
internal sealed partial class LongPolling(
    TelegramApi api,
    UpdateDoor door,
    ChatQueues queues,
    TransportStore store,
    BotStartup startup,
    OutboxSender sender,
    ButtonPresses presses,
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
        await store.PruneAppliedAsync(AppliedRetention.Kept, stoppingToken).ConfigureAwait(false);
        var pruned = clock.GetUtcNow();

        // What an earlier run stored and did not apply goes first.
        await door.ResumeAsync(stoppingToken).ConfigureAwait(false);
        var offset = await store.ReadOffsetAsync(stoppingToken).ConfigureAwait(false);
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            IReadOnlyList<ReceivedUpdate> batch;
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

            if (batch.Count == 0)
            {
                continue;
            }

            presses.Answer(batch);
            var next = batch.Max(u => u.Id) + 1;
            try
            {
                // Stored before the next poll confirms it; a batch that cannot be stored is asked for again.
                await door.AcceptAsync(batch, next, CancellationToken.None).ConfigureAwait(false);
                offset = next;
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                LogNotStored(logger, batch.Count, error);
                try
                {
                    await Task.Delay(options.Value.PollRetryDelay, clock, stoppingToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    break;
                }
            }

            if (clock.GetUtcNow() - pruned > AppliedRetention.PruneEvery)
            {
                await store.PruneAppliedAsync(AppliedRetention.Kept, stoppingToken).ConfigureAwait(false);
                pruned = clock.GetUtcNow();
            }
        }

        // Updates in hand are finished; the rest waits in the inbox. Everything below the offset is stored.
        await queues.StopAsync(CancellationToken.None).ConfigureAwait(false);
        await ConfirmAsync(offset).ConfigureAwait(false);
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

    [LoggerMessage(Level = LogLevel.Error, Message = "A batch of {Count} update(s) could not be stored; asking Telegram for it again")]
    private static partial void LogNotStored(ILogger logger, int count, Exception error);

    [LoggerMessage(Level = LogLevel.Error, Message = "Telegram refused getUpdates with 409: another instance is polling with this token, or a webhook is set. Retrying.")]
    private static partial void LogConflict(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "getUpdates failed ({Description}), {Failures} time(s) in a row; retrying")]
    private static partial void LogPollFailed(ILogger logger, string description, int failures);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not confirm the last updates on shutdown ({Reason}); they will be recognised as applied next time")]
    private static partial void LogConfirmFailed(ILogger logger, string reason);
}
