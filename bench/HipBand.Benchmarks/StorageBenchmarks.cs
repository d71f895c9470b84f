using BenchmarkDotNet.Attributes;
using HipBand.Coaching.Dialog;

namespace HipBand.Benchmarks;

/// <summary>The state document written on every update.</summary>
[MemoryDiagnoser]
public class StorageBenchmarks
{
    private Conversation conversation = new();
    private Func<Conversation, string> write = null!;

    [GlobalSetup]
    public void Setup()
    {
        var now = new DateTimeOffset(2026, 11, 16, 7, 0, 0, TimeSpan.Zero);
        var state = ChatState.Fresh;
        foreach (var line in new[] { "/start", "strength", "yellow, green, black", "Mon Wed Fri", "07:30", "UTC", "/workout", "done", "done" })
        {
            state = Coach.Step(state, TextCommand.Read(line), now).State;
        }

        conversation = state.Conversation;

        // ConversationJson is internal to the domain: reached the way the repository reaches it, without a wrapper.
        var type = typeof(ChatState).Assembly.GetType("HipBand.Coaching.Storage.ConversationJson")!;
        write = type.GetMethod("Write")!.CreateDelegate<Func<Conversation, string>>();
    }

    [Benchmark(Description = "Conversation state to JSON (mid-session)")]
    public string WriteState() => write(conversation);
}
