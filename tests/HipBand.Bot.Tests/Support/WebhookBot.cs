using HipBand.Bot.Operations;
using HipBand.Testing;
using Microsoft.Extensions.Logging;

namespace HipBand.Bot.Tests.Support;

/// <summary>
/// The real host in webhook mode behind the fake Bot API: Telegram is told the public https URL, the bot listens on
/// a free port of 127.0.0.1, and the fake forwards its posts there, as a TLS proxy in front of the bot would.
/// </summary>
public static class WebhookBot
{
    public const string PublicUrl = "https://hipband.example/telegram/updates";
    public const string Secret = "s3cret_Webhook-token";

    public static readonly IReadOnlyDictionary<string, string?> Settings = new Dictionary<string, string?>
    {
        ["Telegram:Webhook:Url"] = PublicUrl,
        ["Telegram:Webhook:SecretToken"] = Secret,
        ["Telegram:Webhook:MaxConnections"] = "8",
        ["Http:Listen"] = "http://127.0.0.1:0",
    };

    public static async Task<RunningBot> StartAsync(
        FakeBotApi telegram, string databasePath, IReadOnlyDictionary<string, string?>? extra = null, TimeProvider? clock = null, LogLevel logLevel = LogLevel.Debug)
    {
        var settings = new Dictionary<string, string?>(Settings);
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        var bot = await RunningBot.StartAsync(telegram, databasePath, settings, clock, logLevel);
        telegram.ForwardWebhookTo(bot.Get<BotListener>().Addresses[0]);
        return bot;
    }

    /// <summary>Where the bot itself takes posts: the listener's address with the webhook's path.</summary>
    public static Uri Endpoint(RunningBot bot) => new(bot.Get<BotListener>().Addresses[0], new Uri(PublicUrl).AbsolutePath);
}
