using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Telegram.Bot.Requests;

namespace HipBand.Bot.Telegram.Api;

/// <summary>
/// A request of Telegram.Bot's own types, serialized once (when its turn was committed, for an outbox row), sent as
/// those bytes through the package's pipeline: nothing is parsed and written again for each attempt. The result is
/// read as <typeparamref name="TResult"/>: read past (<see cref="ReadPastResult"/>) when the sender does not need it,
/// or kept as the JSON Telegram sent (getUpdates, whose updates are stored as they came).
/// </summary>
internal sealed class PreparedRequest<TResult>(string method, string payload) : RequestBase<TResult>(method)
{
    private static readonly MediaTypeHeaderValue Json = new("application/json") { CharSet = "utf-8" };

    public override HttpContent ToHttpContent()
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(payload));
        content.Headers.ContentType = Json;
        return content;
    }
}

/// <summary>Any result Telegram sends back (a message, true, or something newer), read past without keeping it.</summary>
[JsonConverter(typeof(ReadPastConverter))]
internal sealed class ReadPastResult
{
    public static readonly ReadPastResult Instance = new();

    internal sealed class ReadPastConverter : JsonConverter<ReadPastResult>
    {
        public override bool HandleNull => true;

        public override ReadPastResult Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            reader.Skip();
            return Instance;
        }

        public override void Write(Utf8JsonWriter writer, ReadPastResult value, JsonSerializerOptions options) => writer.WriteNullValue();
    }
}
