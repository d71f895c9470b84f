using System.Net;
using System.Text.Json.Nodes;
using HipBand.Bot.Operations;

namespace HipBand.Bot.Tests.Support;

/// <summary>GETs to the bot's own listener, over real HTTP.</summary>
public static class Listener
{
    private static readonly HttpClient Http = new();

    public static readonly IReadOnlyDictionary<string, string?> On = new Dictionary<string, string?> { ["Http:Listen"] = "http://127.0.0.1:0" };

    public static async Task<(HttpStatusCode Status, string Body)> GetAsync(RunningBot bot, string path)
    {
        using var response = await Http.GetAsync(new Uri(bot.Get<BotListener>().Addresses[0], path));
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>The readiness report: its HTTP status and its JSON.</summary>
    public static async Task<(HttpStatusCode Status, JsonObject Report)> ReadyAsync(RunningBot bot)
    {
        var (status, body) = await GetAsync(bot, "/health/ready");
        return (status, JsonNode.Parse(body)!.AsObject());
    }

    public static string StatusOf(JsonObject report, string check) => report["checks"]![check]!["status"]!.GetValue<string>();
}
