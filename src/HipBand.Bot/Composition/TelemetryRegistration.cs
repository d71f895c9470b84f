using HipBand.Bot.Operations;
using System.Diagnostics.Metrics;
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
            // OpenTelemetry picks meters by name across the process; a host takes only those its own factory made, so two
            // hosts in one process (the tests, an embedding) never count each other's updates.
            ((IDeferredMeterProviderBuilder)metrics).Configure((services, own) =>
            {
                var factory = services.GetRequiredService<IMeterFactory>();
                own.AddView(instrument => ReferenceEquals(instrument.Meter.Scope, factory) ? null : MetricStreamConfiguration.Drop);
            });
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
