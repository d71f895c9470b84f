using Dapper;
using HipBand.Bot.Operations;
using HipBand.Bot.Tests.Support;
using HipBand.Testing;
using HipBand.Testing.Engines;
using Microsoft.Extensions.Time.Testing;

namespace HipBand.Bot.Tests.Cluster;

/// <summary>
/// One chat floods two instances on one PostgreSQL, with Telegram's limits kept and enforced, on one fake clock: the
/// instance that applies the turns replaces waiting replies in the table while the other, the sender, has them queued
/// already behind the chat's limit. The sender sends only what is still in the table, so the chat gets a few
/// messages ending on the current question, as with one process.
/// </summary>
[Collection(TimingSensitive.Name)]
public sealed class SharedFloodTests : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    private const string ReadinessHint = "Please answer yes or no: does any of these apply to you?";

    private readonly TempFolder folder = new();
    private readonly FakeTimeProvider clock = new(TestClock.Monday0700Utc);
    private FakeBotApi telegram = null!;

    public async Task InitializeAsync() => telegram = await FakeBotApi.StartAsync(floodControl: true, clock: clock);

    public async Task DisposeAsync()
    {
        await telegram.DisposeAsync();
        folder.Dispose();
    }

    [PostgresFact]
    public async Task Replies_replaced_by_the_instance_applying_a_flood_are_not_sent_by_the_other()
    {
        const long flooder = 6401;
        var settings = new Dictionary<string, string?>(WebhookBot.Settings)
        {
            ["Cluster:PollInterval"] = "00:05:00",
            ["Cluster:LeaseDuration"] = "01:00:00",
        };
        foreach (var (key, value) in RunningBot.TelegramLimits)
        {
            settings[key] = value;
        }

        await using var sender = await RunningBot.StartAsync(telegram, folder.File("bot.db"), settings, clock);
        var database = await TestDatabases.ForFileAsync(folder.File("bot.db"));
        await using var connection = await database.ConnectAsync();
        await Eventually.HoldsAsync(
            async () => await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM leases WHERE name = 'outbox-sender'") == 1,
            Patience,
            "the first instance to take the sender's role");
        await using var applier = await RunningBot.StartAsync(telegram, folder.File("bot.db"), settings, clock);
        telegram.ForwardWebhookTo(applier.Get<BotListener>().Addresses[0]);

        telegram.UserSends(flooder, "/start");
        await telegram.WaitForMessagesAsync(flooder, 1, Patience);
        var ids = new List<long>();
        for (var i = 0; i < 60; i++)
        {
            ids.Add(telegram.UserSends(flooder, i % 2 == 0 ? "hmm" : "lol"));
        }

        await Eventually.HoldsAsync(
            async () => await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM applied_updates WHERE update_id = ANY(@ids)", new { ids }) == ids.Count,
            Patience,
            "every update of the burst to be applied");

        // A second at a time, each time letting the sender send what that second allows.
        for (var second = 0; second < 60; second++)
        {
            var before = telegram.Requests.Count;
            clock.Advance(TimeSpan.FromSeconds(1));
            if (await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM outbox WHERE chat_id = @flooder", new { flooder }) == 0)
            {
                break;
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

        await Eventually.HoldsAsync(
            async () => await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM outbox WHERE chat_id = @flooder", new { flooder }) == 0,
            Patience,
            "the flooder's outbox to empty");
        var sent = telegram.SentTo(flooder);
        Assert.InRange(sent.Count, 2, 10);
        Assert.Contains(ReadinessHint, sent[^1].Text!, StringComparison.Ordinal);
        Assert.Equal(0, telegram.TooManyRequests);
    }
}
