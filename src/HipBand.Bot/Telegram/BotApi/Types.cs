using System.Text.Json;
using System.Text.Json.Serialization;

namespace HipBand.Bot.Telegram.BotApi;

// The subset of the Bot API's types this bot reads and writes; names follow the API (snake_case on the wire).

internal sealed record ApiResponse<T>(bool Ok, T? Result, int? ErrorCode, string? Description, ResponseParameters? Parameters);

internal sealed record ResponseParameters(int? RetryAfter, long? MigrateToChatId);

internal sealed record User(long Id, bool IsBot, string FirstName, string? Username);

internal sealed record Chat(long Id, string Type);

internal sealed record Message(
    long MessageId,
    Chat Chat,
    User? From,
    long Date,
    string? Text,
    InlineKeyboardMarkup? ReplyMarkup,
    JsonElement? Sticker,
    JsonElement? Photo,
    JsonElement? Voice,
    JsonElement? Video,
    JsonElement? VideoNote,
    JsonElement? Audio,
    JsonElement? Document,
    JsonElement? Animation,
    JsonElement? Location,
    JsonElement? Contact,
    JsonElement? Poll,
    JsonElement? Dice);

internal sealed record CallbackQuery(string Id, User From, Message? Message, string? Data);

internal sealed record ChatMember(string Status);

internal sealed record ChatMemberUpdated(Chat Chat, User From, ChatMember NewChatMember);

internal sealed record Update(long UpdateId, Message? Message, Message? EditedMessage, CallbackQuery? CallbackQuery, ChatMemberUpdated? MyChatMember);

internal sealed record InlineKeyboardButton(string Text, string CallbackData);

internal sealed record InlineKeyboardMarkup(IReadOnlyList<IReadOnlyList<InlineKeyboardButton>> InlineKeyboard);

internal sealed record LinkPreviewOptions(bool IsDisabled);

internal sealed record BotCommand(string Command, string Description);

internal sealed record GetUpdatesRequest(long Offset, int Limit, int Timeout, IReadOnlyList<string> AllowedUpdates);

internal sealed record SendMessageRequest(long ChatId, string Text, string? ParseMode, InlineKeyboardMarkup? ReplyMarkup, LinkPreviewOptions? LinkPreviewOptions);

internal sealed record EditMessageReplyMarkupRequest(long ChatId, long MessageId, InlineKeyboardMarkup? ReplyMarkup);

internal sealed record AnswerCallbackQueryRequest(string CallbackQueryId, string? Text);

internal sealed record SetMyCommandsRequest(IReadOnlyList<BotCommand> Commands);

internal sealed record DeleteWebhookRequest(bool DropPendingUpdates);

/// <summary>A document as stored in the outbox (not a Bot API body: sendDocument is multipart).</summary>
internal sealed record DocumentRequest(long ChatId, string FileName, string Content, string Caption);

/// <summary>Any result (a sent message's echo, or plain true), read past without keeping it.</summary>
[JsonConverter(typeof(IgnoredResultConverter))]
internal sealed record IgnoredResult
{
    public static readonly IgnoredResult Instance = new();
}

internal sealed class IgnoredResultConverter : JsonConverter<IgnoredResult>
{
    public override IgnoredResult Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        reader.Skip();
        return IgnoredResult.Instance;
    }

    public override void Write(Utf8JsonWriter writer, IgnoredResult value, JsonSerializerOptions options) => writer.WriteNullValue();
}
