using HipBand.Coaching.Text;

namespace HipBand.Coaching.Dialog;

/// <summary>The person's own data: a copy on request (/export), and deleting all of it after a confirmation (/delete).</summary>
internal static class PersonalDataFlow
{
    private static readonly HashSet<string> YesWords = ["yes", "delete", "yes, delete everything", "delete everything", "confirm"];
    private static readonly HashSet<string> NoWords = ["no", "keep", "keep my data", "cancel", "no, keep my data"];

    public static Outcome Export(Turn turn) => turn.Stay(new Reply(Say.ExportComing)).WithEffects(new ExportRequested());

    public static Outcome AskToDelete(Turn turn)
    {
        if (turn.Conversation.Session is not null)
        {
            return turn.Hint(Say.FinishSessionFirst);
        }

        var state = Onboarding.Ask(turn.State, Phase.ConfirmDelete, turn.Conversation.Flow);
        return new Outcome(state, DeletePrompt(new Turn(state, turn.Now)));
    }

    public static Reply DeletePrompt(Turn turn) => new(
        Say.ConfirmDelete,
        [[ReplyButton.For("delete", "🗑 Yes, delete everything", "yes"), ReplyButton.For("delete", "No, keep my data", "no")]]);

    public static Outcome? OnDeleteAnswer(Turn turn, string answer)
    {
        var said = answer.Trim().ToLowerInvariant();
        if (YesWords.Contains(said))
        {
            // The fresh state is what the chat looks like afterwards; the rows themselves are removed after the commit.
            return new Outcome(ChatState.Fresh, new Reply(Say.Deleted)).WithEffects(new DataDeleted(), new ScheduleChanged(null));
        }

        return NoWords.Contains(said) ? KeepData(turn) : null;
    }

    public static Outcome KeepData(Turn turn)
    {
        if (turn.Profile.IsOnboarded)
        {
            return Idle.Return(turn, Say.NothingDeleted);
        }

        var state = Onboarding.Ask(turn.State, Phase.AskGoal, Flow.Onboarding);
        return new Outcome(state, new Reply(new RichText().Add(Say.NothingDeleted).Paragraph(Say.AskGoal), Onboarding.GoalPrompt(new Turn(state, turn.Now)).Buttons));
    }
}
