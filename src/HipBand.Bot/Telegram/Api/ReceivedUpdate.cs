using System.Text.Json;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace HipBand.Bot.Telegram.Api;

/// <summary>An update as it came: its id, the JSON Telegram sent, and the update as Telegram.Bot reads it (null if it cannot).</summary>
internal sealed record ReceivedUpdate(long Id, string Json, Update? Update)
{
    public static ReceivedUpdate Read(JsonElement element)
    {
        var json = element.GetRawText();
        var id = element.TryGetProperty("update_id", out var updateId) && updateId.TryGetInt64(out var value) ? value : 0;
        return new ReceivedUpdate(id, json, Parse(json));
    }

    /// <summary>The update as the package reads it; null for one of a shape it cannot read (a kind newer than it).</summary>
    public static Update? Parse(string json)
    {
        try
        {
            return (Update?)JsonSerializer.Deserialize(json, BotApiJson.Options.GetTypeInfo(typeof(Update)));
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
