namespace HipBand.Coaching.Dialog;

/// <summary>Something a person (or the clock) said to the dialog; transports map their own events to these.</summary>
public abstract record UserInput;

/// <summary>Typed text that is not a command.</summary>
public sealed record TextInput(string Text) : UserInput
{
    /// <summary>The transport's id for the message, when it has one: a later edit of it names the same id.</summary>
    public long? MessageId { get; init; }
}

/// <summary>The person edited a message they sent earlier; <paramref name="MessageId"/> names it.</summary>
public sealed record EditedTextInput(string Text, long MessageId) : UserInput;

/// <summary>A slash command, lower case without the slash or a bot mention, and what followed it.</summary>
public sealed record CommandInput(string Name, string Arguments = "") : UserInput;

/// <summary>A pressed button: the data the button was sent with.</summary>
public sealed record ButtonInput(string Data) : UserInput;

/// <summary>Something we cannot read (a sticker, a photo, a voice note), named for the reply.</summary>
public sealed record UnsupportedInput(MessageKind Kind) : UserInput;

/// <summary>The kinds of message the bot cannot read, so the reply can name what it got.</summary>
public enum MessageKind
{
    Other,
    Sticker,
    Photo,
    VoiceMessage,
    VideoMessage,
    Video,
    Gif,
    AudioFile,
    File,
    Location,
    Contact,
    Poll,
    DiceRoll,
}

/// <summary>A reminder slot has come: the scheduled instant, and after how many unanswered reminders to ask about frequency.</summary>
public sealed record ReminderDue(DateTimeOffset Slot, int AskAfterUnanswered = 3) : UserInput;

/// <summary>The rest timer set with the question <paramref name="QuestionKey"/> has run out.</summary>
public sealed record RestOver(string QuestionKey) : UserInput;
