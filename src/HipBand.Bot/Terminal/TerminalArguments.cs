using System.Globalization;

namespace HipBand.Bot.Terminal;

/// <summary>The command line of the terminal chat: <c>chat [--chat-id N]</c>.</summary>
internal sealed record TerminalArguments(bool Requested, long ChatId)
{
    public const long DefaultChatId = 1;

    public static TerminalArguments Parse(IReadOnlyList<string> args)
    {
        var requested = args.Contains("chat", StringComparer.OrdinalIgnoreCase);
        var chatId = DefaultChatId;
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            string? value = null;
            if (arg == "--chat-id" && i + 1 < args.Count)
            {
                value = args[i + 1];
            }
            else if (arg.StartsWith("--chat-id=", StringComparison.Ordinal))
            {
                value = arg["--chat-id=".Length..];
            }

            if (value is not null)
            {
                chatId = long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var id)
                    ? id
                    : throw new ArgumentException($"--chat-id needs a whole number, not '{value}'.");
            }
        }

        return new TerminalArguments(requested, chatId);
    }
}
