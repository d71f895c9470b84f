using System.Text.Json;

namespace HipBand.Bot.Telegram.Api;

/// <summary>
/// The HTTP handler between Telegram.Bot and the network. It buffers each request body, so that it goes out with a
/// length (with its own retrying off, the package streams JSON chunked, which some Bot API servers refuse), and it
/// reads whether the answer said <c>"ok": true</c> before the package parses it: a success whose result the package
/// cannot read must still count as done, never be sent again (<see cref="BotCall"/>).
/// </summary>
internal sealed class AnswerInspector(HttpMessageHandler inner, BotApiActivity? activity = null) : DelegatingHandler(inner)
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Content is { } content && content.Headers.ContentLength is null)
        {
            await content.LoadIntoBufferAsync(cancellationToken).ConfigureAwait(false);
        }

        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (BotCall.Current is { } call)
        {
            var body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
            call.SaidOk = SaysOk(body);
            if (call.SaidOk)
            {
                activity?.Succeeded();
            }

            var buffered = new ByteArrayContent(body);
            foreach (var (name, values) in response.Content.Headers)
            {
                buffered.Headers.TryAddWithoutValidation(name, values);
            }

            response.Content.Dispose();
            response.Content = buffered;
        }

        return response;
    }

    /// <summary>Whether a body is a JSON object whose <c>ok</c> is true; reads no further than it must.</summary>
    private static bool SaysOk(byte[] body)
    {
        try
        {
            var reader = new Utf8JsonReader(body);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return false;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("ok"u8))
                {
                    return reader.Read() && reader.TokenType == JsonTokenType.True;
                }

                reader.Read();
                reader.Skip();
            }
        }
        catch (JsonException)
        {
            // Not JSON (a proxy's error page): not a success.
        }

        return false;
    }
}
