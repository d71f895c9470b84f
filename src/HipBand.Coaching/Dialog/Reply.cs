namespace HipBand.Coaching.Dialog;

/// <summary>One message to the person: text, and answer buttons in rows.</summary>
public sealed record Reply(RichText Text, IReadOnlyList<IReadOnlyList<ReplyButton>> Buttons)
{
    public Reply(RichText text)
        : this(text, [])
    {
    }

    /// <summary>The question wants a typed number (reps, a time), so a bare number is an answer, not a choice.</summary>
    public bool ExpectsNumber { get; init; }

    /// <summary>The reply announces a step up or a personal best: a transport that can may celebrate it (Telegram's 🎉 effect).</summary>
    public bool Celebrate { get; init; }

    /// <summary>What the reply carries, so that a transport under a flood knows what it may replace and what must go out.</summary>
    public ReplyKind Kind { get; init; }

    public IEnumerable<ReplyButton> AllButtons => Buttons.SelectMany(row => row);
}

/// <summary>What a reply carries, for a transport that cannot send everything a flooding chat is answered.</summary>
public enum ReplyKind
{
    /// <summary>Something the person has not been told (a logged set, a summary, a change): never dropped for a newer reply.</summary>
    Information,

    /// <summary>Only a hint and the current question again: a newer one may replace it while it waits.</summary>
    Repeat,

    /// <summary>Red-flag, pain or readiness advice: always goes out, even to a chat that sends too fast.</summary>
    Safety,
}

/// <summary>An answer button. <see cref="Data"/> names the question it answers, so an old button can be recognised.</summary>
public sealed record ReplyButton(string Label, string Data)
{
    private const char Separator = '|';

    /// <summary>A button answering question <paramref name="questionKey"/> with <paramref name="answer"/>.</summary>
    public static ReplyButton For(string questionKey, string label, string answer) =>
        new(label, questionKey + Separator + answer);

    /// <summary>Splits button data into the question it answers and the answer.</summary>
    public static (string QuestionKey, string Answer) Parse(string data)
    {
        var at = data.IndexOf(Separator, StringComparison.Ordinal);
        return at < 0 ? ("", data) : (data[..at], data[(at + 1)..]);
    }
}
