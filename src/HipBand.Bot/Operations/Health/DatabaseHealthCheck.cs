using HipBand.Coaching.Storage;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace HipBand.Bot.Operations.Health;

/// <summary>Ready needs the state database: every update is stored there before anything else happens.</summary>
internal sealed class DatabaseHealthCheck(OperationsStore store) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await store.ProbeAsync(cancellationToken).ConfigureAwait(false);
            return HealthCheckResult.Healthy("the state database answers");
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy($"the state database does not answer: {error.Message}");
        }
    }
}
