using Dapper;
using HipBand.Bot.Tests.Support;
using HipBand.Testing;
using HipBand.Testing.Engines;

namespace HipBand.Bot.Tests.Telegram;

public sealed class CrashAndStartupTests : FakeTelegramTest
{
    private static new readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    private static readonly string[] Setup = ["/start", "no", "strength", "none", "Mon Wed Fri", "07:30", "UTC", "/workout"];

    [EngineFact]
    public async Task A_crash_mid_batch_loses_no_update_and_applies_none_twice()
    {
        long[] chats = [1, 2, 3, 4, 5, 6];
        const int skips = 12;
        var inputs = Setup.Length + skips;

        var lastUpdate = new Dictionary<long, long>();
        await using (var first = BotProcess.Start(await EnvironmentAsync()))
        {
            foreach (var chat in chats)
            {
                foreach (var line in Setup.Concat(Enumerable.Repeat("skip", skips)))
                {
                    lastUpdate[chat] = Telegram.UserSends(chat, line);
                }
            }

            // Kill it once some replies are out and most are not: mid-batch.
            await Telegram.WaitUntilAsync(f => f.Requests.Count(r => r.Method == "sendMessage") >= 12, Patience, "the first replies");
            first.Kill();
        }

        var sentBeforeCrash = Telegram.Requests.Count(r => r.Method == "sendMessage");
        Assert.True(sentBeforeCrash < chats.Length * inputs, $"the crash came too late to test anything ({sentBeforeCrash} sent)");

        await using var second = BotProcess.Start(await EnvironmentAsync());
        foreach (var chat in chats)
        {
            await Telegram.WaitUntilAsync(f => f.TextsTo(chat).Count(t => t.StartsWith("Skipped.", StringComparison.Ordinal)) >= skips, Patience, $"chat {chat}'s skips");
        }

        await using var connection = await StateOnFile.ConnectAsync(Folder.File("bot.db"));
        Assert.Equal(0, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM inbox"));
        foreach (var chat in chats)
        {
            var logged = await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM set_logs WHERE chat_id = @chat", new { chat });
            Assert.Equal(skips, logged);
            var sessions = await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM sessions WHERE chat_id = @chat", new { chat });
            Assert.Equal(1, sessions);
            var applied = await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM applied_updates WHERE update_id = @id", new { id = lastUpdate[chat] });
            Assert.Equal(1, applied);
        }
    }

    [EngineFact]
    public async Task A_kill_right_after_delete_commits_leaves_only_the_confirmation_which_goes_out_after_the_restart()
    {
        const long chat = 7;
        var expected = 0;
        await using (var first = BotProcess.Start(await EnvironmentAsync()))
        {
            foreach (var line in new[] { "/start", "no", "strength", "yellow", "Mon Wed Fri", "07:30", "UTC", "/delete" })
            {
                Telegram.UserSends(chat, line);
                await Telegram.WaitForMessagesAsync(chat, ++expected, Patience);
            }

            // The confirmation is committed with the deletion, then held in flight: kill the bot there.
            var held = Telegram.HoldNext("sendMessage", chat);
            Telegram.UserPresses(chat, "Yes, delete everything");
            await held.Arrived.WaitAsync(Patience);
            first.Kill();
        }

        await using (var connection = await StateOnFile.ConnectAsync(Folder.File("bot.db")))
        {
            foreach (var table in new[] { "trainees", "dialog_states", "sessions", "set_logs", "dead_letters" })
            {
                Assert.Equal(0, await connection.ExecuteScalarAsync<long>($"SELECT COUNT(*) FROM {table} WHERE chat_id = @chat", new { chat }));
            }

            var left = await connection.QuerySingleAsync<string>("SELECT payload FROM outbox WHERE chat_id = @chat", new { chat });
            Assert.Contains("everything about you is deleted", left);
        }

        await using var second = BotProcess.Start(await EnvironmentAsync());
        await Telegram.WaitUntilAsync(f => f.TextsTo(chat).Any(t => t.Contains("everything about you is deleted", StringComparison.Ordinal)), Patience, "the confirmation");
        await using var after = await StateOnFile.ConnectAsync(Folder.File("bot.db"));
        await Eventually.HoldsAsync(
            async () => await after.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM outbox WHERE chat_id = @chat", new { chat }) == 0,
            Patience,
            "the confirmation's row to go once it is sent");
    }

    [EngineFact]
    public async Task A_rejected_token_stops_the_bot_with_one_clear_line_and_a_failure_exit_code()
    {
        var environment = await EnvironmentAsync();
        environment["Telegram__BotToken"] = "999:rejected-token-value";

        await using var bot = BotProcess.Start(environment);
        var exitCode = await bot.WaitForExitAsync(Patience);

        Assert.NotEqual(0, exitCode);
        Assert.Contains("The bot token was rejected (401)", bot.Output);
        Assert.DoesNotContain("rejected-token-value", bot.Output);
    }

    [EngineFact]
    public async Task A_second_instance_polling_the_same_bot_is_told_apart_clearly()
    {
        await using var first = BotProcess.Start(await EnvironmentAsync());
        await Telegram.WaitUntilAsync(f => f.Requests.Any(r => r.Method == "setMyCommands"), Patience, "the first instance");
        var secondEnvironment = await EnvironmentAsync("second.db");

        await using var second = BotProcess.Start(secondEnvironment);

        await Eventually.HoldsAsync(
            () => Task.FromResult((first.Output + second.Output).Contains("another instance is polling", StringComparison.Ordinal)),
            Patience,
            "the 409 explanation");
    }

    /// <summary>The bot's settings as environment variables, on the state database <paramref name="file"/> stands for.</summary>
    private async Task<Dictionary<string, string>> EnvironmentAsync(string file = "bot.db")
    {
        var environment = new Dictionary<string, string>((await TestDatabases.ForFileAsync(Folder.File(file))).Environment)
        {
            ["Telegram__BotToken"] = Telegram.Token,
            ["Telegram__ApiBaseUrl"] = Telegram.BaseUrl,
            ["Telegram__PollTimeout"] = "00:00:05",
            ["Telegram__PollRetryDelay"] = "00:00:00.100",
            ["Delivery__PrivateChatPerSecond"] = "1000",
            ["Delivery__PrivateChatBurst"] = "1000",
            ["Delivery__GlobalPerSecond"] = "1000",
        };
        return environment;
    }
}
