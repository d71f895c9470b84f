using System.Data.Common;
using System.Globalization;
using HipBand.Coaching.Storage;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace HipBand.Testing.Engines;

/// <summary>
/// A fresh, empty state database for one test on the engine it runs on: a SQLite file in the test's folder, or a
/// database of its own on the test PostgreSQL server (created here, dropped on disposal), so that tests stay
/// independent and may run in parallel.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private TestDatabase(TestEngine engine, string sqlitePath, string? connectionString, string? name)
    {
        Engine = engine;
        SqlitePath = sqlitePath;
        ConnectionString = connectionString;
        Name = name;
    }

    public TestEngine Engine { get; }

    /// <summary>The SQLite file (on PostgreSQL still set: the host keeps its log and pictures beside it).</summary>
    public string SqlitePath { get; }

    /// <summary>On PostgreSQL: the connection string of this test's database.</summary>
    public string? ConnectionString { get; }

    private string? Name { get; }

    /// <summary>Quartz's SQLite file, beside the state file.</summary>
    public string QuartzPath => Path.ChangeExtension(SqlitePath, ".quartz.db");

    /// <summary>Creates the database on <paramref name="engine"/>, the running test's engine unless given.</summary>
    public static async Task<TestDatabase> CreateAsync(string folder, string fileName = "state.db", TestEngine? engine = null)
    {
        var on = engine ?? TestEngines.Current;
        var path = Path.Combine(folder, fileName);
        if (on == TestEngine.Sqlite)
        {
            return new TestDatabase(on, path, null, null);
        }

        var server = TestEngines.PostgresServer
            ?? throw new InvalidOperationException($"A PostgreSQL test needs {TestEngines.PostgresVariable}.");
        var name = "hipband_test_" + Guid.NewGuid().ToString("N");
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await create.ExecuteNonQueryAsync();
        }

        var builder = new NpgsqlConnectionStringBuilder(server) { Database = name };
        return new TestDatabase(on, path, builder.ConnectionString, name);
    }

    /// <summary>A new dialect on the database, as the host would make it.</summary>
    public SqlDialect CreateDialect() => Engine == TestEngine.Sqlite ? new SqliteDialect(SqlitePath) : new PostgresDialect(ConnectionString!);

    /// <summary>A new database object on it, migrated.</summary>
    public async Task<Database> OpenMigratedAsync(TimeProvider clock)
    {
        var database = new Database(CreateDialect());
        await database.MigrateAsync(clock);
        return database;
    }

    /// <summary>An open connection of its own (no pool of the bot's), for a test to look at the tables.</summary>
    public async Task<DbConnection> ConnectAsync()
    {
        DbConnection connection = Engine == TestEngine.Sqlite
            ? new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = SqlitePath, Pooling = false }.ToString())
            : new NpgsqlConnection(new NpgsqlConnectionStringBuilder(ConnectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        return connection;
    }

    /// <summary>The host's settings that point it at this database (and, on SQLite, at a Quartz file beside it).</summary>
    public IReadOnlyDictionary<string, string?> Settings => Engine == TestEngine.Sqlite
        ? new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Sqlite",
            ["Storage:SqlitePath"] = SqlitePath,
            ["Reminders:SqlitePath"] = QuartzPath,
        }
        : new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Postgres",
            ["Storage:ConnectionString"] = ConnectionString,
            ["Storage:SqlitePath"] = SqlitePath,
            ["Reminders:SqlitePath"] = QuartzPath,
            // Short check-ins, so that a test's scheduler is seen alive (and a stopped one dead) quickly.
            ["Reminders:ClusterCheckinInterval"] = "00:00:01",
        };

    /// <summary>The same settings as environment variables, for a bot started as a process.</summary>
    public IReadOnlyDictionary<string, string> Environment =>
        Settings.Where(s => s.Value is not null).ToDictionary(s => s.Key.Replace(":", "__", StringComparison.Ordinal), s => s.Value!, StringComparer.Ordinal);

    public async ValueTask DisposeAsync()
    {
        if (Engine == TestEngine.Sqlite)
        {
            SqliteConnection.ClearAllPools();
            return;
        }

        await using var connection = new NpgsqlConnection(TestEngines.PostgresServer);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand(string.Create(CultureInfo.InvariantCulture, $"DROP DATABASE IF EXISTS {Name} WITH (FORCE)"), connection);
        await drop.ExecuteNonQueryAsync();
    }
}
