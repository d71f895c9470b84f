using System.Text.Json.Nodes;

namespace HipBand.Testing;

/// <summary>A request the bot made, as the fake server received it.</summary>
public sealed record SentRequest(string Method, long ChatId, JsonObject Body, long? MessageId)
{
    /// <summary>When it arrived, on the server's clock.</summary>
    public DateTimeOffset At { get; init; }

    /// <summary>The body came chunked, without a length (some Bot API servers refuse that).</summary>
    public bool Chunked { get; init; }

    public string? Text => Body["text"]?.GetValue<string>();

    public IReadOnlyList<(string Text, string Data)> Buttons =>
        Body["reply_markup"]?["inline_keyboard"]?.AsArray()
            .SelectMany(row => row!.AsArray())
            .Select(b => (b!["text"]!.GetValue<string>(), b["callback_data"]!.GetValue<string>()))
            .ToList() ?? [];
}
