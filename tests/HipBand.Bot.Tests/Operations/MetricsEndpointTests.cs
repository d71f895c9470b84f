using HipBand.Testing.Engines;
using HipBand.Testing;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using HipBand.Bot.Tests.Support;

namespace HipBand.Bot.Tests.Operations;

/// <summary>/metrics in Prometheus' text format, scraped over real HTTP after a conversation.</summary>
public sealed partial class MetricsEndpointTests : FakeTelegramTest
{
    [EngineFact]
    public async Task After_a_conversation_the_scrape_shows_updates_turns_sends_429s_the_outbox_and_trainees()
    {
        const long chat = 6201;
        await using var bot = await WebhookBot.StartAsync(Telegram, Folder.File("bot.db"));
        Telegram.FailNext("sendMessage", 1, 429, "Too Many Requests: retry after 1", retryAfter: 1, chatId: chat);
        Telegram.UserSends(chat, "/start");
        Telegram.UserSends(chat, "/help");
        Telegram.UserSends(chat, "/stats");
        await Telegram.WaitForMessagesAsync(chat, 3, Patience);

        string scrape = "";
        await Eventually.HoldsAsync(
            async () =>
            {
                var (status, body) = await Listener.GetAsync(bot, "/metrics");
                scrape = body;
                // A sent row leaves the outbox with the next group commit after its send: the gauges follow it.
                return status == HttpStatusCode.OK && Value(body, "hipband_updates_handled_total", "kind=\"dialog\"") >= 3 && Value(body, "hipband_sends_total", "result=\"ok\"") >= 3
                    && Value(body, "hipband_outbox_depth") == 0;
            },
            Patience,
            "the counters of the conversation, and the outbox emptied, in a scrape");

        // The 429 asked for, and any the fake's flood control gave on a busy machine (three replies in a row to one
        // chat, timed by their arrival): the metrics count every one, and the wait each asked for.
        var floodRefusals = Telegram.TooManyRequests;
        var refused = floodRefusals + Telegram.Requests.Count(r => r.Method == "sendMessage!failed" && r.ChatId == chat);
        Assert.Equal(refused, Value(scrape, "hipband_sends_total", "result=\"too_many_requests\""));
        Assert.Equal(refused, Value(scrape, "hipband_telegram_too_many_requests_total"));
        var waited = Value(scrape, "hipband_telegram_too_many_requests_wait_seconds_total");
        Assert.True(floodRefusals == 0 ? waited == 1 : waited >= 1 + floodRefusals, $"{waited} s waited for {refused} refusal(s)");
        Assert.True(Value(scrape, "hipband_turn_duration_seconds_count", "source=\"update\"") >= 3, scrape);
        Assert.Equal(0, Value(scrape, "hipband_outbox_depth"));
        Assert.Equal(0, Value(scrape, "hipband_outbox_oldest_age_seconds"));
        Assert.Equal(0, Value(scrape, "hipband_trainees_active"));
    }

    [EngineFact]
    public async Task Each_host_scrapes_its_own_meter_when_two_run_in_one_process()
    {
        const long chat = 6202;
        await using var other = await FakeBotApi.StartAsync();
        await using var quiet = await WebhookBot.StartAsync(other, Folder.File("quiet.db"));
        await using var busy = await WebhookBot.StartAsync(Telegram, Folder.File("busy.db"));
        Telegram.UserSends(chat, "/start");
        Telegram.UserSends(chat, "/help");
        await Telegram.WaitForMessagesAsync(chat, 2, Patience);
        await Eventually.HoldsAsync(
            async () => Value((await Listener.GetAsync(busy, "/metrics")).Body, "hipband_sends_total", "result=\"ok\"") >= 2,
            Patience,
            "the busy bot's sends in its scrape");

        // Another host's instruments carry the same meter name; the quiet bot's exporter must not pick up the busy one's.
        var (_, quietScrape) = await Listener.GetAsync(quiet, "/metrics");
        Assert.True(double.IsNaN(Value(quietScrape, "hipband_sends_total", "result=\"ok\"")), quietScrape);
        Assert.True(double.IsNaN(Value(quietScrape, "hipband_updates_handled_total", "kind=\"dialog\"")), quietScrape);
        var (_, busyScrape) = await Listener.GetAsync(busy, "/metrics");
        Assert.Equal(2, Value(busyScrape, "hipband_updates_handled_total", "kind=\"dialog\""));
    }

    /// <summary>The value of a sample whose labels contain <paramref name="label"/>; throws when there is none.</summary>
    private static double Value(string scrape, string name, string label = "")
    {
        foreach (Match sample in Sample().Matches(scrape))
        {
            if (sample.Groups["name"].Value == name && sample.Groups["labels"].Value.Contains(label, StringComparison.Ordinal))
            {
                return double.Parse(sample.Groups["value"].Value, CultureInfo.InvariantCulture);
            }
        }

        return label.Length == 0 && !scrape.Contains(name, StringComparison.Ordinal)
            ? throw new Xunit.Sdk.XunitException($"{name} is not in the scrape:\n{scrape}")
            : double.NaN;
    }

    [GeneratedRegex(@"^(?<name>[a-z_]+)(\{(?<labels>[^}]*)\})? (?<value>[0-9.eE+-]+)", RegexOptions.Multiline)]
    private static partial Regex Sample();
}
