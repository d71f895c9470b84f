using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using HipBand.Bot.Telegram.Api;
using HipBand.Coaching.Storage;

namespace HipBand.Bot.Telegram;

/// <summary>
/// The celebration a reply marked <c>Celebrate</c> gets on Telegram: a message effect, in private chats only (the Bot
/// API allows effects nowhere else). The Bot API documents no list of effect ids, so an id may stop being accepted:
/// a 400 about the effect sends the same message again without it, never losing it.
/// </summary>
internal static class MessageEffects
{
    /// <summary>
    /// The 🎉 (confetti) effect: the id Telegram's apps list for it among the free effects (the client API's
    /// messages.getAvailableEffects); the Bot API itself publishes none.
    /// </summary>
    public const string Celebration = "5046509860389126442";

    private const string Field = "message_effect_id";

    private static readonly JsonSerializerOptions Storage = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>A private chat's id is the person's user id, which is positive; groups, supergroups and channels are negative.</summary>
    public static bool IsPrivate(long chatId) => chatId > 0;

    /// <summary>The effect for a reply to this chat, or null.</summary>
    public static string? For(long chatId, bool celebrate) => celebrate && IsPrivate(chatId) ? Celebration : null;

    /// <summary>Telegram refused the message because of its effect (an unknown id, say): it is worth sending without it.</summary>
    public static bool Refused(BotApiException error, PendingMessage message) =>
        error.Failure == BotApiFailure.BadRequest
        && error.Description.Contains("effect", StringComparison.OrdinalIgnoreCase)
        && message.Method == "sendMessage"
        && JsonNode.Parse(message.Payload) is JsonObject body && body.ContainsKey(Field);

    /// <summary>The same message without its effect (the stored row keeps it; a resend after a crash is refused the same way).</summary>
    public static PendingMessage Without(PendingMessage message)
    {
        var body = (JsonObject)JsonNode.Parse(message.Payload)!;
        body.Remove(Field);
        return message with { Payload = body.ToJsonString(Storage) };
    }
}
