using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace HipBand.Bot.Telegram.Api;

/// <summary>
/// The Bot API's JSON as Telegram.Bot reads and writes it (<see cref="JsonBotAPI.Options"/>), through build-time
/// metadata in every build: the package's own (<see cref="JsonBotSerializerContext"/>) and ours for the results of
/// <see cref="PreparedRequest{TResult}"/>. A native build has no reflection to read types by, and this way the tests
/// run the serializer it runs. <see cref="Register"/> comes before the first request.
/// </summary>
internal static partial class BotApiJson
{
    /// <summary>The package's options, with the metadata put in once (the type's initialisation), before first use.</summary>
    public static JsonSerializerOptions Options { get; } = Registered();

    /// <summary>As <see cref="Options"/>, with emoji and other text kept readable: how outbox rows store requests.</summary>
    public static JsonSerializerOptions Readable { get; } = new(Options) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Makes sure the metadata is in before the client's first request.</summary>
    public static void Register() => _ = Options;

    private static JsonSerializerOptions Registered()
    {
        var options = JsonBotAPI.Options;
        if (options.IsReadOnly)
        {
            // Used before this ran. Under the JIT the options read by reflection and still work; a native build
            // would fail at every send and getUpdates, so it stops here, at start, saying why.
            return JsonSerializer.IsReflectionEnabledByDefault
                ? options
                : throw new InvalidOperationException("Telegram.Bot's JSON options were used before BotApiJson.Register: the native build cannot read prepared results.");
        }

        if (!options.TypeInfoResolverChain.Contains(JsonBotSerializerContext.Default))
        {
            options.TypeInfoResolverChain.Add(JsonBotSerializerContext.Default);
        }

        options.TypeInfoResolverChain.Add(PreparedResults.Default);
        return options;
    }

    /// <summary>The responses Telegram.Bot reads for our prepared requests.</summary>
    [JsonSerializable(typeof(ApiResponse<JsonElement[]>))]
    [JsonSerializable(typeof(ApiResponse<ReadPastResult>))]
    private sealed partial class PreparedResults : JsonSerializerContext;
}
