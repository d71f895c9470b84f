using HipBand.Bot.Telegram.BotApi;

namespace HipBand.Bot.Telegram;

/// <summary>Before polling: who we are, no webhook in the way, and the command menu.</summary>
internal sealed partial class BotStartup(BotApiClient api, TimeProvider clock, ILogger<BotStartup> logger)
{
    /// <summary>The commands and their one-line descriptions, as Telegram shows them in the menu.</summary>
    public static readonly IReadOnlyList<BotCommand> Commands =
    [
        new("workout", "Start a session now"),
        new("stats", "Your sessions so far"),
        new("schedule", "Change your training days, time or time zone"),
        new("goal", "Change what you train for"),
        new("bands", "Update the bands you own"),
        new("pause", "Pause reminders"),
        new("resume", "Resume reminders"),
        new("cancel", "Leave the current step (nothing is lost)"),
        new("stop", "End the current session"),
        new("help", "How I work"),
        new("start", "Start, or pick up where we left off"),
    ];

    /// <summary>False when the bot cannot run at all: the token was rejected.</summary>
    public async Task<bool> RunAsync(CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var me = await api.GetMeAsync(cancellationToken).ConfigureAwait(false);
                LogConnected(logger, me.Username ?? me.FirstName);
                break;
            }
            catch (BotApiException error) when (error.Failure == BotApiFailure.Unauthorized)
            {
                return false;
            }
            catch (BotApiException error)
            {
                LogUnreachable(logger, error.Description, attempt);
                await Task.Delay(TimeSpan.FromSeconds(Math.Min(30, attempt * 2)), clock, cancellationToken).ConfigureAwait(false);
            }
        }

        await TryAsync("deleteWebhook", () => api.DeleteWebhookAsync(cancellationToken)).ConfigureAwait(false);
        await TryAsync("setMyCommands", () => api.SetMyCommandsAsync(Commands, cancellationToken)).ConfigureAwait(false);
        return true;
    }

    private async Task TryAsync(string what, Func<Task> call)
    {
        try
        {
            await call().ConfigureAwait(false);
        }
        catch (BotApiException error)
        {
            LogStartupStepFailed(logger, what, error.Description);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Connected to Telegram as @{Username}")]
    private static partial void LogConnected(ILogger logger, string username);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Telegram is not reachable yet ({Description}), attempt {Attempt}")]
    private static partial void LogUnreachable(ILogger logger, string description, int attempt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Step} failed at start-up ({Description}); the bot keeps running")]
    private static partial void LogStartupStepFailed(ILogger logger, string step, string description);
}
