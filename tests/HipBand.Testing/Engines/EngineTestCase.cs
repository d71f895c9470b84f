using System.ComponentModel;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace HipBand.Testing.Engines;

/// <summary>One test on one engine: runs with <see cref="TestEngines.Current"/> set to it, named with it.</summary>
public sealed class EngineTestCase : XunitTestCase
{
    [EditorBrowsable(EditorBrowsableState.Never)]
    [Obsolete("Called by the de-serializer; should only be called by deriving classes for de-serialization purposes")]
    public EngineTestCase()
    {
    }

    public EngineTestCase(
        IMessageSink diagnosticMessageSink, TestMethodDisplay display, TestMethodDisplayOptions options, ITestMethod testMethod, TestEngine engine,
        object[]? testMethodArguments = null)
        : base(diagnosticMessageSink, display, options, testMethod, testMethodArguments)
    {
        Engine = engine;
    }

    public TestEngine Engine { get; private set; }

    public override async Task<RunSummary> RunAsync(
        IMessageSink diagnosticMessageSink, IMessageBus messageBus, object[] constructorArguments, ExceptionAggregator aggregator,
        CancellationTokenSource cancellationTokenSource)
    {
        // Flows into the test class's constructor, InitializeAsync, the test and its disposal: they all run below here.
        TestEngines.Current = Engine;
        return await base.RunAsync(diagnosticMessageSink, messageBus, constructorArguments, aggregator, cancellationTokenSource).ConfigureAwait(false);
    }

    public override void Serialize(IXunitSerializationInfo data)
    {
        data.AddValue(nameof(Engine), Engine.ToString());
        base.Serialize(data);
    }

    public override void Deserialize(IXunitSerializationInfo data)
    {
        Engine = Enum.Parse<TestEngine>(data.GetValue<string>(nameof(Engine)));
        base.Deserialize(data);
    }

    protected override void Initialize()
    {
        base.Initialize();
        DisplayName = $"{DisplayName} [{Engine}]";
    }

    protected override string GetUniqueID() => $"{base.GetUniqueID()}:{Engine}";
}
