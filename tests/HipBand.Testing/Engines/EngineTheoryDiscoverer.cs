using Xunit.Abstractions;
using Xunit.Sdk;

namespace HipBand.Testing.Engines;

/// <summary>Makes one test case per data row and engine for an <see cref="EngineTheoryAttribute"/>.</summary>
public sealed class EngineTheoryDiscoverer(IMessageSink diagnosticMessageSink) : TheoryDiscoverer(diagnosticMessageSink)
{
    protected override IEnumerable<IXunitTestCase> CreateTestCasesForDataRow(
        ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo theoryAttribute, object[] dataRow)
    {
        var display = discoveryOptions.MethodDisplayOrDefault();
        var options = discoveryOptions.MethodDisplayOptionsOrDefault();
        if (TestEngines.Missing is { } why)
        {
            return [new ExecutionErrorTestCase(DiagnosticMessageSink, display, options, testMethod, why)];
        }

        return TestEngines.Available.Select(engine => new EngineTestCase(DiagnosticMessageSink, display, options, testMethod, engine, dataRow));
    }

    // Data that cannot be enumerated at discovery would run on one engine only: refused rather than half run.
    protected override IEnumerable<IXunitTestCase> CreateTestCasesForTheory(
        ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo theoryAttribute) =>
        [new ExecutionErrorTestCase(
            DiagnosticMessageSink, discoveryOptions.MethodDisplayOrDefault(), discoveryOptions.MethodDisplayOptionsOrDefault(), testMethod,
            "An engine theory needs data rows that xunit can enumerate at discovery (serializable values).")];
}
