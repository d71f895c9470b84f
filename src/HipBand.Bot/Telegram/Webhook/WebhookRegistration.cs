using HipBand.Bot.Telegram.Api;
using Microsoft.Extensions.Options;

namespace HipBand.Bot.Telegram.Webhook;

/// <summary>
/// Points Telegram at the webhook (with the secret, the update kinds the bot handles and the connection limit), trying
/// until Telegram takes it: without it no update arrives. The URL is logged without the token (an operator may have put
/// it in the path) and the secret never.
/// </summary>
internal sealed partial class WebhookRegistration(TelegramApi api, IOptions<WebhookOptions> options, TimeProvider clock, ILogger<WebhookRegistration> logger)
{
    private static readonly TimeSpan MaxDelay = TimeSpan.FromMinutes(1);

    /// <summary>False when the token was rejected.</summary>
    public async Task<bool> RegisterAsync(CancellationToken cancellationToken)
    {
        var hook = options.Value;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await api.SetWebhookAsync(hook.Url, hook.SecretToken, hook.MaxConnections, cancellationToken).ConfigureAwait(false);
                var url = Redact(hook.Url);
                LogSet(logger, url, hook.MaxConnections);
                return true;
            }
            catch (BotApiException error) when (error.Failure == BotApiFailure.Unauthorized)
            {
                return false;
            }
            catch (BotApiException error)
            {
                var description = Redact(error.Description);
                LogNotSet(logger, description, attempt);
                var delay = TimeSpan.FromSeconds(Math.Min(MaxDelay.TotalSeconds, Math.Pow(2, Math.Min(attempt, 6))));
                await Task.Delay(delay, clock, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private string Redact(string text) => TokenRedaction.Redact(TokenRedaction.Redact(text, api.Token), options.Value.SecretToken);

    [LoggerMessage(Level = LogLevel.Information, Message = "Webhook set at {Url} (up to {MaxConnections} connections); Telegram now posts updates there")]
    private static partial void LogSet(ILogger logger, string url, int maxConnections);

    [LoggerMessage(Level = LogLevel.Error, Message = "setWebhook failed ({Description}), attempt {Attempt}; no update arrives until it succeeds, trying again")]
    private static partial void LogNotSet(ILogger logger, string description, int attempt);
}
