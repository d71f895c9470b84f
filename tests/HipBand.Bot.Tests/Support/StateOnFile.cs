using HipBand.Coaching.Storage;
using HipBand.Testing.Engines;

namespace HipBand.Bot.Tests.Support;

/// <summary>The state database a test path stands for (the file, or its PostgreSQL database), migrated, as the host opens it.</summary>
public static class StateOnFile
{
    public static async Task<ChatStore> OpenAsync(string path, TimeProvider clock)
    {
        var database = await (await TestDatabases.ForFileAsync(path)).OpenMigratedAsync(clock);
        return new ChatStore(database, clock);
    }

    /// <summary>An open connection to it, for a test to look at the tables.</summary>
    public static async Task<System.Data.Common.DbConnection> ConnectAsync(string path) => await (await TestDatabases.ForFileAsync(path)).ConnectAsync();
}
