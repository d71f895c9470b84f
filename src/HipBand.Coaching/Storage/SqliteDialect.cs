using Microsoft.Data.Sqlite;
using System.Data.Common;

namespace HipBand.Coaching.Storage;

/// <summary>SQLite: a file, WAL mode, immediate write transactions.</summary>
/// <param name="path">The database file.</param>
/// <param name="durability">
/// Full: every commit is on disk before it is acknowledged, power cuts included (one fsync per group commit).
/// Normal: commits survive a crash of the process, not of the machine; faster.
/// </param>
public sealed class SqliteDialect(string path, SqliteDurability durability = SqliteDurability.Full) : SqlDialect
{
    public string Path { get; } = System.IO.Path.GetFullPath(path);

    public override string ConnectionSetupSql => durability == SqliteDurability.Full ? "PRAGMA synchronous = FULL;" : "PRAGMA synchronous = NORMAL;";

    public override string MigrationsFolder => "Sqlite";

    public override void PrepareLocation() => Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);

    // WAL lets readers go on while one writer commits. BeginTransaction() in Microsoft.Data.Sqlite is IMMEDIATE,
    // which also serialises migrations.
    public override string PrepareSql => "PRAGMA journal_mode = WAL;";

    public override DbConnection CreateConnection()
    {
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = Path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            DefaultTimeout = 30,
            Pooling = true,
            ForeignKeys = true,
        };
        return new SqliteConnection(builder.ToString());
    }
}

/// <summary>How far a committed SQLite write is guaranteed to survive.</summary>
public enum SqliteDurability
{
    /// <summary>Survives a crash of the process and of the machine.</summary>
    Full,

    /// <summary>Survives a crash of the process; the last commits may be lost if the machine loses power.</summary>
    Normal,
}
