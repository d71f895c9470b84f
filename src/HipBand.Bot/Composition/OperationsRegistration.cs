using HipBand.Bot.Operations;
using HipBand.Bot.Operations.Health;
using HipBand.Bot.Telegram.Webhook;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace HipBand.Bot.Composition;

/// <summary>
/// Registers what an operator watches: the HTTP listener with the health endpoints (on in webhook mode, otherwise only
/// when <c>Http:Listen</c> is set) and the metrics exporters (Prometheus on the listener, OTLP when configured). Called
/// for Telegram only: the terminal chat never opens a listener. With none of it configured nothing is registered, so
/// neither ASP.NET Core nor OpenTelemetry is loaded.
/// </summary>
public static class OperationsRegistration
{
    public static IHostApplicationBuilder AddOperations(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<ListenerOptions>().Bind(builder.Configuration.GetSection(ListenerOptions.Section));
        builder.Services.AddOptions<HealthOptions>()
            .Bind(builder.Configuration.GetSection(HealthOptions.Section))
            .Validate(o => o.BotApiSilence > TimeSpan.Zero && o.OutboxAge > TimeSpan.Zero, "Health:BotApiSilence and Health:OutboxAge must be positive.")
            .ValidateOnStart();
        builder.Services.AddOptions<MetricsOptions>()
            .Bind(builder.Configuration.GetSection(MetricsOptions.Section))
            .Validate(o => !o.Otlp || Uri.TryCreate(o.OtlpEndpoint, UriKind.Absolute, out _), "Metrics:OtlpEndpoint must be an absolute URL.")
            .Validate(o => o.ExportInterval > TimeSpan.Zero, "Metrics:ExportInterval must be positive.")
            .ValidateOnStart();

        // Read now: what is registered depends on it.
        var listener = builder.Configuration.GetSection(ListenerOptions.Section).Get<ListenerOptions>() ?? new ListenerOptions();
        var webhook = builder.Configuration.GetSection(WebhookOptions.Section).Get<WebhookOptions>() ?? new WebhookOptions();
        var metrics = builder.Configuration.GetSection(MetricsOptions.Section).Get<MetricsOptions>() ?? new MetricsOptions();
        var listening = BotListener.Urls(listener, webhook).Length > 0;
        if (listening)
        {
            AddListener(builder);
        }

        var prometheus = listening && metrics.Prometheus;
        if (metrics.Otlp || prometheus)
        {
            builder.AddTelemetry(metrics, prometheus);
        }

        return builder;
    }

    // Its own method, so that the health-check assembly is not even loaded when there is no listener.
    private static void AddListener(IHostApplicationBuilder builder)
    {
        builder.Services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database")
            .AddCheck<QuartzHealthCheck>("quartz")
            .AddCheck<BotApiHealthCheck>("bot_api", failureStatus: HealthStatus.Degraded)
            .AddCheck<OutboxHealthCheck>("outbox", failureStatus: HealthStatus.Degraded);
        builder.Services.AddSingleton<BotListener>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<BotListener>());

        // ASP.NET Core's request logging prints paths, and a webhook path may hold the token: only its warnings.
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
    }
}
