using System.Data.Common;

namespace HipBand.Coaching.Storage;

/// <summary>Everything that differs between database engines, in one place; the repositories' SQL is shared.</summary>
public abstract class SqlDialect : IAsyncDisposable
{
    /// <summary>Folder name of this engine's migrations under Storage/Migrations.</summary>
    public abstract string MigrationsFolder { get; }

    /// <summary>A new, closed connection.</summary>
    public abstract DbConnection CreateConnection();

    /// <summary>
    /// Whether several bot processes may share the database: then chats, the outbox sender and rest timers are taken
    /// with leases in it. With one process (SQLite) none are needed, and none are taken.
    /// </summary>
    public virtual bool SharedByProcesses => false;

    /// <summary>Run once before migrating (outside any transaction).</summary>
    public virtual string? PrepareSql => null;

    /// <summary>Run inside the migration transaction first, so that only one process migrates at a time.</summary>
    public virtual string? MigrationLockSql => null;

    /// <summary>Run on every connection as it is opened.</summary>
    public virtual string? ConnectionSetupSql => null;

    /// <summary>
    /// The condition that a column equals any value of a list parameter, written after the column: Dapper expands a list
    /// into one parameter per value where the provider has no arrays (SQLite), and passes one array where it has.
    /// </summary>
    public virtual string EqualsAny(string parameter) => "IN " + parameter;

    /// <summary>Makes sure the database can be created where it is to be (a file's folder); nothing for a server.</summary>
    public virtual void PrepareLocation()
    {
    }

    /// <summary>Closes what the dialect holds open (a server's connection pool).</summary>
    public virtual ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        return ValueTask.CompletedTask;
    }
}
