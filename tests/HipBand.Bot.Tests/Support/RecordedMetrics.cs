using System.Diagnostics.Metrics;
using HipBand.Bot.Operations;
using HipBand.Coaching.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace HipBand.Bot.Tests.Support;

/// <summary>The bot's metrics with a listener of its own: the sums of what each counter of this instance recorded.</summary>
public sealed class RecordedMetrics : IDisposable
{
    private readonly ServiceProvider services = new ServiceCollection().AddMetrics().BuildServiceProvider();
    private readonly MeterListener listener = new();
    private readonly Dictionary<string, double> sums = [];

    public RecordedMetrics(string databasePath, TimeProvider clock)
    {
        var meters = services.GetRequiredService<IMeterFactory>();
        Metrics = new BotMetrics(meters, new OperationsStore(new Database(new SqliteDialect(databasePath))), clock, NullLogger<BotMetrics>.Instance);

        // Only this instance's meter: other tests' bots run in the same process.
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Scope == meters)
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, _, _) => Add(instrument.Name, value));
        listener.SetMeasurementEventCallback<double>((instrument, value, _, _) => Add(instrument.Name, value));
        listener.Start();
    }

    internal BotMetrics Metrics { get; }

    public double Sum(string instrument)
    {
        lock (sums)
        {
            return sums.GetValueOrDefault(instrument);
        }
    }

    public void Dispose()
    {
        listener.Dispose();
        services.Dispose();
    }

    private void Add(string name, double value)
    {
        lock (sums)
        {
            sums[name] = sums.GetValueOrDefault(name) + value;
        }
    }
}
