using System.Collections.Concurrent;

namespace HipBand.Testing.Engines;

/// <summary>
/// The state database a test's file path stands for, on the engine of the test that first named it: the SQLite file
/// itself, or a PostgreSQL database of its own. A bot restarted on the same path finds the same database; the test's
/// folder drops them all when it goes.
/// </summary>
public static class TestDatabases
{
    private static readonly ConcurrentDictionary<string, Lazy<Task<TestDatabase>>> ByPath = new(StringComparer.Ordinal);

    public static Task<TestDatabase> ForFileAsync(string path)
    {
        var full = Path.GetFullPath(path);
        var engine = TestEngines.Current;
        return ByPath.GetOrAdd(full, p => new Lazy<Task<TestDatabase>>(() => TestDatabase.CreateAsync(Path.GetDirectoryName(p)!, Path.GetFileName(p), engine))).Value;
    }

    /// <summary>Drops every database named by a path under <paramref name="folder"/>.</summary>
    public static async Task DropUnderAsync(string folder)
    {
        var prefix = Path.GetFullPath(folder).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        foreach (var path in ByPath.Keys.Where(k => k.StartsWith(prefix, StringComparison.Ordinal)))
        {
            if (ByPath.TryRemove(path, out var database))
            {
                await (await database.Value).DisposeAsync();
            }
        }
    }
}
