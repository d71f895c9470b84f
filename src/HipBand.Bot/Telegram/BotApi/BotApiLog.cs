namespace HipBand.Bot.Telegram.BotApi;

/// <summary>What the Bot API client has to say to the operator.</summary>
internal static partial class BotApiLog
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "{Method} succeeded, but its result was not what the bot expected; it is not sent again")]
    public static partial void UnexpectedResult(ILogger logger, string method);
}
