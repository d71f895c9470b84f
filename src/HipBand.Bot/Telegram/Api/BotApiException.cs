namespace HipBand.Bot.Telegram.Api;

/// <summary>What went wrong with a Bot API call, as far as deciding what to do next goes.</summary>
internal enum BotApiFailure
{
    /// <summary>400: the request was malformed. Our bug; never retried.</summary>
    BadRequest,

    /// <summary>401: the token was rejected.</summary>
    Unauthorized,

    /// <summary>403: the person blocked the bot or deleted their account.</summary>
    Forbidden,

    /// <summary>409: another instance is polling, or a webhook is set.</summary>
    Conflict,

    /// <summary>429: too fast; wait <see cref="BotApiException.RetryAfter"/>.</summary>
    TooManyRequests,

    /// <summary>5xx: Telegram's side; retry with backoff.</summary>
    ServerError,

    /// <summary>No answer at all: connection refused, reset, timed out.</summary>
    Network,

    /// <summary>Telegram did it (<c>ok: true</c>), but its result was not what we can read. Never resent.</summary>
    UnreadableResult,

    /// <summary>Any other error code.</summary>
    Other,
}

/// <summary>A failed Bot API call. The message never contains the bot token.</summary>
internal sealed class BotApiException(string method, BotApiFailure failure, int errorCode, string description, TimeSpan? retryAfter = null, Exception? inner = null)
    : Exception($"{method} failed: {(errorCode > 0 ? $"{errorCode} " : "")}{description}", inner)
{
    public string Method { get; } = method;
    public BotApiFailure Failure { get; } = failure;
    public int ErrorCode { get; } = errorCode;
    public string Description { get; } = description;
    public TimeSpan? RetryAfter { get; } = retryAfter;

    /// <summary>Worth retrying later: Telegram was busy, down or unreachable.</summary>
    public bool IsTransient => Failure is BotApiFailure.TooManyRequests or BotApiFailure.ServerError or BotApiFailure.Network;

    public static BotApiFailure Classify(int errorCode) => errorCode switch
    {
        400 => BotApiFailure.BadRequest,
        401 => BotApiFailure.Unauthorized,
        403 => BotApiFailure.Forbidden,
        409 => BotApiFailure.Conflict,
        429 => BotApiFailure.TooManyRequests,
        >= 500 and < 600 => BotApiFailure.ServerError,
        _ => BotApiFailure.Other,
    };
}
