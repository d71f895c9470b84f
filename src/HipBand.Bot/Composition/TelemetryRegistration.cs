using HipBand.Bot.Operations;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;

namespace HipBand.Bot.Composition;

/// <summary>OpenTelemetry listening to the bot's meter, exporting over OTLP and/or for a Prometheus scraper.</summary>
internal static class TelemetryRegistration
{
    public static IHostApplicationBuilder AddTelemetry(this IHostApplicationBuilder builder, MetricsOptions options, bool prometheus)
    {
        builder.Services.AddOpenTelemetry().ConfigureResource(resource => resource.AddService("hipband-bot")).WithMetrics(metrics =>
        {
            metrics.AddMeter(BotMetrics.MeterName);
            if (options.Otlp)
            {
                metrics.AddOtlpExporter((exporter, reader) =>
                {
                    exporter.Endpoint = new Uri(options.OtlpEndpoint);
                    exporter.Protocol = options.OtlpProtocol == OtlpProtocol.Grpc ? OtlpExportProtocol.Grpc : OtlpExportProtocol.HttpProtobuf;
                    reader.PeriodicExportingMetricReaderOptions.ExportIntervalMilliseconds = (int)options.ExportInterval.TotalMilliseconds;
                });
            }

            if (prometheus)
            {
                metrics.AddPrometheusExporter();
            }
        });
        return builder;
    }
}
