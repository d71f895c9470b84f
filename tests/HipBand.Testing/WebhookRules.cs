using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace HipBand.Testing;

/// <summary>What Telegram refuses in setWebhook (the text after "Bad Request: "); the secret token's words are ours.</summary>
public static partial class WebhookRules
{
    private static readonly int[] Ports = [443, 80, 88, 8443];

    public static string? Refuse(JsonObject body)
    {
        var url = Text(body, "url");
        if (string.IsNullOrEmpty(url))
        {
            return null; // an empty url removes the webhook
        }

        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps)
        {
            return "bad webhook: An HTTPS URL must be provided for webhook";
        }

        if (!Ports.Contains(uri.Port))
        {
            return "bad webhook: Webhook can be set up only on ports 80, 88, 443 or 8443";
        }

        if (Text(body, "secret_token") is { } secret && !Secret().IsMatch(secret))
        {
            return "secret token contains unallowed characters";
        }

        return Number(body, "max_connections") is { } connections && connections is < 1 or > 100 ? "max_connections must be 1-100" : null;
    }

    /// <summary>A parameter as text, whether it came in JSON or in a form.</summary>
    public static string? Text(JsonObject body, string key) => body[key]?.ToString();

    public static int? Number(JsonObject body, string key) =>
        body[key] is { } value && int.TryParse(value.ToString(), System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var number) ? number : null;

    [GeneratedRegex("^[A-Za-z0-9_-]{1,256}$")]
    private static partial Regex Secret();
}
