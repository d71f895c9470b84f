using HipBand.Bot.Telegram.Api;
using HipBand.Coaching.Dialog;
using HipBand.Coaching.Text;
using Telegram.Bot.Types;

namespace HipBand.Bot.Telegram;

/// <summary>Before polling: who we are, no webhook in the way, and the command menu.</summary>
internal sealed partial class BotStartup(TelegramApi api, ITexts texts, TimeProvider clock, ILogger<BotStartup> logger)
{
    /// <summary>The command menu as Telegram shows it: the dialog's command table, names and one-line descriptions.</summary>
    public IReadOnlyList<BotCommand> Commands => [.. Coach.Menu(texts).Select(c => new BotCommand { Command = c.Name, Description = c.Description })];

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
