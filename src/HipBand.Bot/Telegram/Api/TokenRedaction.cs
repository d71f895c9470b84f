namespace HipBand.Bot.Telegram.Api;

/// <summary>The token is part of every Bot API URL; anything that might reach a log goes through here first.</summary>
internal static class TokenRedaction
{
    public const string Placeholder = "<redacted>";

    public static string Redact(string text, string token) =>
        token.Length == 0 ? text : text.Replace(token, Placeholder, StringComparison.Ordinal);
}
