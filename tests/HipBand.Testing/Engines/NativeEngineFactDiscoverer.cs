using Xunit.Abstractions;
using Xunit.Sdk;

namespace HipBand.Testing.Engines;

/// <summary>The cases of a <see cref="NativeEngineFactAttribute"/>: one per engine when a native build can run, else none (an error in CI).</summary>
public sealed class NativeEngineFactDiscoverer(IMessageSink diagnosticMessageSink) : IXunitTestCaseDiscoverer
{
    private readonly EngineFactDiscoverer engines = new(diagnosticMessageSink);

    public IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute)
    {
        if (NativeToolchain.Missing is not { } why)
        {
            return engines.Discover(discoveryOptions, testMethod, factAttribute);
        }

        return TestEngines.InCi
            ? [new ExecutionErrorTestCase(diagnosticMessageSink, discoveryOptions.MethodDisplayOrDefault(), discoveryOptions.MethodDisplayOptionsOrDefault(), testMethod, why)]
            : [];
    }
}
