using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace HipBand.Bot.Telegram.BotApi;

/// <summary>A thin, typed Bot API client over HttpClient. Every failure is a <see cref="BotApiException"/> without the token.</summary>
internal sealed class BotApiClient : IDisposable
{
    private static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(30);

    /// <summary>The updates this bot handles; others are never sent to it.</summary>
    public static readonly IReadOnlyList<string> AllowedUpdates = ["message", "edited_message", "callback_query", "my_chat_member"];

    private readonly HttpClient http;
    private readonly string token;
    private readonly Action<string>? onUnexpectedResult;

    /// <param name="options">Where the Bot API is, and the token.</param>
    /// <param name="onUnexpectedResult">Told the method of a call that succeeded with a result we could not read.</param>
    public BotApiClient(TelegramOptions options, Action<string>? onUnexpectedResult = null)
    {
        token = options.BotToken;
        this.onUnexpectedResult = onUnexpectedResult;
        var handler = new SocketsHttpHandler
        {
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            MaxConnectionsPerServer = options.MaxConnections,
        };
        http = new HttpClient(handler)
        {
            BaseAddress = new Uri($"{options.ApiBaseUrl.TrimEnd('/')}/bot{token}/"),
            Timeout = Timeout.InfiniteTimeSpan,
        };
    }

    public Task<User> GetMeAsync(CancellationToken cancellationToken) =>
        CallAsync("getMe", "{}"u8.ToArray(), BotApiJson.Default.ApiResponseUser, RequestTimeout, cancellationToken);

    public Task<IReadOnlyList<Update>> GetUpdatesAsync(long offset, TimeSpan wait, int limit, CancellationToken cancellationToken)
    {
        var request = new GetUpdatesRequest(offset, limit, (int)wait.TotalSeconds, AllowedUpdates);
        return CallAsync(
            "getUpdates",
            JsonSerializer.SerializeToUtf8Bytes(request, BotApiJson.Default.GetUpdatesRequest),
            BotApiJson.Default.ApiResponseIReadOnlyListUpdate,
            wait + RequestTimeout,
            cancellationToken);
    }

    public Task<bool> DeleteWebhookAsync(CancellationToken cancellationToken) =>
        CallAsync("deleteWebhook", JsonSerializer.SerializeToUtf8Bytes(new DeleteWebhookRequest(false), BotApiJson.Default.DeleteWebhookRequest), BotApiJson.Default.ApiResponseBoolean, RequestTimeout, cancellationToken);

    public Task<bool> SetMyCommandsAsync(IReadOnlyList<BotCommand> commands, CancellationToken cancellationToken) =>
        CallAsync("setMyCommands", JsonSerializer.SerializeToUtf8Bytes(new SetMyCommandsRequest(commands), BotApiJson.Wire.SetMyCommandsRequest), BotApiJson.Default.ApiResponseBoolean, RequestTimeout, cancellationToken);

    public Task<Message> SendMessageAsync(SendMessageRequest request, CancellationToken cancellationToken) =>
        CallAsync("sendMessage", JsonSerializer.SerializeToUtf8Bytes(request, BotApiJson.Wire.SendMessageRequest), BotApiJson.Default.ApiResponseMessage, RequestTimeout, cancellationToken);

    /// <summary>Sends a request stored as JSON (the outbox). The result is not needed, so it is not read into objects.</summary>
    public Task SendRawAsync(string method, string payload, CancellationToken cancellationToken)
    {
        if (method == "sendDocument")
        {
            var document = JsonSerializer.Deserialize(payload, BotApiJson.Default.DocumentRequest)!;
            return SendDocumentAsync(document.ChatId, document.FileName, Encoding.UTF8.GetBytes(document.Content), document.Caption, cancellationToken);
        }

        return CallAsync(method, Encoding.UTF8.GetBytes(payload), BotApiJson.Default.ApiResponseIgnoredResult, RequestTimeout, cancellationToken);
    }

    /// <summary>Uploads a file as a document (multipart/form-data).</summary>
    public async Task SendDocumentAsync(long chatId, string fileName, ReadOnlyMemory<byte> content, string? caption, CancellationToken cancellationToken)
    {
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(chatId.ToString(System.Globalization.CultureInfo.InvariantCulture)), "chat_id");
        if (caption is not null)
        {
            form.Add(new StringContent(caption), "caption");
        }

        var file = new ReadOnlyMemoryContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "document", fileName);
        await SendAsync("sendDocument", form, BotApiJson.Default.ApiResponseIgnoredResult, RequestTimeout, cancellationToken).ConfigureAwait(false);
    }

    public void Dispose() => http.Dispose();

    private async Task<T> CallAsync<T>(string method, byte[] body, JsonTypeInfo<ApiResponse<T>> type, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return await SendAsync(method, content, type, timeout, cancellationToken).ConfigureAwait(false);
    }

    private async Task<T> SendAsync<T>(string method, HttpContent content, JsonTypeInfo<ApiResponse<T>> type, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        try
        {
            using var response = await http.PostAsync(method, content, deadline.Token).ConfigureAwait(false);
            var code = (int)response.StatusCode;
            var body = await response.Content.ReadAsByteArrayAsync(deadline.Token).ConfigureAwait(false);
            ApiResponse<T>? parsed;
            try
            {
                parsed = JsonSerializer.Deserialize(body, type);
            }
            catch (JsonException)
            {
                parsed = null; // a proxy's HTML error page, say, or a result of a shape we do not expect
            }

            if (parsed is { Ok: true, Result: { } result })
            {
                return result;
            }

            if (parsed is { Ok: true } || SaysOk(body))
            {
                // Telegram did it. Sending it again would do it twice (a second message), so this is never a failure
                // to retry: a caller that ignores the result has succeeded; one that needs it cannot have it.
                onUnexpectedResult?.Invoke(method);
                if (IgnoredResult.Instance is T ignored)
                {
                    return ignored;
                }

                throw new BotApiException(method, BotApiFailure.UnreadableResult, 0, "succeeded, but its result could not be read");
            }

            var errorCode = parsed?.ErrorCode ?? (response.IsSuccessStatusCode ? 500 : code);
            var description = Redact(parsed?.Description ?? response.ReasonPhrase ?? "no description");
            var retryAfter = parsed?.Parameters?.RetryAfter is { } seconds ? TimeSpan.FromSeconds(seconds) : (TimeSpan?)null;
            throw new BotApiException(method, BotApiException.Classify(errorCode), errorCode, description, retryAfter);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new BotApiException(method, BotApiFailure.Network, 0, "timed out");
        }
        catch (HttpRequestException error)
        {
            throw new BotApiException(method, BotApiFailure.Network, 0, Redact(error.Message));
        }
    }

    private string Redact(string text) => TokenRedaction.Redact(text, token);

    /// <summary>Whether a body that did not read as the expected response still says <c>"ok": true</c>.</summary>
    private static bool SaysOk(byte[] body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("ok", out var ok)
                && ok.ValueKind == JsonValueKind.True;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
