using Xunit;
using Xunit.Sdk;

namespace HipBand.Testing.Engines;

/// <summary>A theory whose every data row runs once per engine of the run, as <see cref="EngineFactAttribute"/> does.</summary>
[XunitTestCaseDiscoverer("HipBand.Testing.Engines.EngineTheoryDiscoverer", "HipBand.Testing")]
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class EngineTheoryAttribute : TheoryAttribute;
