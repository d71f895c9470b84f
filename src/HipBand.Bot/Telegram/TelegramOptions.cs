namespace HipBand.Bot.Telegram;

/// <summary>How to reach the Bot API. Section "Telegram".</summary>
public sealed class TelegramOptions
{
    public const string Section = "Telegram";

    /// <summary>From @BotFather; also read from the environment as Telegram__BotToken. Never logged.</summary>
    public string BotToken { get; set; } = "";

    /// <summary>Any server speaking the Bot API.</summary>
    public string ApiBaseUrl { get; set; } = "https://api.telegram.org";

    /// <summary>How long one getUpdates call waits for updates (Telegram allows up to 50 s).</summary>
    public TimeSpan PollTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How many chats are handled at once; one chat's updates are always handled one after another.</summary>
    public int MaxConcurrentChats { get; set; } = 64;

    /// <summary>Connections to the Bot API at most; each costs buffers, and more do not make Telegram faster.</summary>
    public int MaxConnections { get; set; } = 64;

    /// <summary>Wait after a failed poll, doubled on each failure in a row up to a minute.</summary>
    public TimeSpan PollRetryDelay { get; set; } = TimeSpan.FromSeconds(1);
}
