namespace HipBand.Bot.Operations;

/// <summary>Where metrics go. Section "Metrics".</summary>
public sealed class MetricsOptions
{
    public const string Section = "Metrics";

    /// <summary>An OTLP collector, e.g. <c>http://127.0.0.1:4317</c>; empty: no OTLP export.</summary>
    public string OtlpEndpoint { get; set; } = "";

    /// <summary><c>Grpc</c> (port 4317 by convention) or <c>HttpProtobuf</c> (4318, path /v1/metrics).</summary>
    public OtlpProtocol OtlpProtocol { get; set; } = OtlpProtocol.Grpc;

    /// <summary>How often metrics are pushed over OTLP.</summary>
    public TimeSpan ExportInterval { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Serve <c>/metrics</c> for a Prometheus scraper on the listener, when there is one.</summary>
    public bool Prometheus { get; set; } = true;

    public bool Otlp => !string.IsNullOrWhiteSpace(OtlpEndpoint);
}

/// <summary>The OTLP transports, named as OpenTelemetry names them.</summary>
public enum OtlpProtocol
{
    Grpc,
    HttpProtobuf,
}
