using System.Text.Json;
using System.Text.Json.Serialization;
using HipBand.Coaching.Dialog;

namespace HipBand.Coaching.Storage;

/// <summary>The conversation as stored: compact JSON, enums by name so a reordered enum never misreads.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UseStringEnumConverter = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(Conversation))]
[JsonSerializable(typeof(IReadOnlyList<string>))]
internal sealed partial class ConversationJson : JsonSerializerContext
{
    public static string Write(Conversation conversation) => JsonSerializer.Serialize(conversation, Default.Conversation);

    public static Conversation Read(string json) =>
        JsonSerializer.Deserialize(json, Default.Conversation) ?? throw new JsonException("The stored conversation was null.");

    public static string WriteBands(IReadOnlyList<string> bands) => JsonSerializer.Serialize(bands, Default.IReadOnlyListString);

    public static IReadOnlyList<string> ReadBands(string json) => JsonSerializer.Deserialize(json, Default.IReadOnlyListString) ?? [];
}
