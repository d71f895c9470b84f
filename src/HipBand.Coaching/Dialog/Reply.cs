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

    public IEnumerable<ReplyButton> AllButtons => Buttons.SelectMany(row => row);
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
