using HipBand.Bot.Charts;
using HipBand.Bot.Delivery;
using HipBand.Bot.Operations;
using HipBand.Bot.Reminders;
using HipBand.Bot.Turns;
using HipBand.Bot.Terminal;
using Microsoft.Extensions.Logging.Console;

namespace HipBand.Bot.Composition;

/// <summary>Chooses how people reach the bot: Telegram when a token is configured, otherwise the terminal chat.</summary>
public static class TransportRegistration
{
    public const string TokenKey = "Telegram:BotToken";

    public static IHostApplicationBuilder AddTransport(this IHostApplicationBuilder builder, string[] args)
    {
        var terminal = TerminalArguments.Parse(args);
        var hasToken = !string.IsNullOrWhiteSpace(builder.Configuration[TokenKey]);
        if (terminal.Requested || !hasToken)
        {
            if (!terminal.Requested)
            {
                Console.Error.WriteLine(
                    "No bot token configured (set Telegram:BotToken in appsettings.json or the Telegram__BotToken environment variable); starting the terminal chat.");
            }

            var logFile = Console.IsErrorRedirected ? null : TerminalLogPath(builder);
            return builder
                .AddTerminalChat(new TerminalChatOptions(terminal.ChatId, Console.In, Console.Out, Interactive: !Console.IsInputRedirected)
                {
                    LogFile = logFile,
                    PictureFolder = BesideDatabase(builder, "pictures"),
                })
                .AddReminders()
                .AddTurns();
        }

        return builder.AddTelegram().AddReminders().AddTurns().AddOperations();
    }

    /// <summary>The turn pipeline and what runs after a commit, over whichever channel the transport provides.</summary>
    internal static IHostApplicationBuilder AddTurns(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<BotMetrics>();
        builder.Services.AddSingleton<ChatCache>();
        builder.Services.AddSingleton<ChatDeactivation>();
        builder.Services.AddSingleton<ExportDelivery>();
        builder.Services.AddSingleton<ProgressPictures>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<ProgressPictures>());
        builder.Services.AddSingleton<AfterCommitEffects>();
        builder.Services.AddSingleton<TurnPipeline>();
        return builder;
    }

    /// <summary>Beside the state database: <c>data/hipband-terminal.log</c> by default.</summary>
    private static string TerminalLogPath(IHostApplicationBuilder builder) => BesideDatabase(builder, "hipband-terminal.log");

    /// <summary>A file or folder in the state database's folder (<c>data/</c> by default).</summary>
    private static string BesideDatabase(IHostApplicationBuilder builder, string name)
    {
        var database = builder.Configuration[$"{StorageOptions.Section}:{nameof(StorageOptions.SqlitePath)}"] ?? new StorageOptions().SqlitePath;
        return Path.Combine(Path.GetDirectoryName(Path.GetFullPath(database))!, name);
    }

    internal static IHostApplicationBuilder AddTerminalChat(this IHostApplicationBuilder builder, TerminalChatOptions options)
    {
        // The chat owns the screen. Logs go to a file when standard error is the same terminal, else to standard
        // error; either way never between the chat's lines, and only when they matter.
        builder.Logging.ClearProviders();
        if (options.LogFile is { } path)
        {
            builder.Logging.AddProvider(new FileLoggerProvider(path, TimeProvider.System));
            builder.Logging.AddFilter<FileLoggerProvider>(category: null, LogLevel.Information);
        }
        else
        {
            builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
            builder.Logging.AddFilter<ConsoleLoggerProvider>(category: null, LogLevel.Warning);
        }

        builder.Services.Configure<ConsoleLifetimeOptions>(o => o.SuppressStatusMessages = true);
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton<TerminalScreen>();
        builder.Services.AddSingleton<TerminalChat>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<TerminalChat>());
        builder.Services.AddSingleton<IReplyChannel, TerminalReplyChannel>();
        return builder;
    }
}
