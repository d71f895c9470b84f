namespace HipBand.Coaching.Dialog;

/// <summary>Everything the dialog knows about one chat: the person's profile and the conversation.</summary>
public sealed record ChatState(Profile Profile, Conversation Conversation)
{
    /// <summary>A chat we have never seen.</summary>
    public static readonly ChatState Fresh = new(new Profile(), new Conversation());

    public Phase Phase => Conversation.Phase;

    public ChatState With(Phase phase) => this with { Conversation = Conversation with { Phase = phase } };
}
