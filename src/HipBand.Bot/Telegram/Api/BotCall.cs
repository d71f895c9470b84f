using System.Net;
using Telegram.Bot.Exceptions;

namespace HipBand.Bot.Telegram.Api;

/// <summary>
/// One Bot API call through Telegram.Bot, with its failures mapped to the bot's own rules (<see cref="BotApiFailure"/>):
/// Telegram's error code and <c>retry_after</c>, a network failure, a timeout. A call Telegram answered with
/// <c>"ok": true</c> but whose result the package could not read is not a failure to retry: sending it again would
/// do it twice. Every message is stripped of the token.
/// </summary>
internal static class BotCall
{
    private static readonly AsyncLocal<Answer?> current = new();

    /// <summary>The answer of the call under way on this flow; <see cref="AnswerInspector"/> fills it in.</summary>
    public static Answer? Current => current.Value;

    /// <summary>Runs a call that needs its result.</summary>
    public static async Task<T> RunAsync<T>(string method, string token, TimeSpan timeout, Func<CancellationToken, Task<T>> call, CancellationToken cancellationToken)
    {
        var (done, result) = await TryAsync(method, token, timeout, call, cancellationToken).ConfigureAwait(false);
        return done ? result! : throw new BotApiException(method, BotApiFailure.UnreadableResult, 0, "succeeded, but its result could not be read");
    }

    /// <summary>Runs a call whose result is not needed: false when it succeeded but its result could not be read.</summary>
    public static async Task<bool> SendAsync<T>(string method, string token, TimeSpan timeout, Func<CancellationToken, Task<T>> call, CancellationToken cancellationToken) =>
        (await TryAsync(method, token, timeout, call, cancellationToken).ConfigureAwait(false)).Read;

    private static async Task<(bool Read, T? Result)> TryAsync<T>(string method, string token, TimeSpan timeout, Func<CancellationToken, Task<T>> call, CancellationToken cancellationToken)
    {
        var answer = new Answer();
        current.Value = answer;
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        try
        {
            return (true, await call(deadline.Token).ConfigureAwait(false));
        }
        catch (ApiRequestException error)
        {
            var retryAfter = error.Parameters?.RetryAfter is { } seconds ? TimeSpan.FromSeconds(seconds) : (TimeSpan?)null;
            throw new BotApiException(method, BotApiException.Classify(error.ErrorCode), error.ErrorCode, Redact(error.Message, token), retryAfter, null);
        }
        catch (RequestException) when (answer.SaidOk)
        {
            return (false, default);
        }
        catch (RequestException error)
        {
            // No usable answer: the network failed, or a proxy answered in its own words.
            var code = error.HttpStatusCode is { } status && status != HttpStatusCode.OK ? (int)status : 0;
            var failure = code == 0 ? BotApiFailure.Network : BotApiException.Classify(code) is BotApiFailure.Other ? BotApiFailure.ServerError : BotApiException.Classify(code);
            throw new BotApiException(method, failure, code, Redact(error.Message, token));
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new BotApiException(method, BotApiFailure.Network, 0, "timed out");
        }
        catch (HttpRequestException error)
        {
            throw new BotApiException(method, BotApiFailure.Network, 0, Redact(error.Message, token));
        }
        finally
        {
            current.Value = null;
        }
    }

    private static string Redact(string text, string token) => TokenRedaction.Redact(text, token);

    /// <summary>What the server answered, as far as the bot's rules need to know.</summary>
    internal sealed class Answer
    {
        public bool SaidOk { get; set; }
    }
}
