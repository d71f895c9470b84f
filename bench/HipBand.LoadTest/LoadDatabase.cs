using Npgsql;

namespace HipBand.LoadTest;

/// <summary>
/// Where the bots under load keep their state: a SQLite file in the run's folder, or a database of the run's own on
/// a PostgreSQL server, created empty (the bots migrate it) and dropped afterwards.
/// </summary>
internal sealed class LoadDatabase : IAsyncDisposable
{
    private readonly string? server;
    private readonly string? name;

    private LoadDatabase(IReadOnlyDictionary<string, string> environment, string? server, string? name)
    {
        Environment = environment;
        this.server = server;
        this.name = name;
    }

    /// <summary>The bots' settings for it, as environment variables.</summary>
    public IReadOnlyDictionary<string, string> Environment { get; }

    public static async Task<LoadDatabase> CreateAsync(string folder, string? postgresServer)
    {
        var sqlite = Path.Combine(folder, "load.db");
        if (postgresServer is null)
        {
            return new LoadDatabase(
                new Dictionary<string, string>
                {
                    ["Storage__SqlitePath"] = sqlite,
                    ["Reminders__SqlitePath"] = Path.ChangeExtension(sqlite, ".quartz.db"),
                },
                null,
                null);
        }

        var name = "hipband_load_" + Guid.NewGuid().ToString("N");
        await ExecuteAsync(postgresServer, $"CREATE DATABASE {name}");
        return new LoadDatabase(
            new Dictionary<string, string>
            {
                ["Storage__Provider"] = "Postgres",
                ["Storage__ConnectionString"] = new NpgsqlConnectionStringBuilder(postgresServer) { Database = name }.ConnectionString,
                // The log and the pictures stay in files beside where SQLite would be.
                ["Storage__SqlitePath"] = sqlite,
            },
            postgresServer,
            name);
    }

    public async ValueTask DisposeAsync()
    {
        if (server is not null)
        {
            await ExecuteAsync(server, $"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
        }
    }

    private static async Task ExecuteAsync(string server, string sql)
    {
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
