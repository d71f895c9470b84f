using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

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

    /// <summary>
    /// Brings a conversation stored by an earlier schema version to the current one, or says it cannot. Version 1
    /// stored the announcements of level changes as English sentences: each is kept as written, shown once as it was.
    /// </summary>
    public static bool TryMigrate(long version, string json, out string migrated)
    {
        migrated = json;
        if (version == Dialog.Conversation.CurrentSchemaVersion)
        {
            return true;
        }

        if (version != 1)
        {
            return false;
        }

        try
        {
            var root = JsonNode.Parse(json) as JsonObject;
            if (root is null)
            {
                return false;
            }

            if (root["memory"] is JsonObject memory && memory["announcements"] is JsonArray sentences)
            {
                memory["announcements"] = new JsonArray([.. sentences.Select(sentence => (JsonNode)new JsonObject
                {
                    ["exerciseId"] = "",
                    ["kind"] = "Written",
                    ["written"] = sentence?.GetValue<string>() ?? "",
                })]);
            }

            root["schemaVersion"] = Dialog.Conversation.CurrentSchemaVersion;
            migrated = root.ToJsonString();
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    public static string WriteBands(IReadOnlyList<string> bands) => JsonSerializer.Serialize(bands, Default.IReadOnlyListString);

    public static IReadOnlyList<string> ReadBands(string json) => JsonSerializer.Deserialize(json, Default.IReadOnlyListString) ?? [];
}
