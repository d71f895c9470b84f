namespace HipBand.Bot.Telegram.Webhook;

/// <summary>Webhook mode, instead of long polling, when <see cref="Url"/> is set. Section "Telegram:Webhook".</summary>
public sealed class WebhookOptions
{
    public const string Section = "Telegram:Webhook";

    /// <summary>The public HTTPS address Telegram posts updates to (a TLS proxy in front of the bot); empty: long polling.</summary>
    public string Url { get; set; } = "";

    /// <summary>Sent by Telegram in every request's X-Telegram-Bot-Api-Secret-Token header: 1-256 of A-Z, a-z, 0-9, _ and -.</summary>
    public string SecretToken { get; set; } = "";

    /// <summary>How many connections Telegram opens to the webhook at once (1-100).</summary>
    public int MaxConnections { get; set; } = 40;

    public bool Enabled => !string.IsNullOrWhiteSpace(Url);
}
