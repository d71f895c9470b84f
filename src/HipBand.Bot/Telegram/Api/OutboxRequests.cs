using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using HipBand.Coaching.Storage;
using Telegram.Bot;
using Telegram.Bot.Requests;
using Telegram.Bot.Types;

namespace HipBand.Bot.Telegram.Api;

/// <summary>
/// Bot API requests as outbox rows: Telegram.Bot's own request types in the Bot API's JSON (emoji and other text
/// kept readable), named by their method. Files to upload are the exception: a document stored as its name, text and
/// caption, a photo as its name, bytes (base64) and caption, each opened afresh for every attempt (the package
/// disposes the stream it is given).
/// </summary>
internal static partial class OutboxRequests
{
    public const string SendDocument = "sendDocument";
    public const string SendPhoto = "sendPhoto";

    private static JsonSerializerOptions Storage => BotApiJson.Readable;

    /// <summary>Our own records, in the shape the outbox has always stored them.</summary>
    private static readonly StoredFiles DocumentStorage = new(new JsonSerializerOptions(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    public static OutboxMessage Row<TResponse>(long chatId, RequestBase<TResponse> request) =>
        new(chatId, request.MethodName, JsonSerializer.Serialize(request, Storage.GetTypeInfo(request.GetType())));

    public static OutboxMessage Document(long chatId, string fileName, string content, string caption) =>
        new(chatId, SendDocument, JsonSerializer.Serialize(new StoredDocument(chatId, fileName, content, caption), DocumentStorage.StoredDocument));

    public static OutboxMessage Photo(long chatId, string fileName, byte[] png, string caption) =>
        new(chatId, SendPhoto, JsonSerializer.Serialize(new StoredPhoto(chatId, fileName, Convert.ToBase64String(png), caption), DocumentStorage.StoredPhoto));

    public static T Read<T>(string payload) => (T)JsonSerializer.Deserialize(payload, Storage.GetTypeInfo(typeof(T)))!;

    /// <summary>The methods stored as JSON bodies, sent as they were stored.</summary>
    private static readonly HashSet<string> JsonMethods = ["sendMessage", "editMessageReplyMarkup", "editMessageText", "answerCallbackQuery"];

    /// <summary>Sends a stored request by its method; a method this release does not send is Telegram's 400 to us.</summary>
    public static async Task<object> SendAsync(ITelegramBotClient client, PendingMessage row, CancellationToken cancellationToken)
    {
        if (JsonMethods.Contains(row.Method))
        {
            return await client.SendRequest(new PreparedRequest<ReadPastResult>(row.Method, row.Payload), cancellationToken).ConfigureAwait(false);
        }

        return row.Method switch
        {
            SendDocument => await SendDocumentAsync(client, JsonSerializer.Deserialize(row.Payload, DocumentStorage.StoredDocument)!, cancellationToken).ConfigureAwait(false),
            SendPhoto => await SendPhotoAsync(client, JsonSerializer.Deserialize(row.Payload, DocumentStorage.StoredPhoto)!, cancellationToken).ConfigureAwait(false),
            _ => throw new BotApiException(row.Method, BotApiFailure.BadRequest, 400, "this release does not send " + row.Method),
        };
    }

    private static async Task<Message> SendDocumentAsync(ITelegramBotClient client, StoredDocument document, CancellationToken cancellationToken)
    {
        var file = InputFile.FromStream(new MemoryStream(Encoding.UTF8.GetBytes(document.Content)), document.FileName);
        return await client.SendDocument(document.ChatId, file, document.Caption, cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    private static async Task<Message> SendPhotoAsync(ITelegramBotClient client, StoredPhoto photo, CancellationToken cancellationToken)
    {
        var file = InputFile.FromStream(new MemoryStream(Convert.FromBase64String(photo.Png)), photo.FileName);
        return await client.SendPhoto(photo.ChatId, file, photo.Caption, cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A picture to send, as the outbox keeps it: the PNG's bytes in base64.</summary>
    internal sealed record StoredPhoto(long ChatId, string FileName, string Png, string Caption);

    /// <summary>A file to send, as the outbox keeps it.</summary>
    internal sealed record StoredDocument(long ChatId, string FileName, string Content, string Caption);

    /// <summary>The stored files' JSON, generated at build time (a native build has no reflection to read records by).</summary>
    [JsonSerializable(typeof(StoredDocument))]
    [JsonSerializable(typeof(StoredPhoto))]
    internal sealed partial class StoredFiles : JsonSerializerContext;
}
