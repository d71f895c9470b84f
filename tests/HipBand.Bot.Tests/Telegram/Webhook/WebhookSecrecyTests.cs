using HipBand.Bot.Tests.Support;
using Microsoft.Extensions.Logging;

namespace HipBand.Bot.Tests.Telegram.Webhook;

/// <summary>In webhook mode too, no log line holds the token, the webhook's secret, or what a person wrote.</summary>
public sealed class WebhookSecrecyTests : FakeTelegramTest
{
    [Fact]
    public async Task At_trace_level_neither_token_nor_secret_nor_message_text_reaches_a_log_and_chat_ids_do()
    {
        const long chat = 6401;
        const string words = "my-very-own-words-4711";

        // An operator may put the token in the webhook's path; a first setWebhook fails and is logged.
        var url = $"https://hipband.example/hook/{Telegram.Token}";
        Telegram.FailNext("setWebhook", 1, 502, "Bad Gateway");
        Telegram.FailNext("sendMessage", 1, 400, "Bad Request: chat not found", chatId: chat);
        await using var bot = await WebhookBot.StartAsync(
            Telegram, Folder.File("bot.db"), new Dictionary<string, string?> { ["Telegram:Webhook:Url"] = url }, logLevel: LogLevel.Trace);
        await Telegram.WaitUntilAsync(t => t.WebhookActive, Patience, "the webhook to be set on the second try");
        Telegram.UserSends(chat, "/start");
        Telegram.UserSends(chat, words);
        await Telegram.WaitForMessagesAsync(chat, 1, Patience);
        await Eventually.HoldsAsync(() => Task.FromResult(bot.Logs.Lines.Any(l => l.Contains("chat not found", StringComparison.Ordinal))), Patience, "the refused send to be logged");

        var lines = bot.Logs.Lines;
        Assert.Contains(lines, l => l.Contains("setWebhook failed", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("Webhook set at https://hipband.example/hook/<redacted>", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains(chat.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains(Telegram.Token.Split(':')[1], StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains(WebhookBot.Secret, StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains(words, StringComparison.Ordinal));
    }
}
