using Xunit.Abstractions;
using Xunit.Sdk;

namespace HipBand.Testing.Engines;

/// <summary>Makes one test case per engine for an <see cref="EngineFactAttribute"/>; an error case when CI lacks an engine.</summary>
public sealed class EngineFactDiscoverer(IMessageSink diagnosticMessageSink) : IXunitTestCaseDiscoverer
{
    public IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute)
    {
        var display = discoveryOptions.MethodDisplayOrDefault();
        var options = discoveryOptions.MethodDisplayOptionsOrDefault();
        if (TestEngines.Missing is { } why)
        {
            yield return new ExecutionErrorTestCase(diagnosticMessageSink, display, options, testMethod, why);
        }

        foreach (var engine in TestEngines.Available)
        {
            yield return new EngineTestCase(diagnosticMessageSink, display, options, testMethod, engine);
        }
    }
}
