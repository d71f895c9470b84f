using Dapper;

namespace HipBand.Coaching.Storage;

/// <summary>What an operator reads about the database: whether it answers, how the outbox stands, how many people train.</summary>
public sealed class OperationsStore(Database database)
{
    // A table every migrated database has: a new empty file in place of the real one fails too.
    private const string Probe = "SELECT COUNT(*) FROM schema_migrations";

    private const string Outbox = "SELECT COUNT(*) AS Depth, MIN(created_at) AS Oldest FROM outbox";

    // Set up, not blocked, not paused: the people reminders go to.
    private const string ActiveTrainees = "SELECT COUNT(*) FROM trainees WHERE active = 1 AND paused = 0 AND onboarded_at IS NOT NULL";

    /// <summary>Throws when the database cannot be opened and read.</summary>
    public async Task ProbeAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await connection.ExecuteScalarAsync<long>(new CommandDefinition(Probe, cancellationToken: cancellationToken)).ConfigureAwait(false);
    }

    /// <summary>How many rows wait in the outbox, and since when the oldest.</summary>
    public async Task<OutboxStanding> ReadOutboxAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var row = await connection.QuerySingleAsync<OutboxRow>(new CommandDefinition(Outbox, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return new OutboxStanding(row.Depth, row.Oldest is { } oldest ? DateTimeOffset.FromUnixTimeMilliseconds(oldest) : null);
    }

    public async Task<long> CountActiveTraineesAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition(ActiveTrainees, cancellationToken: cancellationToken)).ConfigureAwait(false);
    }

    private sealed class OutboxRow
    {
        public long Depth { get; init; }
        public long? Oldest { get; init; }
    }
}

/// <summary>The outbox at one moment: rows waiting, and when the oldest was written (null when empty).</summary>
public sealed record OutboxStanding(long Depth, DateTimeOffset? Oldest);
