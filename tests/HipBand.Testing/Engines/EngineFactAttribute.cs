using Xunit;
using Xunit.Sdk;

namespace HipBand.Testing.Engines;

/// <summary>
/// A fact that runs once per engine of the run (<see cref="TestEngines.Available"/>), named with its engine; inside it
/// <see cref="TestEngines.Current"/> says which, and <see cref="TestDatabase"/> makes a database there.
/// </summary>
[XunitTestCaseDiscoverer("HipBand.Testing.Engines.EngineFactDiscoverer", "HipBand.Testing")]
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class EngineFactAttribute : FactAttribute;
