namespace HipBand.Bot.Composition;

/// <summary>Which database engine keeps the bot's state (and, on PostgreSQL, Quartz's too).</summary>
public enum StorageProvider
{
    /// <summary>A local file: one bot process, nothing to install.</summary>
    Sqlite,

    /// <summary>A PostgreSQL server, named by <c>Storage:ConnectionString</c>; several processes may share it.</summary>
    Postgres,
}
