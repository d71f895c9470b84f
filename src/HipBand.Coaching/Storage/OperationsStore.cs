using System.Data.Common;

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
        await CountAsync(connection, Probe, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>How many rows wait in the outbox, and since when the oldest.</summary>
    public async Task<OutboxStanding> ReadOutboxAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = Outbox;
        await using var row = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await row.ReadAsync(cancellationToken).ConfigureAwait(false);
        var depth = Convert.ToInt64(row.GetValue(0), System.Globalization.CultureInfo.InvariantCulture);
        return new OutboxStanding(depth, row.IsDBNull(1) ? null : DateTimeOffset.FromUnixTimeMilliseconds(Convert.ToInt64(row.GetValue(1), System.Globalization.CultureInfo.InvariantCulture)));
    }

    public async Task<long> CountActiveTraineesAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await CountAsync(connection, ActiveTrainees, cancellationToken).ConfigureAwait(false);
    }

    // Plain commands rather than Dapper's CommandDefinition, whose SQL its build-time generator cannot read: these
    // calls are cancelled by the health checks' timeouts.
    private static async Task<long> CountAsync(DbConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);
    }
}

/// <summary>The outbox at one moment: rows waiting, and when the oldest was written (null when empty).</summary>
public sealed record OutboxStanding(long Depth, DateTimeOffset? Oldest);
