using HipBand.Bot.Reminders;
using HipBand.Coaching.Storage;
using Microsoft.Extensions.Options;

namespace HipBand.Bot.Cluster;

/// <summary>
/// Rest timers with processes sharing the database: instead of each keeping its own queue (which would nudge every
/// rest once per process, and lose a dead process's), each process polls for due deadlines and claims them, one
/// process per deadline; once the nudge is handled the deadline is cleared. A claim that is not cleared (its process
/// died mid-nudge) runs out and another process claims it; the nudge's claim in the turn makes it send once.
/// </summary>
internal sealed partial class SharedRestTimers(
    LeaseStore leases, RestTimers timers, ClockInputs inputs, IOptions<ClusterOptions> options, TimeProvider clock, ILogger<SharedRestTimers> logger)
    : BackgroundService
{
    private const int ClaimAtOnce = 256;

    private readonly ClusterOptions settings = options.Value;

    public override Task StartAsync(CancellationToken cancellationToken)
    {
        // Turns still tell the in-process timers; they are told the deadline is the database's.
        timers.LeaveToDatabase();
        return base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                IReadOnlyList<RestDeadline> due;
                do
                {
                    due = await leases.ClaimDueRestsAsync(settings.LeaseDuration, ClaimAtOnce, stoppingToken).ConfigureAwait(false);
                    foreach (var deadline in due)
                    {
                        await NudgeAsync(deadline, stoppingToken).ConfigureAwait(false);
                    }
                }
                while (due.Count == ClaimAtOnce);

                await Task.Delay(settings.PollInterval, clock, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception error)
            {
                LogPollFailed(logger, error);
                await Task.Delay(settings.PollInterval, clock, stoppingToken).ConfigureAwait(false);
            }
        }
    }

    private async Task NudgeAsync(RestDeadline deadline, CancellationToken cancellationToken)
    {
        try
        {
            // As in process: a rest long over (the bot was down) is past its set, and not nudged any more.
            if (clock.GetUtcNow() - deadline.DueAt <= RestTimers.Stale)
            {
                await inputs.RestOverAsync(deadline.ChatId, deadline.QuestionKey, cancellationToken).ConfigureAwait(false);
            }

            await leases.ClearRestAsync(deadline, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            // The claim runs out, and the deadline is claimed again.
            LogNudgeFailed(logger, deadline.ChatId, error);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Claiming due rest timers failed; trying again")]
    private static partial void LogPollFailed(ILogger logger, Exception error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The rest nudge of chat {ChatId} failed; it is tried again once its claim runs out")]
    private static partial void LogNudgeFailed(ILogger logger, long chatId, Exception error);
}
