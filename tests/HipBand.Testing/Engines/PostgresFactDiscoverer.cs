using Xunit.Abstractions;
using Xunit.Sdk;

namespace HipBand.Testing.Engines;

/// <summary>Makes the PostgreSQL test case of a <see cref="PostgresFactAttribute"/> when the run has PostgreSQL.</summary>
public sealed class PostgresFactDiscoverer(IMessageSink diagnosticMessageSink) : IXunitTestCaseDiscoverer
{
    public IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute)
    {
        var display = discoveryOptions.MethodDisplayOrDefault();
        var options = discoveryOptions.MethodDisplayOptionsOrDefault();
        if (TestEngines.Missing is { } why)
        {
            yield return new ExecutionErrorTestCase(diagnosticMessageSink, display, options, testMethod, why);
        }
        else if (TestEngines.Available.Contains(TestEngine.Postgres))
        {
            yield return new EngineTestCase(diagnosticMessageSink, display, options, testMethod, TestEngine.Postgres);
        }
    }
}
