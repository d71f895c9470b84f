namespace HipBand.Testing.Engines;

/// <summary>
/// The engines of this run, and the one the running test is on. SQLite is always there; PostgreSQL when
/// <see cref="PostgresVariable"/> names a server the tests may create databases on (<c>.ci/run</c> starts one). In CI
/// (<c>CI=true</c>) a missing server is an error, never a quiet SQLite-only run.
/// </summary>
public static class TestEngines
{
    /// <summary>The environment variable with the connection string of a PostgreSQL server for tests (a superuser, its maintenance database).</summary>
    public const string PostgresVariable = "HIPBAND_TEST_POSTGRES";

    private static readonly AsyncLocal<TestEngine> RunningOn = new();

    /// <summary>The server's connection string, or null when this run has no PostgreSQL.</summary>
    public static string? PostgresServer => Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } value ? value : null;

    /// <summary>Running in CI (<c>CI=true</c>), where every engine and build must be there.</summary>
    public static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Why this run cannot have every engine it must have, or null when it can.</summary>
    public static string? Missing =>
        PostgresServer is null && InCi
            ? $"CI runs every storage and end-to-end test on PostgreSQL too, but {PostgresVariable} is not set."
            : null;

    public static IReadOnlyList<TestEngine> Available => PostgresServer is null ? [TestEngine.Sqlite] : [TestEngine.Sqlite, TestEngine.Postgres];

    /// <summary>The engine of the test running in this flow (set by <see cref="EngineTestCase"/>); SQLite outside one.</summary>
    public static TestEngine Current
    {
        get => RunningOn.Value;
        internal set => RunningOn.Value = value;
    }
}
