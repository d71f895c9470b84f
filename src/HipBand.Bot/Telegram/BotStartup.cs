using HipBand.Bot.Telegram.Api;
using HipBand.Coaching.Dialog;
using HipBand.Coaching.Text;
using Telegram.Bot.Types;

namespace HipBand.Bot.Telegram;

/// <summary>Before updates come in: who we are, no webhook in the way of polling, and the command menu.</summary>
internal sealed partial class BotStartup(TelegramApi api, ITexts texts, TimeProvider clock, ILogger<BotStartup> logger)
{
    /// <summary>The command menu as Telegram shows it: the dialog's command table, names and one-line descriptions.</summary>
    public IReadOnlyList<BotCommand> Commands => [.. Coach.Menu(texts).Select(c => new BotCommand { Command = c.Name, Description = c.Description })];

    /// <summary>Before polling. False when the bot cannot run at all: the token was rejected.</summary>
    public async Task<bool> RunAsync(CancellationToken cancellationToken)
    {
        if (!await ConnectAsync(cancellationToken).ConfigureAwait(false))
        {
            return false;
        }

        await TryAsync("deleteWebhook", () => api.DeleteWebhookAsync(cancellationToken)).ConfigureAwait(false);
        await SetCommandsAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>Who we are, waiting for Telegram as long as it takes; false when the token was rejected.</summary>
    public async Task<bool> ConnectAsync(CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var me = await api.GetMeAsync(cancellationToken).ConfigureAwait(false);
                LogConnected(logger, me.Username ?? me.FirstName);
                return true;
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
    }

    /// <summary>The command menu; a failure is logged and the bot runs on without it.</summary>
    public Task SetCommandsAsync(CancellationToken cancellationToken) =>
        TryAsync("setMyCommands", () => api.SetMyCommandsAsync(Commands, cancellationToken));

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
