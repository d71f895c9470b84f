using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using HipBand.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace HipBand.Bot.Tests.Testing;

/// <summary>The fake Bot API's webhook is as strict as Telegram's, and posts like Telegram does.</summary>
public sealed class FakeBotApiWebhookTests : IAsyncLifetime
{
    private const string Url = "https://hooks.example/tg";
    private readonly HttpClient http = new();
    private FakeBotApi telegram = null!;

    public async Task InitializeAsync()
    {
        telegram = await FakeBotApi.StartAsync();
        telegram.RefusalsExpected = true;
    }

    public async Task DisposeAsync()
    {
        http.Dispose();
        await telegram.DisposeAsync();
    }

    [Fact]
    public async Task GetUpdates_while_a_webhook_is_set_is_a_conflict_until_it_is_deleted()
    {
        Assert.True((await CallAsync("setWebhook", new JsonObject { ["url"] = Url })).IsSuccessStatusCode);

        using var conflict = await CallAsync("getUpdates", new JsonObject { ["timeout"] = 0 });
        var body = await conflict.Content.ReadFromJsonAsync<JsonObject>();
        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
        Assert.Equal("Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first", body!["description"]!.ToString());

        Assert.True((await CallAsync("deleteWebhook", [])).IsSuccessStatusCode);
        Assert.True((await CallAsync("getUpdates", new JsonObject { ["timeout"] = 0 })).IsSuccessStatusCode);
    }

    [Theory]
    [InlineData("http://hooks.example/tg", null, "Bad Request: bad webhook: An HTTPS URL must be provided for webhook")]
    [InlineData("https://hooks.example:8080/tg", null, "Bad Request: bad webhook: Webhook can be set up only on ports 80, 88, 443 or 8443")]
    [InlineData(Url, "with space", "Bad Request: secret token contains unallowed characters")]
    [InlineData(Url, "ümlaut", "Bad Request: secret token contains unallowed characters")]
    public async Task SetWebhook_refuses_what_telegram_refuses(string url, string? secret, string description)
    {
        var parameters = new JsonObject { ["url"] = url };
        if (secret is not null)
        {
            parameters["secret_token"] = secret;
        }

        using var response = await CallAsync("setWebhook", parameters);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(description, (await response.Content.ReadFromJsonAsync<JsonObject>())!["description"]!.ToString());
        Assert.False(telegram.WebhookActive);
    }

    [Fact]
    public async Task Updates_are_posted_with_the_secret_retried_until_taken_and_reported_in_getWebhookInfo()
    {
        var received = new List<(string? Secret, long UpdateId)>();
        var refuse = 2;
        await using var hook = await ReceiverAsync(async context =>
        {
            var update = await context.Request.ReadFromJsonAsync<JsonObject>();
            lock (received)
            {
                received.Add((context.Request.Headers[FakeBotApi.SecretHeader].FirstOrDefault(), update!["update_id"]!.GetValue<long>()));
                context.Response.StatusCode = refuse-- > 0 ? 500 : 200;
            }
        });
        await CallAsync("setWebhook", new JsonObject { ["url"] = Url, ["secret_token"] = "abc_DEF-1", ["allowed_updates"] = new JsonArray("message") });
        telegram.ForwardWebhookTo(hook.Address);

        var first = telegram.UserSends(9001, "one");
        var second = telegram.UserSends(9001, "two");
        await telegram.WaitUntilAsync(t => t.WebhookDeliveries.Count(d => d.Status == 200) == 2, TimeSpan.FromSeconds(30), "both updates to be taken");

        lock (received)
        {
            Assert.All(received, r => Assert.Equal("abc_DEF-1", r.Secret));
            Assert.Equal([first, first, first, second], received.Select(r => r.UpdateId));
        }

        using var info = await CallAsync("getWebhookInfo", []);
        var result = (await info.Content.ReadFromJsonAsync<JsonObject>())!["result"]!;
        Assert.Equal(Url, result["url"]!.ToString());
        Assert.Equal(0, result["pending_update_count"]!.GetValue<int>());
        Assert.Equal("Wrong response from the webhook: 500", result["last_error_message"]!.ToString());
        Assert.Equal("[\"message\"]", result["allowed_updates"]!.ToJsonString());
    }

    private Task<HttpResponseMessage> CallAsync(string method, JsonObject parameters) =>
        http.PostAsJsonAsync($"{telegram.BaseUrl}/bot{telegram.Token}/{method}", parameters);

    private static async Task<Receiver> ReceiverAsync(RequestDelegate handle)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        app.MapPost("/tg", handle);
        await app.StartAsync();
        return new Receiver(app, new Uri(app.Urls.First()));
    }

    private sealed record Receiver(WebApplication App, Uri Address) : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => App.DisposeAsync();
    }
}
