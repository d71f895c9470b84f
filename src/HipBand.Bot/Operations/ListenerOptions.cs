namespace HipBand.Bot.Operations;

/// <summary>The bot's own HTTP listener (webhook, health, metrics). Section "Http".</summary>
public sealed class ListenerOptions
{
    public const string Section = "Http";

    /// <summary>The webhook's address when none is set.</summary>
    public const string WebhookDefault = "http://127.0.0.1:8080";

    /// <summary>
    /// Where to listen, e.g. <c>http://127.0.0.1:8080</c> (several separated by <c>;</c>). Empty: no listener in polling
    /// mode, <see cref="WebhookDefault"/> in webhook mode.
    /// </summary>
    public string Listen { get; set; } = "";
}
