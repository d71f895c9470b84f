using System.Data.Common;
using Npgsql;

namespace HipBand.Coaching.Storage;

/// <summary>
/// PostgreSQL: a server several bot processes may share. Migrations run under a transaction-scoped advisory lock, so
/// that instances starting together migrate one after the other; the later ones find nothing left to do.
/// </summary>
/// <remarks>
/// What the SQLite side gets from <c>Prepared</c> (a statement parsed once per connection), Npgsql does on the server:
/// with automatic preparation a statement run twice on a connection is prepared there and reused by its text. Several
/// processes share it: chats, the outbox sender and rest timers are leased through its tables (see LeaseStore).
/// </remarks>
public sealed class PostgresDialect : SqlDialect
{
    /// <summary>The advisory lock migrations take: any fixed number, the same in every release ("HipBand" in ASCII).</summary>
    public const long MigrationLockKey = 0x48_69_70_42_61_6E_64;

    private readonly NpgsqlDataSource dataSource;
    private int disposed;

    /// <param name="connectionString">An Npgsql connection string, for example <c>Host=db;Database=hipband;Username=bot;Password=...</c>.</param>
    public PostgresDialect(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (builder.MaxAutoPrepare == 0)
        {
            builder.MaxAutoPrepare = 64;
            builder.AutoPrepareMinUsages = 2;
        }

        builder.ApplicationName ??= "HipBandBot";
        ConnectionString = builder.ConnectionString;
        dataSource = NpgsqlDataSource.Create(builder);
    }

    /// <summary>The connection string as used, with the dialect's defaults filled in.</summary>
    public string ConnectionString { get; }

    public override string MigrationsFolder => "Postgres";

    public override bool SharedByProcesses => true;

    public override string MigrationLockSql => $"SELECT pg_advisory_xact_lock({MigrationLockKey})";

    public override string EqualsAny(string parameter) => $"= ANY({parameter})";

    public override DbConnection CreateConnection() => dataSource.CreateConnection();

    public override async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref disposed, 1) == 0)
        {
            await dataSource.DisposeAsync().ConfigureAwait(false);
        }

        await base.DisposeAsync().ConfigureAwait(false);
    }
}
