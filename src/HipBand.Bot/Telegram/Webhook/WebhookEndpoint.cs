using System.Text.Json;
using HipBand.Bot.Inbox;
using HipBand.Bot.Telegram.Api;
using HipBand.Coaching.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace HipBand.Bot.Telegram.Webhook;

/// <summary>
/// Where Telegram posts updates. Only a request with the secret header, a JSON body of sane size and the shape of an
/// Update gets in; it is stored through the one door (<see cref="UpdateDoor"/>) and answered 200 only once the
/// inbox has committed it, so a crash after the 200 loses nothing and a redelivery (of an update waiting or applied)
/// changes nothing. Applying happens behind the door, per chat in order: this endpoint only stores, so any instance
/// may take any update.
/// </summary>
internal sealed partial class WebhookEndpoint(
    UpdateDoor door, ButtonPresses presses, WebhookReceiver receiver, IOptions<WebhookOptions> options, TimeProvider clock, ILogger<WebhookEndpoint> logger)
{
    /// <summary>An update is a few kilobytes; a megabyte leaves room for any Telegram sends and none for abuse.</summary>
    public const int MaxBodyBytes = 1 << 20;

    /// <summary>How long a request may wait for the door to open at start-up before Telegram is told to come back.</summary>
    private static readonly TimeSpan OpenPatience = TimeSpan.FromSeconds(10);

    private readonly WebhookSecret secret = new(options.Value.SecretToken);

    public async Task HandleAsync(HttpContext context)
    {
        var (status, update) = await ReadAsync(context.Request, context.RequestAborted).ConfigureAwait(false);
        if (update is null)
        {
            context.Response.StatusCode = status;
            return;
        }

        try
        {
            await receiver.Open.WaitAsync(OpenPatience, clock, context.RequestAborted).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return;
        }

        IReadOnlyList<InboxUpdate> stored;
        try
        {
            // Not cancelled by the caller going away: once begun, the commit finishes, and a redelivery finds it.
            stored = await door.AcceptAsync([update], offset: null, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            LogNotStored(logger, update.Id, error);
            context.Response.StatusCode = StatusCodes.Status500InternalServerError;
            return;
        }

        if (stored.Count > 0)
        {
            presses.Answer([update]);
        }

        context.Response.StatusCode = StatusCodes.Status200OK;
    }

    /// <summary>The update, or why the request is refused (and null).</summary>
    private async Task<(int Status, ReceivedUpdate? Update)> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var presented = request.Headers[WebhookSecret.Header];
        if (presented.Count == 0)
        {
            return Refuse(StatusCodes.Status401Unauthorized, "no secret token");
        }

        if (presented.Count > 1 || !secret.Matches(presented[0] ?? ""))
        {
            return Refuse(StatusCodes.Status403Forbidden, "wrong secret token");
        }

        if (request.ContentLength > MaxBodyBytes)
        {
            return Refuse(StatusCodes.Status413PayloadTooLarge, "body too large");
        }

        if (!request.HasJsonContentType())
        {
            return Refuse(StatusCodes.Status415UnsupportedMediaType, "not JSON");
        }

        byte[]? body;
        try
        {
            body = await ReadBodyAsync(request.Body, cancellationToken).ConfigureAwait(false);
        }
        catch (BadHttpRequestException error)
        {
            return Refuse(error.StatusCode, "unreadable body");
        }

        if (body is null)
        {
            return Refuse(StatusCodes.Status413PayloadTooLarge, "body too large");
        }

        return Parse(body) is { } update ? (StatusCodes.Status200OK, update) : Refuse(StatusCodes.Status400BadRequest, "not an Update");
    }

    /// <summary>
    /// An Update is a JSON object with a positive update_id and something besides. One of a kind Telegram.Bot cannot
    /// read yet is still an Update: stored and recorded as applied, like polling does, so that Telegram does not retry it.
    /// </summary>
    private static ReceivedUpdate? Parse(byte[] body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            var isUpdate = root.ValueKind == JsonValueKind.Object
                && root.TryGetProperty("update_id", out var id) && id.ValueKind == JsonValueKind.Number && id.TryGetInt64(out var value) && value > 0
                && root.EnumerateObject().Any(p => p.Name != "update_id");
            return isUpdate ? ReceivedUpdate.Read(root) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static async Task<byte[]?> ReadBodyAsync(Stream body, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private (int, ReceivedUpdate?) Refuse(int status, string reason)
    {
        LogRefused(logger, status, reason);
        return (status, null);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Webhook request refused with {Status}: {Reason}")]
    private static partial void LogRefused(ILogger logger, int status, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Update {UpdateId} from the webhook could not be stored; answered 500, Telegram will send it again")]
    private static partial void LogNotStored(ILogger logger, long updateId, Exception error);
}
