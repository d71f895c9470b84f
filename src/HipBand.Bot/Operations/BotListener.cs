using HipBand.Bot.Operations.Health;
using HipBand.Bot.Telegram.Webhook;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using OpenTelemetry.Metrics;

namespace HipBand.Bot.Operations;

/// <summary>
/// The bot's one HTTP listener: the webhook (in webhook mode), <c>/health/live</c>, <c>/health/ready</c> and
/// <c>/metrics</c>. A small Kestrel server of its own inside the worker, serving the worker's singletons: the host stays
/// a plain worker, and nothing of ASP.NET Core is loaded when no listener is configured. It is registered after the
/// transport, so that on shutdown it stops taking requests before the chats stop.
/// </summary>
internal sealed partial class BotListener(
    IServiceProvider services, IOptions<ListenerOptions> options, IOptions<WebhookOptions> webhook, IOptions<MetricsOptions> metrics, ILoggerFactory loggers, ILogger<BotListener> logger)
    : IHostedService, IAsyncDisposable
{
    private WebApplication? app;

    /// <summary>Where it listens, with the ports bound (a test asks for port 0).</summary>
    public IReadOnlyList<Uri> Addresses { get; private set; } = [];

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.Services.AddSingleton(loggers);
        builder.Services.AddRoutingCore();
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            // The endpoint refuses a body over its limit with a 413; Kestrel's own limit stands above it, so that the
            // rest of a body a little too large is read and dropped, and the sender gets the 413 rather than a reset.
            kestrel.Limits.MaxRequestBodySize = 2 * WebhookEndpoint.MaxBodyBytes;
        });
        builder.WebHost.UseUrls(Urls(options.Value, webhook.Value));
        app = builder.Build();
        Map(app);
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        Addresses = [.. app.Urls.Select(u => new Uri(u))];
        var addresses = string.Join(", ", app.Urls);
        LogListening(logger, addresses);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (app is not null)
        {
            await app.StopAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (app is not null)
        {
            await app.DisposeAsync().ConfigureAwait(false);
        }
    }

    /// <summary>The configured addresses, or in webhook mode the default one.</summary>
    internal static string[] Urls(ListenerOptions listener, WebhookOptions webhook)
    {
        var listen = string.IsNullOrWhiteSpace(listener.Listen) && webhook.Enabled ? ListenerOptions.WebhookDefault : listener.Listen;
        return listen.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }

    private void Map(WebApplication web)
    {
        if (services.GetService<WebhookEndpoint>() is { } endpoint)
        {
            web.MapPost(new Uri(webhook.Value.Url).AbsolutePath, endpoint.HandleAsync);
        }

        var health = services.GetRequiredService<HealthCheckService>();
        web.MapGet("/health/live", HealthResponse.WriteLiveAsync);
        web.MapGet("/health/ready", async context => await HealthResponse.WriteAsync(context, await health.CheckHealthAsync(context.RequestAborted).ConfigureAwait(false)).ConfigureAwait(false));
        if (metrics.Value.Prometheus && services.GetService<MeterProvider>() is { } provider)
        {
            MapMetrics(web, provider);
        }
    }

    // Its own method, so that the exporter's assembly is loaded only when metrics are served.
    private static void MapMetrics(WebApplication web, MeterProvider provider) =>
        web.UseOpenTelemetryPrometheusScrapingEndpoint(provider, predicate: null, path: "/metrics", configureBranchedPipeline: null, optionsName: null);

    [LoggerMessage(Level = LogLevel.Information, Message = "Listening on {Addresses} (health at /health/live and /health/ready)")]
    private static partial void LogListening(ILogger logger, string addresses);
}
