using HipBand.Testing.Engines;
using HipBand.Bot.Tests.Support;
using HipBand.Testing;
using Microsoft.Extensions.Logging;

namespace HipBand.Bot.Tests.Telegram;

/// <summary>The token is part of every Bot API URL: no log line, at any level, may hold it.</summary>
public sealed class TokenSecrecyTests : FakeTelegramTest
{
    [EngineFact]
    public async Task At_trace_level_with_every_kind_of_failure_no_log_line_holds_the_token()
    {
        const long chat = 1002;
        Telegram.FailNext("getUpdates", 1, 500, "Internal Server Error");
        Telegram.FailNext("sendMessage", 1, 502, "Bad Gateway", chatId: chat);
        Telegram.FailNext("sendMessage", 1, 429, "Too Many Requests: retry after 1", retryAfter: 1, chatId: chat);
        Telegram.FailNext("sendMessage", 1, 400, "Bad Request: chat not found", chatId: chat);
        await using (var bot = await RunningBot.StartAsync(Telegram, Folder.File("bot.db"), logLevel: LogLevel.Trace))
        {
            Telegram.UserSends(chat, "/start");
            Telegram.UserSends(chat, "/help");
            Telegram.UserSends(chat, "/stats");
            await Telegram.WaitForMessagesAsync(chat, 2, Patience);

            var secret = Telegram.Token.Split(':')[1];
            Assert.Contains(bot.Logs.Lines, l => l.Contains("Bad Gateway", StringComparison.Ordinal));
            Assert.Contains(bot.Logs.Lines, l => l.Contains("chat not found", StringComparison.Ordinal));
            Assert.DoesNotContain(bot.Logs.Lines, l => l.Contains(secret, StringComparison.Ordinal));
        }

        // And when the server cannot be reached at all.
        await using var unreachable = await RunningBot.StartAsync(Telegram, Folder.File("other.db"), new Dictionary<string, string?> { ["Telegram:ApiBaseUrl"] = "http://127.0.0.1:9" }, logLevel: LogLevel.Trace);
        await Eventually.HoldsAsync(() => Task.FromResult(unreachable.Logs.Lines.Any(l => l.Contains("not reachable", StringComparison.Ordinal))), Patience, "an unreachable server to be logged");
        Assert.DoesNotContain(unreachable.Logs.Lines, l => l.Contains(Telegram.Token.Split(':')[1], StringComparison.Ordinal));
    }
}
