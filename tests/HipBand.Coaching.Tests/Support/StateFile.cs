using HipBand.Testing;
using HipBand.Testing.Engines;
using HipBand.Coaching.Storage;

namespace HipBand.Coaching.Tests.Support;

/// <summary>
/// A real state database on the running test's engine (a SQLite file in a fresh temporary folder, or a PostgreSQL
/// database of its own), made on first use and removed afterwards.
/// </summary>
public sealed class StateFile : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("hipband-test-").FullName;
    private readonly List<ChatStore> stores = [];
    private TestDatabase? database;

    public TestClock Clock { get; } = new();

    /// <summary>The engine the database is on: the running test's, fixed when the file is made (a test class per test).</summary>
    public TestEngine Engine { get; } = TestEngines.Current;

    /// <summary>The empty database, made on first use.</summary>
    public async Task<TestDatabase> DatabaseAsync() => database ??= await TestDatabase.CreateAsync(folder);

    /// <summary>A freshly composed store on the database, as after a process restart.</summary>
    public async Task<(ChatStore Store, StoredTurns Turns)> OpenAsync()
    {
        var opened = await (await DatabaseAsync()).OpenMigratedAsync(Clock);
        var store = new ChatStore(opened, Clock);
        stores.Add(store);
        return (store, new StoredTurns(store, Clock));
    }

    public void Dispose()
    {
        foreach (var store in stores)
        {
            store.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }

        database?.DisposeAsync().AsTask().GetAwaiter().GetResult();
        Directory.Delete(folder, recursive: true);
    }
}
