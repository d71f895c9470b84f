using HipBand.Testing.Engines;
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

        Assert.Equal(1, Value(scrape, "hipband_sends_total", "result=\"too_many_requests\""));
        Assert.Equal(1, Value(scrape, "hipband_telegram_too_many_requests_total"));
        Assert.Equal(1, Value(scrape, "hipband_telegram_too_many_requests_wait_seconds_total"));
        Assert.True(Value(scrape, "hipband_turn_duration_seconds_count", "source=\"update\"") >= 3, scrape);
        Assert.Equal(0, Value(scrape, "hipband_outbox_depth"));
        Assert.Equal(0, Value(scrape, "hipband_outbox_oldest_age_seconds"));
        Assert.Equal(0, Value(scrape, "hipband_trainees_active"));
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
