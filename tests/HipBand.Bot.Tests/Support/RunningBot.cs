using HipBand.Bot.Composition;
using HipBand.Testing;
using HipBand.Testing.Engines;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace HipBand.Bot.Tests.Support;

/// <summary>The real bot host, composed as Program composes it, pointed at a fake Bot API and a temporary database.</summary>
public sealed class RunningBot : IAsyncDisposable
{
    private readonly IHost host;

    private RunningBot(IHost host, CapturedLogs logs)
    {
        this.host = host;
        Logs = logs;
    }

    public CapturedLogs Logs { get; }

    public IServiceProvider Services => host.Services;

    public static async Task<RunningBot> StartAsync(
        FakeBotApi telegram, string databasePath, IReadOnlyDictionary<string, string?>? extra = null, TimeProvider? clock = null, LogLevel logLevel = LogLevel.Debug,
        Action<IServiceCollection>? services = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Telegram:BotToken"] = telegram.Token,
            ["Telegram:ApiBaseUrl"] = telegram.BaseUrl,
            ["Telegram:PollTimeout"] = "00:00:10",
            ["Telegram:PollRetryDelay"] = "00:00:00.050",
            // Telegram's per-chat limit would make every test wait a second per message; the limits have tests of their own.
            ["Delivery:PrivateChatPerSecond"] = "1000",
            ["Delivery:PrivateChatBurst"] = "1000",
            ["Delivery:GlobalPerSecond"] = "1000",
            // Likewise the flood rules, which would coalesce a test's quick replies: FloodTests and TelegramLimits keep them.
            ["Delivery:MaxPendingPerChat"] = "1000",
            ["Delivery:MaxOutboxPerChat"] = "2000",
            ["Delivery:InboundLimit"] = "1000",
            ["Delivery:RetryDelay"] = "00:00:00.050",
            ["Delivery:OutboxScanInterval"] = "00:00:00.200",
        };
        // The running test's engine: the SQLite file at the path, or the PostgreSQL database the path stands for.
        foreach (var (key, value) in (await TestDatabases.ForFileAsync(databasePath)).Settings)
        {
            settings[key] = value;
        }

        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        var builder = BotHost.CreateBuilder([], settings, clock);
        var logs = new CapturedLogs();
        builder.Logging.AddProvider(logs);
        builder.Logging.SetMinimumLevel(logLevel);
        services?.Invoke(builder.Services);
        var host = builder.Build();
        await host.StartAsync();
        return new RunningBot(host, logs);
    }

    /// <summary>Telegram's own limits and the default flood rules, for tests that check the bot keeps them (the default lifts them).</summary>
    public static readonly IReadOnlyDictionary<string, string?> TelegramLimits = new Dictionary<string, string?>
    {
        ["Delivery:PrivateChatPerSecond"] = "1",
        ["Delivery:PrivateChatBurst"] = "3",
        ["Delivery:GlobalPerSecond"] = "30",
        ["Delivery:GroupPerMinute"] = "20",
        ["Delivery:MaxPendingPerChat"] = "5",
        ["Delivery:MaxOutboxPerChat"] = "50",
        ["Delivery:InboundLimit"] = "20",
    };

    public T Get<T>()
        where T : notnull => host.Services.GetRequiredService<T>();

    public async ValueTask DisposeAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await host.StopAsync(timeout.Token);
        await ((IAsyncDisposable)host).DisposeAsync();
        SqliteConnection.ClearAllPools();
    }
}
