using HipBand.Coaching.Storage;

namespace HipBand.Bot.Storage;

/// <summary>Applies pending migrations before the bot handles anything.</summary>
internal sealed partial class DatabaseMigrator(Database database, TimeProvider clock, ILogger<DatabaseMigrator> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var applied = await database.MigrateAsync(clock, cancellationToken).ConfigureAwait(false);
        if (applied.Count > 0)
        {
            LogApplied(logger, applied.Count, applied[^1]);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Applied {Count} database migration(s); the schema is at version {Version}")]
    private static partial void LogApplied(ILogger logger, int count, int version);
}
