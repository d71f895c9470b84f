using System.Net;
using HipBand.Bot.Operations;
using HipBand.Bot.Tests.Support;
using HipBand.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace HipBand.Bot.Tests.Operations;

/// <summary>/health/live and /health/ready over real HTTP, in polling and webhook mode.</summary>
public sealed class HealthEndpointTests : FakeTelegramTest
{
    [Fact]
    public async Task In_polling_mode_with_a_listen_address_live_and_ready_answer_healthy()
    {
        await using var bot = await RunningBot.StartAsync(Telegram, Folder.File("bot.db"), Listener.On);

        var (liveStatus, live) = await Listener.GetAsync(bot, "/health/live");
        Assert.Equal(HttpStatusCode.OK, liveStatus);
        Assert.Contains("\"status\":\"Healthy\"", live, StringComparison.Ordinal);

        await Eventually.HoldsAsync(async () => (await Listener.ReadyAsync(bot)).Report["status"]!.GetValue<string>() == "Healthy", Patience, "ready to be Healthy");
        var (status, report) = await Listener.ReadyAsync(bot);
        Assert.Equal(HttpStatusCode.OK, status);
        foreach (var check in new[] { "database", "quartz", "bot_api", "outbox" })
        {
            Assert.Equal("Healthy", Listener.StatusOf(report, check));
        }
    }

    [Fact]
    public async Task In_webhook_mode_the_webhooks_listener_serves_health_too()
    {
        await using var bot = await WebhookBot.StartAsync(Telegram, Folder.File("bot.db"));

        Assert.Equal(HttpStatusCode.OK, (await Listener.GetAsync(bot, "/health/live")).Status);
        await Eventually.HoldsAsync(async () => (await Listener.ReadyAsync(bot)).Status == HttpStatusCode.OK, Patience, "ready to answer 200");
    }

    [Fact]
    public async Task Ready_is_unhealthy_while_the_state_database_is_unreachable_and_recovers_with_it()
    {
        var state = Folder.File("state");
        var settings = new Dictionary<string, string?>(Listener.On) { ["Reminders:SqlitePath"] = Folder.File("quartz/bot.quartz.db") };
        await using var bot = await RunningBot.StartAsync(Telegram, Path.Combine(state, "bot.db"), settings);
        await Eventually.HoldsAsync(async () => (await Listener.ReadyAsync(bot)).Status == HttpStatusCode.OK, Patience, "ready to answer 200");

        // The disk goes away: the folder with the database is gone, and so is every open handle on it.
        Directory.Move(state, state + "-away");
        SqliteConnection.ClearAllPools();
        var (status, report) = await Listener.ReadyAsync(bot);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Equal("Unhealthy", report["status"]!.GetValue<string>());
        Assert.Equal("Unhealthy", Listener.StatusOf(report, "database"));
        Assert.Equal("Healthy", Listener.StatusOf(report, "quartz"));
        Assert.NotEqual("Unhealthy", Listener.StatusOf(report, "outbox"));
        Assert.Equal(HttpStatusCode.OK, (await Listener.GetAsync(bot, "/health/live")).Status);

        Directory.Move(state + "-away", state);
        Assert.Equal(HttpStatusCode.OK, (await Listener.ReadyAsync(bot)).Status);
    }

    [Fact]
    public async Task An_old_outbox_row_is_degraded_but_still_ready()
    {
        const long chat = 6101;
        var clock = new TestClock();
        var settings = new Dictionary<string, string?>(Listener.On) { ["Health:BotApiSilence"] = "1.00:00:00", ["Health:OutboxAge"] = "00:05:00" };
        await using var bot = await RunningBot.StartAsync(Telegram, Folder.File("bot.db"), settings, clock);
        var held = Telegram.HoldNext("sendMessage", chat);
        Telegram.UserSends(chat, "/start");
        await held.Arrived.WaitAsync(Patience);
        Assert.Equal("Healthy", Listener.StatusOf((await Listener.ReadyAsync(bot)).Report, "outbox"));

        clock.Advance(TimeSpan.FromMinutes(6));
        var (status, report) = await Listener.ReadyAsync(bot);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Degraded", report["status"]!.GetValue<string>());
        Assert.Equal("Degraded", Listener.StatusOf(report, "outbox"));
        Assert.Equal(1, report["checks"]!["outbox"]!["depth"]!.GetValue<long>());

        held.Release();
        await Eventually.HoldsAsync(async () => Listener.StatusOf((await Listener.ReadyAsync(bot)).Report, "outbox") == "Healthy", Patience, "the outbox to drain");
    }

    [Fact]
    public async Task A_long_silence_of_the_bot_api_is_degraded_never_unhealthy()
    {
        var clock = new TestClock();
        await using var bot = await RunningBot.StartAsync(Telegram, Folder.File("bot.db"), Listener.On, clock);
        await Eventually.HoldsAsync(async () => Listener.StatusOf((await Listener.ReadyAsync(bot)).Report, "bot_api") == "Healthy", Patience, "a first Bot API success");

        clock.Advance(TimeSpan.FromHours(1));
        var (status, report) = await Listener.ReadyAsync(bot);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Degraded", Listener.StatusOf(report, "bot_api"));
    }

    [Fact]
    public async Task Without_a_listen_address_polling_opens_no_listener_and_loads_no_health_checks_or_telemetry()
    {
        await using var bot = await RunningBot.StartAsync(Telegram, Folder.File("bot.db"));

        Assert.Null(bot.Services.GetService<BotListener>());
        Assert.Null(bot.Services.GetService<HealthCheckService>());
        Assert.Null(bot.Services.GetService<OpenTelemetry.Metrics.MeterProvider>());
    }

    [Fact]
    public void The_terminal_chat_never_registers_a_listener_even_with_a_listen_address()
    {
        var settings = new Dictionary<string, string?>(Listener.On)
        {
            ["Storage:SqlitePath"] = Folder.File("bot.db"),
            ["Reminders:SqlitePath"] = Folder.File("bot.quartz.db"),
            ["Telegram:Webhook:Url"] = WebhookBot.PublicUrl,
            ["Telegram:Webhook:SecretToken"] = WebhookBot.Secret,
        };
        var builder = HipBand.Bot.Composition.BotHost.CreateBuilder(["chat"], settings);

        Assert.DoesNotContain(builder.Services, d => d.ServiceType == typeof(BotListener));
        Assert.DoesNotContain(builder.Services, d => d.ServiceType == typeof(HealthCheckService));
    }
}
