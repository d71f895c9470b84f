using System.Globalization;
using HipBand.Bot.Telegram.Api;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace HipBand.Bot.Operations.Health;

/// <summary>
/// How long since the Bot API last answered with success. Degraded at worst, never Unhealthy: a quiet hour (a webhook
/// makes no calls while nobody writes) or Telegram's own trouble must not take every instance out of rotation.
/// </summary>
internal sealed class BotApiHealthCheck(BotApiActivity activity, IOptions<HealthOptions> options, TimeProvider clock) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (activity.LastSuccess is not { } last)
        {
            return Task.FromResult(HealthCheckResult.Degraded("no successful Bot API call yet"));
        }

        var age = clock.GetUtcNow() - last;
        var data = new Dictionary<string, object> { ["age_seconds"] = Math.Round(age.TotalSeconds, 1) };
        var text = string.Create(CultureInfo.InvariantCulture, $"last successful Bot API call {age.TotalSeconds:0} s ago");
        return Task.FromResult(age > options.Value.BotApiSilence ? HealthCheckResult.Degraded(text, data: data) : HealthCheckResult.Healthy(text, data));
    }
}
