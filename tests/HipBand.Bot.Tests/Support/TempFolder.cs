using HipBand.Testing.Engines;
using Microsoft.Data.Sqlite;

namespace HipBand.Bot.Tests.Support;

/// <summary>A fresh temporary folder, removed afterwards with the test databases its paths stood for.</summary>
public sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("hipband-bot-").FullName;

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        TestDatabases.DropUnderAsync(Path).GetAwaiter().GetResult();
        SqliteConnection.ClearAllPools();
        Directory.Delete(Path, recursive: true);
    }
}
