using HipBand.Coaching.Text.English;

namespace HipBand.Coaching.Dialog.Table;

/// <summary>One step's context: the state it starts from and the instant it happens at.</summary>
internal readonly record struct Turn(ChatState State, DateTimeOffset Now)
{
    /// <summary>The id of the message being answered, when the transport gives one (so that an edit of it can be recognised).</summary>
    public long? MessageId { get; init; }

    /// <summary>The person's language: every word the step says comes from here.</summary>
    public ITexts Texts { get; init; } = EnglishTexts.Instance;

    public Profile Profile => State.Profile;

    public Conversation Conversation => State.Conversation;

    /// <summary>The question the person is being asked now, as it was last put to them.</summary>
    public Reply Prompt() => DialogTable.States[State.Phase].Prompt(this);

    /// <summary>
    /// A short lead, then the current question: what the bot says when it could not use an input. It only repeats,
    /// so a newer reply may replace it while it waits (safety's own uses are marked as safety by their flow).
    /// </summary>
    public Outcome Hint(RichText lead)
    {
        var prompt = Prompt();
        return new Outcome(State, prompt with { Text = new RichText().Paragraph(lead).Paragraph(prompt.Text), Kind = ReplyKind.Repeat });
    }

    public Outcome Stay(params Reply[] replies) => new(State, replies);

    public Outcome DidNotCatch() => Hint(Texts.DidNotCatch);
}
