using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace HipBand.Bot.Telegram.Webhook;

/// <summary>The webhook's shared secret: what Telegram accepts as one, and the comparison with what a request presents.</summary>
internal sealed partial class WebhookSecret(string secret)
{
    public const string Header = "X-Telegram-Bot-Api-Secret-Token";

    // Both sides are hashed first, so that the comparison takes the same time whatever the length presented.
    private readonly byte[] expected = SHA256.HashData(Encoding.UTF8.GetBytes(secret));

    /// <summary>Telegram's own rule for secret_token.</summary>
    public static bool IsValid(string? secret) => secret is not null && Allowed().IsMatch(secret);

    /// <summary>Whether the presented value is the secret, in constant time.</summary>
    public bool Matches(string presented) =>
        CryptographicOperations.FixedTimeEquals(expected, SHA256.HashData(Encoding.UTF8.GetBytes(presented)));

    [GeneratedRegex("^[A-Za-z0-9_-]{1,256}$")]
    private static partial Regex Allowed();
}
