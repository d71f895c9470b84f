using HipBand.Coaching.Storage;

namespace HipBand.Bot.Composition;

/// <summary>Where state is kept. Section "Storage".</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary>Sqlite (default) or Postgres.</summary>
    public StorageProvider Provider { get; set; } = StorageProvider.Sqlite;

    /// <summary>The SQLite file; relative paths are relative to the working directory. Created on first run.</summary>
    public string SqlitePath { get; set; } = "data/hipband.db";

    /// <summary>Full (default): a commit survives a power cut. Normal: it survives a crash of the bot, and commits are cheaper.</summary>
    public SqliteDurability Durability { get; set; } = SqliteDurability.Full;

    /// <summary>With Postgres: the Npgsql connection string of the database (created empty by the operator).</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Whether the settings name a database for the chosen provider.</summary>
    public bool IsComplete => Provider switch
    {
        StorageProvider.Sqlite => !string.IsNullOrWhiteSpace(SqlitePath),
        StorageProvider.Postgres => !string.IsNullOrWhiteSpace(ConnectionString),
        _ => false,
    };

    /// <summary>The dialect of the chosen provider, on the configured database.</summary>
    public SqlDialect CreateDialect() => Provider switch
    {
        StorageProvider.Postgres => new PostgresDialect(ConnectionString!),
        _ => new SqliteDialect(SqlitePath, Durability),
    };
}
