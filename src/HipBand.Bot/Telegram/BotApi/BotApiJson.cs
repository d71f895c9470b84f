using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace HipBand.Bot.Telegram.BotApi;

/// <summary>Source-generated serialization of the Bot API types: snake_case, nulls left out.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ApiResponse<IgnoredResult>))]
[JsonSerializable(typeof(ApiResponse<User>))]
[JsonSerializable(typeof(ApiResponse<Message>))]
[JsonSerializable(typeof(ApiResponse<bool>))]
[JsonSerializable(typeof(ApiResponse<IReadOnlyList<Update>>))]
[JsonSerializable(typeof(GetUpdatesRequest))]
[JsonSerializable(typeof(SendMessageRequest))]
[JsonSerializable(typeof(EditMessageReplyMarkupRequest))]
[JsonSerializable(typeof(AnswerCallbackQueryRequest))]
[JsonSerializable(typeof(SetMyCommandsRequest))]
[JsonSerializable(typeof(DeleteWebhookRequest))]
[JsonSerializable(typeof(InlineKeyboardMarkup))]
[JsonSerializable(typeof(DocumentRequest))]
internal sealed partial class BotApiJson : JsonSerializerContext
{
    /// <summary>Writes emoji and other non-ASCII text as is (the default escapes it), keeping the outbox readable and small.</summary>
    /// <remarks>Built on first use: the generated <c>Default</c> may not be initialised yet when static fields are.</remarks>
    public static BotApiJson Wire => wire ??= new(new JsonSerializerOptions(Default.Options) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    private static BotApiJson? wire;
}
