using BenchmarkDotNet.Attributes;
using HipBand.Coaching.Dialog;
using HipBand.Coaching.Progress;
using HipBand.Coaching.Safety;

namespace HipBand.Benchmarks;

/// <summary>The pure work of one update: the dialog step, and the readers every typed message goes through.</summary>
[MemoryDiagnoser]
public class DialogBenchmarks
{
    private ChatState inSession = ChatState.Fresh;
    private readonly DateTimeOffset now = new(2026, 11, 16, 7, 0, 0, TimeSpan.Zero);

    [GlobalSetup]
    public void Setup()
    {
        var state = ChatState.Fresh;
        foreach (var line in new[] { "/start", "no", "strength", "yellow, green, black", "Mon Wed Fri", "07:30", "Europe/Berlin", "/workout" })
        {
            state = Coach.Step(state, TextCommand.Read(line), now).State;
        }

        inSession = state.Phase == Phase.InSession ? state : throw new InvalidOperationException($"Set-up ended in {state.Phase}, not in a session.");
    }

    [Benchmark(Description = "Coach.Step: a logged set (\"15\")")]
    public Outcome StepLoggedSet() => Coach.Step(inSession, new TextInput("15"), now);

    [Benchmark(Description = "Coach.Step: a pain report")]
    public Outcome StepPain() => Coach.Step(inSession, new TextInput("my knee hurts"), now);

    [Benchmark(Description = "RepReplyParser: \"12, 10, 8\"")]
    public RepReply ParseReps() => RepReplyParser.Parse("12, 10, 8");

    [Benchmark(Description = "Coach.Step: a set reported done (\"done\")")]
    public Outcome StepDone() => Coach.Step(inSession, new TextInput("done"), now);

    [Benchmark(Description = "SafetyClassifier: \"done\"")]
    public SafetySignal ScreenDone() => SafetyClassifier.Classify("done");

    [Benchmark(Description = "SafetyClassifier: an ordinary reply")]
    public SafetySignal ScreenOrdinary() => SafetyClassifier.Classify("did 12 per side");
}
