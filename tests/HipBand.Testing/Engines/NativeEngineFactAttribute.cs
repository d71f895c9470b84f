using Xunit;
using Xunit.Sdk;

namespace HipBand.Testing.Engines;

/// <summary>
/// An <see cref="EngineFactAttribute"/> that needs the bot's native build: its cases exist where a native build is
/// given (<see cref="NativeToolchain.Variable"/>) or can be made (a C compiler and zlib's headers, which the SDK's native
/// compiler links with); elsewhere none is generated, as PostgreSQL's are not without a server, and in CI an error case
/// says what is missing.
/// </summary>
[XunitTestCaseDiscoverer("HipBand.Testing.Engines.NativeEngineFactDiscoverer", "HipBand.Testing")]
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class NativeEngineFactAttribute : FactAttribute;
