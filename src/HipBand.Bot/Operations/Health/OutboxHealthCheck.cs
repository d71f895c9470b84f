using System.Globalization;
using HipBand.Coaching.Storage;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace HipBand.Bot.Operations.Health;

/// <summary>
/// The age of the oldest message waiting to be sent. Degraded at worst, never Unhealthy: one chat's 429 holds its rows,
/// and taking the instance out of rotation would not send them sooner.
/// </summary>
internal sealed class OutboxHealthCheck(OperationsStore store, IOptions<HealthOptions> options, TimeProvider clock) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        OutboxStanding standing;
        try
        {
            standing = await store.ReadOutboxAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            return HealthCheckResult.Degraded($"the outbox could not be read: {error.Message}");
        }

        if (standing.Oldest is not { } oldest)
        {
            return HealthCheckResult.Healthy("the outbox is empty", new Dictionary<string, object> { ["depth"] = 0 });
        }

        var age = clock.GetUtcNow() - oldest;
        var data = new Dictionary<string, object> { ["depth"] = standing.Depth, ["oldest_age_seconds"] = Math.Round(age.TotalSeconds, 1) };
        var text = string.Create(CultureInfo.InvariantCulture, $"{standing.Depth} message(s) waiting, the oldest for {age.TotalSeconds:0} s");
        return age > options.Value.OutboxAge ? HealthCheckResult.Degraded(text, data: data) : HealthCheckResult.Healthy(text, data);
    }
}
