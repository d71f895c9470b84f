namespace HipBand.Testing.Engines;

/// <summary>A database engine the storage and end-to-end tests run against.</summary>
public enum TestEngine
{
    Sqlite,
    Postgres,
}
