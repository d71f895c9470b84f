using HipBand.Testing.Engines;
using HipBand.Bot.Tests.Support;
using HipBand.Coaching.Storage;
using HipBand.Testing;

namespace HipBand.Bot.Tests.Fuzz;

/// <summary>
/// Many simulated people doing random things to the real host over the strict fake Bot API: numbers in several
/// scripts, emoji, right-to-left and zero-width text, HTML-looking and very long text, every command, old and new
/// buttons, double taps, stickers, photos, edits, blocking and coming back, group messages. Seeded, so a failure
/// can be replayed; the seed is in the test's name.
/// </summary>
public sealed class BotFuzzTests : IAsyncLifetime
{
    private readonly TempFolder folder = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync()
    {
        folder.Dispose();
        return Task.CompletedTask;
    }

    [EngineTheory]
    [InlineData(20261201, 60, 30)]
    [InlineData(77, 40, 40)]
    public async Task Random_people_are_always_answered_and_nothing_breaks(int seed, int people, int actions)
    {
        await using var telegram = await FakeBotApi.StartAsync();
        await using var bot = await RunningBot.StartAsync(telegram, folder.File("bot.db"));

        var unanswered = await RunAsync(telegram, bot, seed, people, actions);

        AssertSound(telegram, bot, unanswered);
    }

    internal static async Task<List<string>> RunAsync(FakeBotApi telegram, RunningBot bot, int seed, int people, int actions)
    {
        var store = bot.Get<OutboxStore>();
        var transport = bot.Get<TransportStore>();
        var persons = Enumerable.Range(1, people).Select(i => new FuzzPerson(90_000 + i, telegram, store, transport, new Random(seed + i))).ToList();
        await Task.WhenAll(persons.Select(p => p.RunAsync(actions)));
        return [.. persons.SelectMany(p => p.Unanswered)];
    }

    internal static void AssertSound(FakeBotApi telegram, RunningBot bot, List<string> unanswered)
    {
        Assert.Empty(unanswered);
        Assert.Empty(telegram.Refusals);
        Assert.DoesNotContain(telegram.Requests, r => r.Text?.Contains("something went wrong", StringComparison.OrdinalIgnoreCase) == true);
        Assert.DoesNotContain(bot.Logs.Lines, l => l.StartsWith("Error", StringComparison.Ordinal) || l.StartsWith("Critical", StringComparison.Ordinal));
    }
}
