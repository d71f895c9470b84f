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
    /// Brings a conversation stored by an earlier schema version to the current one, or says it cannot, one version at a
    /// time. Version 1 stored the announcements of level changes as English sentences: each is kept as written, shown
    /// once as it was. Version 2 kept one pain report and a flag to ask about it: an asked-about report becomes the open
    /// one, and its place ("lower back") the name of a body part.
    /// </summary>
    public static bool TryMigrate(long version, string json, out string migrated)
    {
        migrated = json;
        if (version == Dialog.Conversation.CurrentSchemaVersion)
        {
            return true;
        }

        if (version is < 1 or > Dialog.Conversation.CurrentSchemaVersion)
        {
            return false;
        }

        try
        {
            if (JsonNode.Parse(json) is not JsonObject root)
            {
                return false;
            }

            if (version == 1 && root["memory"] is JsonObject memory1 && memory1["announcements"] is JsonArray sentences)
            {
                memory1["announcements"] = new JsonArray([.. sentences.Select(sentence => (JsonNode)new JsonObject
                {
                    ["exerciseId"] = "",
                    ["kind"] = "Written",
                    ["written"] = sentence?.GetValue<string>() ?? "",
                })]);
            }

            if (root["memory"] is JsonObject memory)
            {
                PainOfVersion2(memory);
            }

            root["schemaVersion"] = Dialog.Conversation.CurrentSchemaVersion;
            migrated = root.ToJsonString();
            return true;
        }
        catch (Exception error) when (error is JsonException or InvalidOperationException or FormatException)
        {
            return false;
        }
    }

    private static void PainOfVersion2(JsonObject memory)
    {
        var asked = memory["checkPainFirst"]?.GetValue<bool>() ?? false;
        memory.Remove("checkPainFirst");
        if (memory["lastPain"] is not JsonObject last)
        {
            memory.Remove("lastPain");
            return;
        }

        memory.Remove("lastPain");
        if (last["where"]?.GetValue<string>() is { } where)
        {
            last["where"] = PartOf(where)?.ToString();
        }

        memory["painReports"] = new JsonArray(last.DeepClone());
        if (asked)
        {
            memory["openPain"] = last;
        }
    }

    /// <summary>The places version 2 wrote, in English, as body parts.</summary>
    private static Safety.BodyPart? PartOf(string where) => where switch
    {
        "outside of the hip" => Safety.BodyPart.OuterHip,
        "lower back" => Safety.BodyPart.LowerBack,
        "knee" or "knees" => Safety.BodyPart.Knee,
        "hip" or "hips" => Safety.BodyPart.Hip,
        "ankle" or "ankles" => Safety.BodyPart.Ankle,
        "foot" or "feet" => Safety.BodyPart.Foot,
        "glute" or "glutes" or "buttock" or "bum" or "butt" => Safety.BodyPart.Glute,
        "hamstring" or "hamstrings" => Safety.BodyPart.Hamstring,
        "thigh" or "thighs" => Safety.BodyPart.Thigh,
        "leg" or "legs" => Safety.BodyPart.Leg,
        _ => Enum.TryParse<Safety.BodyPart>(where, ignoreCase: true, out var part) ? part : Safety.BodyPart.Other,
    };

    public static string WriteBands(IReadOnlyList<string> bands) => JsonSerializer.Serialize(bands, Default.IReadOnlyListString);

    public static IReadOnlyList<string> ReadBands(string json) => JsonSerializer.Deserialize(json, Default.IReadOnlyListString) ?? [];
}
