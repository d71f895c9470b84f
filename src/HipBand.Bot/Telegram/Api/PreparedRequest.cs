using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Telegram.Bot.Requests;

namespace HipBand.Bot.Telegram.Api;

/// <summary>
/// A request of Telegram.Bot's own types, serialized when its turn was committed (the outbox row), sent as those
/// bytes through the package's pipeline: nothing is parsed and written again for each attempt, and the result, which
/// the sender does not need, is read past rather than built into objects.
/// </summary>
internal sealed class PreparedRequest(string method, string payload) : RequestBase<ReadPastResult>(method)
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

    private sealed class ReadPastConverter : JsonConverter<ReadPastResult>
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
