using Dapper;
using HipBand.Bot.Operations;
using HipBand.Bot.Tests.Support;
using HipBand.Testing.Engines;

namespace HipBand.Bot.Tests.Cluster;

/// <summary>
/// Two instances on one PostgreSQL, polling only every five minutes: a reply written by the one that does not send
/// still goes out at once, since it tells the sender (LISTEN/NOTIFY) rather than wait for the sender's next scan; also
/// after the listening connections were lost.
/// </summary>
public sealed class SenderSignalTests : FakeTelegramTest
{
    private static readonly string[] Conversation = ["/start", "no", "strength", "none", "Mon Wed Fri", "07:30"];

    [PostgresFact]
    public async Task A_reply_written_by_the_instance_that_does_not_send_goes_out_without_waiting_for_a_poll()
    {
        const long chat = 7301;
        var settings = new Dictionary<string, string?>(WebhookBot.Settings)
        {
            ["Cluster:PollInterval"] = "00:05:00",
            ["Cluster:LeaseDuration"] = "00:15:00",
        };
        await using var sender = await RunningBot.StartAsync(Telegram, Folder.File("bot.db"), settings);
        var database = await TestDatabases.ForFileAsync(Folder.File("bot.db"));
        await using var connection = await database.ConnectAsync();
        await Eventually.HoldsAsync(
            async () => await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM leases WHERE name = 'outbox-sender'") == 1,
            Patience,
            "the first instance to take the sender's role");

        // Every post goes to the other one: it applies every turn, and sends none of the replies.
        await using var other = await RunningBot.StartAsync(Telegram, Folder.File("bot.db"), settings);
        Telegram.ForwardWebhookTo(other.Get<BotListener>().Addresses[0]);
        var replies = 0;
        foreach (var line in Conversation)
        {
            if (line == "strength")
            {
                // Both instances' listening connections are lost (a database restart, a failover): they listen again.
                Assert.Equal(2, await connection.ExecuteScalarAsync<long>(
                    "SELECT COUNT(*) FROM (SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND query LIKE 'LISTEN%') AS ended"));
            }

            Telegram.UserSends(chat, line);
            await Telegram.WaitUntilAsync(f => f.SentTo(chat).Count > replies, Patience, $"the reply to \"{line}\"");
            replies = Telegram.SentTo(chat).Count;
        }

        Assert.Equal(1, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM leases WHERE name = 'outbox-sender'"));
        Assert.Equal(Conversation.Length, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM applied_updates"));
    }
}
