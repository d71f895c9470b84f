namespace HipBand.Coaching.Dialog;

/// <summary>Reads typed text as a command or plain text; shared by every transport.</summary>
public static class TextCommand
{
    /// <summary>"/start@HipBandBot payload" is the command "start" with arguments "payload"; other text is text.</summary>
    public static UserInput Read(string text)
    {
        var trimmed = text.TrimStart();
        if (trimmed.Length < 2 || trimmed[0] != '/' || !char.IsLetter(trimmed[1]))
        {
            return new TextInput(text);
        }

        var end = trimmed.IndexOfAny([' ', '\n', '\t']);
        var word = end < 0 ? trimmed[1..] : trimmed[1..end];
        var arguments = end < 0 ? "" : trimmed[(end + 1)..].Trim();
        var mention = word.IndexOf('@', StringComparison.Ordinal);
        var name = (mention < 0 ? word : word[..mention]).ToLowerInvariant();
        return new CommandInput(name.Length > 64 ? name[..64] : name, arguments);
    }
}
