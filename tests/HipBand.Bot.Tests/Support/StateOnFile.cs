using HipBand.Coaching.Storage;

namespace HipBand.Bot.Tests.Support;

/// <summary>The state database on a real SQLite file, migrated, as the host opens it.</summary>
public static class StateOnFile
{
    public static async Task<ChatStore> OpenAsync(string path, TimeProvider clock)
    {
        var database = new Database(new SqliteDialect(path));
        await database.MigrateAsync(clock);
        return new ChatStore(database, clock);
    }
}
