using Quartz;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace HipBand.Bot.Operations.Health;

/// <summary>Ready needs Quartz running and its store answering: reminders are scheduled there.</summary>
internal sealed class QuartzHealthCheck(ISchedulerFactory schedulers) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var scheduler = await schedulers.GetScheduler(cancellationToken).ConfigureAwait(false);
            var status = await scheduler.GetStatus(cancellationToken).ConfigureAwait(false);
            if (status != SchedulerStatus.Running)
            {
                return HealthCheckResult.Unhealthy($"Quartz is not running ({status})");
            }

            // Reads the job store, so that a store Quartz cannot reach shows here.
            await scheduler.Exists(new JobKey("health-probe"), cancellationToken).ConfigureAwait(false);
            return HealthCheckResult.Healthy("Quartz runs and its store answers");
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy($"Quartz's store does not answer: {error.Message}");
        }
    }
}
