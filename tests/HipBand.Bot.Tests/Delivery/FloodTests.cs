using HipBand.Testing.Engines;
using Dapper;
using HipBand.Bot.Tests.Support;
using HipBand.Coaching.Storage;
using HipBand.Testing;
using Microsoft.Extensions.Time.Testing;
using Xunit.Abstractions;

namespace HipBand.Bot.Tests.Delivery;

/// <summary>
/// One chat floods the bot, against the strict fake Bot API with Telegram's flood control on, the bot and the server
/// on one fake clock that the test moves: every update is applied, the chat's replies coalesce to a few messages
/// ending on the current question, and another chat is not held up. Nothing waits for real time to pass.
/// </summary>
[Collection(TimingSensitive.Name)]
public sealed class FloodTests(ITestOutputHelper output) : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    private const string FloodLine = "faster than I can answer";
    private const string ReadinessHint = "Please answer yes or no: does any of these apply to you?";

    private readonly TempFolder folder = new();
    private readonly FakeTimeProvider clock = new(TestClock.Monday0700Utc);
    private FakeBotApi telegram = null!;
    private RunningBot bot = null!;

    public async Task InitializeAsync()
    {
        telegram = await FakeBotApi.StartAsync(floodControl: true, clock: clock);
        bot = await RunningBot.StartAsync(telegram, folder.File("bot.db"), RunningBot.TelegramLimits, clock);
    }

    public async Task DisposeAsync()
    {
        await bot.DisposeAsync();
        await telegram.DisposeAsync();
        folder.Dispose();
    }

    [EngineFact]
    public async Task Three_hundred_messages_from_one_chat_are_all_applied_and_answered_by_a_few_ending_on_the_current_question()
    {
        const long flooder = 6101;
        const long other = 6102;
        telegram.UserSends(flooder, "/start");
        await telegram.WaitForMessagesAsync(flooder, 1, Patience);
        var question = telegram.SentTo(flooder)[0];

        var ids = new List<long>();
        for (var i = 0; i < 300; i++)
        {
            ids.Add(telegram.UserSends(flooder, i % 2 == 0 ? "hmm" : "lol"));
            if (i == 150)
            {
                telegram.UserSends(other, "/start");
            }
        }

        await AppliedAsync(ids);
        await telegram.WaitForMessagesAsync(other, 1, Patience);
        var peak = await WaitingAsync(flooder);


        await AdvanceAsync(TimeSpan.FromSeconds(60), flooder);

        var sent = telegram.SentTo(flooder);
        output.WriteLine($"messages to the flooding chat: {sent.Count}, its outbox rows once all 300 were applied: {peak}");
        Assert.Equal(300, await CountAppliedAsync(ids));
        Assert.InRange(sent.Count, 2, 10);
        Assert.Equal(0, await WaitingAsync(flooder));
        Assert.Single(sent, r => r.Text!.Contains(FloodLine, StringComparison.Ordinal));
        Assert.Contains(ReadinessHint, sent[^1].Text!, StringComparison.Ordinal);
        Assert.Equal(question.Buttons, sent[^1].Buttons);
        Assert.Equal(0, telegram.TooManyRequests);
        Assert.Empty(telegram.Refusals);

        // The other chat was answered while the flooding chat's backlog still waited.
        var requests = telegram.Requests.Where(r => r.Method == "sendMessage").ToList();
        var otherAnswered = requests.FindIndex(r => r.ChatId == other);
        var flooderDrained = requests.FindLastIndex(r => r.ChatId == flooder);
        Assert.True(otherAnswered >= 0 && otherAnswered < flooderDrained, "the second chat was answered before the flood's backlog had drained");
    }

    [EngineFact]
    public async Task A_burst_of_real_rep_answers_logs_every_set_and_still_coalesces_the_hints()
    {
        const long chat = 6103;
        string[] setup = ["/start", "no", "running", "yellow, green, black", "Mon Wed Fri", "07:30", "Europe/Berlin", "/workout"];
        string[] burst = ["15", "hmm", "lol", "15", "hmm", "lol", "hmm", "12", "lol", "hmm", "lol", "hmm"];
        var ids = new List<long>();
        foreach (var text in setup.Concat(burst))
        {
            ids.Add(telegram.UserSends(chat, text));
        }

        await AppliedAsync(ids);
        await AdvanceAsync(TimeSpan.FromSeconds(60), chat);

        var sets = await bot.Get<ChatStore>().SetLogsAsync(chat);
        Assert.Equal([15, 15, 12], sets.Select(s => s.Done));
        var texts = telegram.TextsTo(chat);
        var hints = texts.Count(t => t.Contains("Reply with the", StringComparison.Ordinal));
        output.WriteLine($"messages to the chat: {texts.Count}, hints among them: {hints} for 8 unreadable messages");
        Assert.InRange(hints, 1, 3);
        Assert.Single(texts, t => t.Contains(FloodLine, StringComparison.Ordinal));
        Assert.Equal(0, await WaitingAsync(chat));
        Assert.Equal(0, telegram.TooManyRequests);
        Assert.Empty(telegram.Refusals);
    }

    private async Task AppliedAsync(IReadOnlyList<long> ids)
    {
        var last = ids[^1];
        await telegram.WaitUntilAsync(f => f.ConfirmedOffset > last, Patience, "the burst to be confirmed");
        var transport = bot.Get<TransportStore>();
        var wanted = ids.ToHashSet();
        await Eventually.HoldsAsync(async () => !(await transport.WaitingAsync()).Any(u => wanted.Contains(u.UpdateId)), Patience, "every update of the burst to be applied");
    }

    private async Task<long> CountAppliedAsync(IReadOnlyList<long> ids)
    {
        var database = bot.Get<ChatStore>().Database;
        await using var connection = await database.OpenAsync();
        return await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM applied_updates WHERE update_id " + database.Dialect.EqualsAny("@ids"), new { ids });
    }

    private async Task<int> WaitingAsync(long chat) => (await bot.Get<OutboxStore>().PendingAsync(0, 10_000)).Count(m => m.ChatId == chat);

    /// <summary>Moves the fake clock a second at a time, each time letting the bot send what that second allows.</summary>
    private async Task AdvanceAsync(TimeSpan total, long chat)
    {
        for (var moved = TimeSpan.Zero; moved < total; moved += TimeSpan.FromSeconds(1))
        {
            var before = telegram.Requests.Count;
            clock.Advance(TimeSpan.FromSeconds(1));
            if (await WaitingAsync(chat) == 0)
            {
                continue;
            }

            try
            {
                await telegram.WaitUntilAsync(f => f.Requests.Count > before, TimeSpan.FromSeconds(2));
            }
            catch (TimeoutException)
            {
                // Nothing was due in that second.
            }
        }
    }
}
