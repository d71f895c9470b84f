namespace HipBand.Bot.Telegram;

/// <summary>A rejected token (401) ends the bot: one clear line, exit code 1.</summary>
internal static partial class TokenRejection
{
    public static void Stop(ILogger logger, IHostApplicationLifetime lifetime)
    {
        LogTokenRejected(logger);
        Environment.ExitCode = 1;
        lifetime.StopApplication();
    }

    [LoggerMessage(Level = LogLevel.Critical, Message = "The bot token was rejected (401). Check Telegram:BotToken.")]
    private static partial void LogTokenRejected(ILogger logger);
}
