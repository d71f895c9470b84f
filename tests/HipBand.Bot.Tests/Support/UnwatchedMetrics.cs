using System.Diagnostics.Metrics;
using HipBand.Bot.Operations;
using HipBand.Coaching.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace HipBand.Bot.Tests.Support;

/// <summary>The bot's metrics for a test that composes the pipeline by hand: recorded, and read by nobody.</summary>
public static class UnwatchedMetrics
{
    private static readonly IMeterFactory Meters = new ServiceCollection().AddMetrics().BuildServiceProvider().GetRequiredService<IMeterFactory>();

    internal static BotMetrics For(string databasePath, TimeProvider clock) =>
        new(Meters, new OperationsStore(new Database(new SqliteDialect(databasePath))), clock, NullLogger<BotMetrics>.Instance);
}
