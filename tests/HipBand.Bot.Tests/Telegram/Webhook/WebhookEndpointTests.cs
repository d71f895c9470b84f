using System.Net;
using System.Text;
using Dapper;
using HipBand.Bot.Tests.Support;
using HipBand.Testing;
using Microsoft.Data.Sqlite;

namespace HipBand.Bot.Tests.Telegram.Webhook;

/// <summary>The webhook endpoint as anyone on the network meets it: over real HTTP, with right and wrong requests.</summary>
public sealed class WebhookEndpointTests : FakeTelegramTest
{
    private static readonly HttpClient Http = new();

    private string Database => Folder.File("bot.db");

    [Theory]
    [InlineData(null, HttpStatusCode.Unauthorized)]
    [InlineData("", HttpStatusCode.Forbidden)]
    [InlineData("s3cret_Webhook-tokeN", HttpStatusCode.Forbidden)]
    [InlineData("s3cret_Webhook-token-and-more", HttpStatusCode.Forbidden)]
    public async Task A_post_without_the_secret_is_refused_and_nothing_is_stored(string? secret, HttpStatusCode expected)
    {
        await using var bot = await WebhookBot.StartAsync(Telegram, Database);

        using var response = await PostAsync(bot, UpdateJson(7001, 5501, "/start"), secret);

        Assert.Equal(expected, response.StatusCode);
        Assert.False(await KnownAsync(7001));
        Assert.Empty(Telegram.SentTo(5501));
    }

    [Fact]
    public async Task Bodies_too_large_not_json_or_not_an_update_are_refused_and_nothing_is_stored()
    {
        await using var bot = await WebhookBot.StartAsync(Telegram, Database);
        var huge = UpdateJson(7002, 5502, new string('a', 1 << 20));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, (await PostAsync(bot, huge)).StatusCode);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, (await PostAsync(bot, huge, chunked: true)).StatusCode);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, (await PostAsync(bot, UpdateJson(7003, 5502, "/start"), contentType: "text/plain")).StatusCode);
        foreach (var garbage in new[] { "", "not json", "{\"update_id\": 7004", "[7004]", "\"update\"", "{\"hello\": 1}", "{\"update_id\": \"7004\", \"message\": {}}", "{\"update_id\": -5, \"message\": {}}", "{\"update_id\": 7004}" })
        {
            using var response = await PostAsync(bot, garbage);
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{garbage} got {response.StatusCode}");
        }

        Assert.False(await KnownAsync(7002));
        Assert.False(await KnownAsync(7003));
        Assert.False(await KnownAsync(7004));
        Assert.Empty(Telegram.SentTo(5502));
    }

    [Fact]
    public async Task The_200_comes_only_when_the_update_is_committed_to_the_inbox()
    {
        await using var bot = await WebhookBot.StartAsync(Telegram, Database);
        for (var id = 7100L; id < 7120; id++)
        {
            using var response = await PostAsync(bot, UpdateJson(id, 5600 + id, "/start"));

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.True(await KnownAsync(id), $"update {id} was answered 200 but is neither waiting nor applied");
        }
    }

    [Fact]
    public async Task When_the_inbox_cannot_take_an_update_Telegram_gets_no_200_and_its_retry_lands_it_once()
    {
        const long chat = 5701;
        await using var bot = await WebhookBot.StartAsync(Telegram, Database);
        Telegram.UserSends(chat, "/start");
        await Telegram.WaitForMessagesAsync(chat, 1, Patience);

        await ExecuteAsync("ALTER TABLE inbox RENAME TO inbox_away");
        var help = Telegram.UserSends(chat, "/help");
        await Telegram.WaitUntilAsync(t => t.WebhookDeliveries.Count(d => d.UpdateId == help && d.Status == 500) >= 2, Patience, "the webhook to refuse the update twice");
        Assert.DoesNotContain(Telegram.WebhookDeliveries, d => d.UpdateId == help && d.Status == 200);

        await ExecuteAsync("ALTER TABLE inbox_away RENAME TO inbox");
        await Telegram.WaitForMessagesAsync(chat, 2, Patience);
        Assert.Single(Telegram.WebhookDeliveries, d => d.UpdateId == help && d.Status == 200);
        Assert.StartsWith("<b>How I work</b>", Telegram.TextsTo(chat)[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_secret_in_the_settings_stops_the_start()
    {
        var error = await Assert.ThrowsAnyAsync<Exception>(() => WebhookBot.StartAsync(
            Telegram, Database, new Dictionary<string, string?> { ["Telegram:Webhook:SecretToken"] = "has spaces and ü" }));
        Assert.Contains("SecretToken", error.Message, StringComparison.Ordinal);

        error = await Assert.ThrowsAnyAsync<Exception>(() => WebhookBot.StartAsync(
            Telegram, Database, new Dictionary<string, string?> { ["Telegram:Webhook:Url"] = "http://hipband.example/telegram/updates" }));
        Assert.Contains("https", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Telegram.Requests, r => r.Method == "setWebhook");
    }

    private static async Task<HttpResponseMessage> PostAsync(
        RunningBot bot, string body, string? secret = WebhookBot.Secret, string contentType = "application/json", bool chunked = false)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        HttpContent content = chunked ? new StreamContent(new UnknownLengthStream(bytes)) : new ByteArrayContent(bytes);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(contentType);
        using var request = new HttpRequestMessage(HttpMethod.Post, WebhookBot.Endpoint(bot)) { Content = content };
        if (secret is not null)
        {
            request.Headers.Add(FakeBotApi.SecretHeader, secret);
        }

        return await Http.SendAsync(request);
    }

    private static string UpdateJson(long updateId, long chat, string text) => new System.Text.Json.Nodes.JsonObject
    {
        ["update_id"] = updateId,
        ["message"] = new System.Text.Json.Nodes.JsonObject
        {
            ["message_id"] = 1,
            ["from"] = new System.Text.Json.Nodes.JsonObject { ["id"] = chat, ["is_bot"] = false, ["first_name"] = "Runner" },
            ["chat"] = new System.Text.Json.Nodes.JsonObject { ["id"] = chat, ["type"] = "private", ["first_name"] = "Runner" },
            ["date"] = 1_700_000_000,
            ["text"] = text,
        },
    }.ToJsonString();

    /// <summary>Whether the update is waiting in the inbox or recorded as applied.</summary>
    private async Task<bool> KnownAsync(long updateId)
    {
        await using var connection = new SqliteConnection($"Data Source={Database};Pooling=False");
        return await connection.ExecuteScalarAsync<long>(
            "SELECT (SELECT COUNT(*) FROM inbox WHERE update_id = @Id) + (SELECT COUNT(*) FROM applied_updates WHERE update_id = @Id)", new { Id = updateId }) > 0;
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={Database};Pooling=False;Default Timeout=30");
        await connection.ExecuteAsync(sql);
    }

    /// <summary>A body sent chunked: the server learns its size only by reading it.</summary>
    private sealed class UnknownLengthStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
