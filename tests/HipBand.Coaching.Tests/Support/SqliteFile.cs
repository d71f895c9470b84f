using HipBand.Testing;
using HipBand.Coaching.Storage;
using Microsoft.Data.Sqlite;

namespace HipBand.Coaching.Tests.Support;

/// <summary>A real SQLite database file in a fresh temporary folder, removed afterwards.</summary>
public sealed class SqliteFile : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("hipband-test-").FullName;

    public SqliteFile()
    {
        Path = System.IO.Path.Combine(folder, "state.db");
    }

    public string Path { get; }

    public TestClock Clock { get; } = new();

    private readonly List<ChatStore> stores = [];

    /// <summary>A freshly composed store on the file, as after a process restart.</summary>
    public async Task<(ChatStore Store, StoredTurns Turns)> OpenAsync()
    {
        var database = new Database(new SqliteDialect(Path));
        await database.MigrateAsync(Clock);
        var store = new ChatStore(database, Clock);
        stores.Add(store);
        return (store, new StoredTurns(store, Clock));
    }

    public void Dispose()
    {
        foreach (var store in stores)
        {
            store.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }

        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }
}
