using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace HipBand.Coaching.Storage;

/// <summary>Everything that differs between database engines, in one place; the repositories' SQL is shared.</summary>
public abstract class SqlDialect
{
    /// <summary>Folder name of this engine's migrations under Storage/Migrations.</summary>
    public abstract string MigrationsFolder { get; }

    /// <summary>A new, closed connection.</summary>
    public abstract DbConnection CreateConnection();

    /// <summary>Run once before migrating (outside any transaction).</summary>
    public virtual string? PrepareSql => null;

    /// <summary>Run inside the migration transaction first, so that only one process migrates at a time.</summary>
    public virtual string? MigrationLockSql => null;
}

/// <summary>SQLite: a file, WAL mode, immediate write transactions.</summary>
public sealed class SqliteDialect(string path) : SqlDialect
{
    public string Path { get; } = System.IO.Path.GetFullPath(path);

    public override string MigrationsFolder => "Sqlite";

    // WAL lets readers go on while one writer commits; synchronous=NORMAL in WAL mode survives a process crash
    // (not a power cut) and keeps commits fast. BeginTransaction() in Microsoft.Data.Sqlite is IMMEDIATE, which
    // also serialises migrations.
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
