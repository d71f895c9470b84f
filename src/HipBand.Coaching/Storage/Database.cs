using System.Data.Common;
using Dapper;

namespace HipBand.Coaching.Storage;

/// <summary>The state database: opens connections, applies numbered migrations once at start-up, and has the one writer.</summary>
public sealed class Database(SqlDialect dialect) : IAsyncDisposable
{
    private readonly Lock gate = new();
    private TurnWriter? writer;

    private const string CreateMigrationsTable = """
        CREATE TABLE IF NOT EXISTS schema_migrations (
            version     INTEGER PRIMARY KEY,
            name        TEXT    NOT NULL,
            applied_at  TEXT    NOT NULL
        )
        """;

    private const string SelectApplied = "SELECT version FROM schema_migrations";
    private const string InsertApplied = "INSERT INTO schema_migrations (version, name, applied_at) VALUES (@Version, @Name, @AppliedAt)";

    public SqlDialect Dialect { get; } = dialect;

    /// <summary>The group-commit writer every store of this database writes through; made on first use.</summary>
    internal TurnWriter Writer(TimeProvider clock)
    {
        lock (gate)
        {
            return writer ??= new TurnWriter(this, clock);
        }
    }

    /// <summary>Commits what the writer holds, then stops it and closes the dialect's pool.</summary>
    public async ValueTask DisposeAsync()
    {
        TurnWriter? running;
        lock (gate)
        {
            running = writer;
            writer = null;
        }

        if (running is not null)
        {
            await running.DisposeAsync().ConfigureAwait(false);
        }

        await Dialect.DisposeAsync().ConfigureAwait(false);
    }

    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken = default)
    {
        var connection = Dialect.CreateConnection();
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        if (Dialect.ConnectionSetupSql is { } setup)
        {
            await connection.ExecuteAsync(setup).ConfigureAwait(false);
        }

        return connection;
    }

    /// <summary>Applies every migration not applied yet, in order, in one transaction under the dialect's lock.</summary>
    /// <returns>The versions applied by this call.</returns>
    public async Task<IReadOnlyList<int>> MigrateAsync(TimeProvider clock, CancellationToken cancellationToken = default)
    {
        Dialect.PrepareLocation();
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        if (Dialect.PrepareSql is { } prepare)
        {
            await connection.ExecuteAsync(prepare).ConfigureAwait(false);
        }

        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        if (Dialect.MigrationLockSql is { } lockSql)
        {
            await connection.ExecuteAsync(lockSql, transaction: transaction).ConfigureAwait(false);
        }

        await connection.ExecuteAsync(CreateMigrationsTable, transaction: transaction).ConfigureAwait(false);
        var applied = (await connection.QueryAsync<long>(SelectApplied, transaction: transaction).ConfigureAwait(false)).ToHashSet();
        var done = new List<int>();
        foreach (var migration in Migration.All(Dialect.MigrationsFolder).Where(m => !applied.Contains(m.Version)))
        {
            await connection.ExecuteAsync(migration.Sql, transaction: transaction).ConfigureAwait(false);
            await connection.ExecuteAsync(
                InsertApplied,
                new { migration.Version, migration.Name, AppliedAt = clock.GetUtcNow().ToString("O") },
                transaction).ConfigureAwait(false);
            done.Add(migration.Version);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return done;
    }
}
