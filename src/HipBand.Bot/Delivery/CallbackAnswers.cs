using HipBand.Bot.Telegram;
using HipBand.Bot.Telegram.Api;

namespace HipBand.Bot.Delivery;

/// <summary>
/// Answers button presses the moment they arrive, outside every chat's queue and limits: the person is looking at a
/// spinner. Telegram accepts an answer for a short while only; after <see cref="Window"/> from its arrival an answer
/// is dropped, never sent or retried. An answer is cosmetic, so it is not stored: a press that comes again after a
/// crash is answered again, and Telegram's refusal of that second answer is ignored.
/// </summary>
internal sealed partial class CallbackAnswers(TelegramApi api, TimeProvider clock, IHostApplicationLifetime lifetime, ILogger<CallbackAnswers> logger)
{
    /// <summary>Shorter than Telegram keeps a press, so that an answer never arrives after it stopped waiting.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromSeconds(10);

    private static readonly TimeSpan FirstRetry = TimeSpan.FromMilliseconds(200);

    /// <summary>Starts answering; returns at once.</summary>
    /// <param name="queryId">The press.</param>
    /// <param name="text">A notice to show, or null for none.</param>
    /// <param name="arrivedAt">When the press reached the bot; the window counts from here.</param>
    public void Answer(string queryId, string? text, DateTimeOffset arrivedAt) =>
        _ = Task.Run(() => AnswerAsync(queryId, text, arrivedAt, lifetime.ApplicationStopping), CancellationToken.None);

    private async Task AnswerAsync(string queryId, string? text, DateTimeOffset arrivedAt, CancellationToken cancellationToken)
    {
        try
        {
            for (var attempt = 1; ; attempt++)
            {
                if (clock.GetUtcNow() - arrivedAt > Window)
                {
                    LogExpired(logger, attempt);
                    return;
                }

                try
                {
                    await api.AnswerCallbackQueryAsync(queryId, text, cancellationToken).ConfigureAwait(false);
                    return;
                }
                catch (BotApiException error) when (error.IsTransient)
                {
                    var wait = error.RetryAfter ?? TimeSpan.FromTicks(FirstRetry.Ticks << Math.Min(attempt - 1, 5));
                    await Task.Delay(wait, clock, cancellationToken).ConfigureAwait(false);
                }
                catch (BotApiException error) when (error.Failure == BotApiFailure.Unauthorized)
                {
                    TokenRejection.Stop(logger, lifetime);
                    return;
                }
                catch (BotApiException error)
                {
                    // "query is too old": the spinner is gone already, nothing a person misses.
                    LogRefused(logger, error.Description);
                    return;
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Shutting down: the spinner times out by itself.
        }
        catch (Exception error)
        {
            LogFailed(logger, error);
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "A button press was not answered in time ({Attempts} attempt(s)); its answer is dropped")]
    private static partial void LogExpired(ILogger logger, int attempts);

    [LoggerMessage(Level = LogLevel.Debug, Message = "answerCallbackQuery refused ({Description}); skipped")]
    private static partial void LogRefused(ILogger logger, string description);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Answering a button press failed")]
    private static partial void LogFailed(ILogger logger, Exception error);
}
