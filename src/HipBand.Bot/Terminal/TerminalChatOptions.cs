namespace HipBand.Bot.Terminal;

/// <summary>Which chat the terminal speaks as, and its input and output.</summary>
internal sealed record TerminalChatOptions(long ChatId, TextReader Input, TextWriter Output, bool Interactive)
{
    /// <summary>Where logs go instead of the screen; null sends them to standard error.</summary>
    public string? LogFile { get; init; }

    /// <summary>Where progress pictures are written, relative to the working directory unless rooted.</summary>
    public string PictureFolder { get; init; } = "pictures";
}
