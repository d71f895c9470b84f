using System.Diagnostics;
using System.Globalization;
using Dapper;
using HipBand.Bot.Tests.Support;
using HipBand.Testing.Engines;

namespace HipBand.Bot.Tests.Cluster;

/// <summary>
/// SIGTERM to one of two instances on one PostgreSQL: it finishes what it has in hand and gives up its leases at once,
/// so the other carries on without waiting for them to run out (ten minutes here, far beyond the test's patience).
/// </summary>
public sealed class GracefulStopTests : FakeTelegramTest
{
    private static readonly string[] Setup = ["/start", "no", "strength", "none", "Mon Wed Fri", "07:30", "UTC", "/workout"];
    private static new readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    [PostgresFact]
    public async Task An_instance_stopped_with_sigterm_gives_up_its_chats_and_the_senders_role_and_the_other_carries_on_at_once()
    {
        var database = await TestDatabases.ForFileAsync(Folder.File("bot.db"));
        int[] ports = [FreePort.Next(), FreePort.Next()];
        Telegram.ForwardWebhookTo([.. ports.Select(p => new Uri($"http://127.0.0.1:{p}"))]);
        await (await database.OpenMigratedAsync(TimeProvider.System)).DisposeAsync();
        await using var connection = await database.ConnectAsync();

        await using var first = BotProcess.Start(Environment(database, ports[0]));
        var owner = $"%/{first.Id.ToString(CultureInfo.InvariantCulture)}/%";
        await Eventually.HoldsAsync(
            async () => await Count(connection, "SELECT COUNT(*) FROM leases WHERE name = 'outbox-sender' AND owner LIKE @owner", owner) == 1,
            Patience, "the first instance to become the sender");
        await using var second = BotProcess.Start(Environment(database, ports[1]));
        await Telegram.WaitUntilAsync(f => f.Requests.Count(r => r.Method == "setWebhook") >= 2, Patience, "both instances to set the webhook");

        const int chats = 20;
        var sent = new List<long>();
        foreach (var line in Setup)
        {
            for (var chat = 1; chat <= chats; chat++)
            {
                sent.Add(Telegram.UserSends(chat, line));
            }
        }

        // Stop it mid-load, while it sends (it holds the sender's role) and, as a rule, holds chats too. Under a busy
        // machine the other instance's poll may come first for every chat, so holding chats cannot be required.
        await Eventually.HoldsAsync(
            () => Task.FromResult(Telegram.SentTo(1).Count + Telegram.SentTo(2).Count > 0),
            Patience, "the first instance to send mid-load");
        using (var term = Process.Start("kill", ["-TERM", first.Id.ToString(CultureInfo.InvariantCulture)]))
        {
            await term.WaitForExitAsync();
        }

        Assert.Equal(0, await first.WaitForExitAsync(Patience));
        Assert.Equal(0, await Count(connection, "SELECT (SELECT COUNT(*) FROM chat_leases WHERE owner LIKE @owner) + (SELECT COUNT(*) FROM leases WHERE owner LIKE @owner)", owner));

        for (var chat = 1; chat <= chats; chat++)
        {
            var id = chat;
            await Telegram.WaitUntilAsync(f => f.TextsTo(id).Any(t => t.Contains("Set 1 of", StringComparison.Ordinal)), Patience, $"chat {id}'s first set");
        }

        Assert.Equal(sent.Order(), (await connection.QueryAsync<long>("SELECT update_id FROM applied_updates")).Order());

        // The stopped one finished its requests under way and deleted their rows before giving the role up: each reply
        // of the setup (every one different) came once.
        for (var chat = 1; chat <= chats; chat++)
        {
            var texts = Telegram.TextsTo(chat);
            Assert.True(texts.Distinct().Count() == texts.Count, $"chat {chat} got a reply twice:\n{string.Join("\n---\n", texts)}");
        }
        Assert.Equal(0, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM inbox"));
    }

    private static Task<long> Count(System.Data.Common.DbConnection connection, string sql, string owner) =>
        connection.ExecuteScalarAsync<long>(sql, new { owner });

    private Dictionary<string, string> Environment(TestDatabase database, int port) => new(database.Environment)
    {
        ["Telegram__BotToken"] = Telegram.Token,
        ["Telegram__ApiBaseUrl"] = Telegram.BaseUrl,
        ["Telegram__Webhook__Url"] = WebhookBot.PublicUrl,
        ["Telegram__Webhook__SecretToken"] = WebhookBot.Secret,
        ["Http__Listen"] = $"http://127.0.0.1:{port}",
        ["Cluster__LeaseDuration"] = "00:10:00",
        ["Cluster__PollInterval"] = "00:00:00.100",
        ["Delivery__PrivateChatPerSecond"] = "1000",
        ["Delivery__PrivateChatBurst"] = "1000",
        ["Delivery__GlobalPerSecond"] = "1000",
        ["Delivery__InboundLimit"] = "1000",
        ["Logging__LogLevel__Default"] = "Warning",
    };
}
