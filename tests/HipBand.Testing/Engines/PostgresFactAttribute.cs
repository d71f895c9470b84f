using Xunit;
using Xunit.Sdk;

namespace HipBand.Testing.Engines;

/// <summary>
/// A fact about PostgreSQL itself (the copy from SQLite, say): one test case when the run has PostgreSQL, none when it
/// has not (a plain <c>dotnet test</c> without a server), an error in CI without one.
/// </summary>
[XunitTestCaseDiscoverer("HipBand.Testing.Engines.PostgresFactDiscoverer", "HipBand.Testing")]
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class PostgresFactAttribute : FactAttribute;
