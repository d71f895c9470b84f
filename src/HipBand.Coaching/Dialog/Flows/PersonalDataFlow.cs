using HipBand.Coaching.Dialog.Table;

namespace HipBand.Coaching.Dialog.Flows;

/// <summary>The person's own data: a copy on request (/export), and deleting all of it after a confirmation (/delete).</summary>
internal static class PersonalDataFlow
{

    public static Outcome Export(Turn turn) => turn.Stay(new Reply(turn.Texts.ExportComing)).WithEffects(new ExportRequested());

    public static Outcome AskToDelete(Turn turn)
    {
        if (turn.Conversation.Session is not null)
        {
            return turn.Hint(turn.Texts.FinishSessionFirst);
        }

        var state = Onboarding.Ask(turn.State, Phase.ConfirmDelete, turn.Conversation.Flow);
        return new Outcome(state, DeletePrompt(turn with { State = state }));
    }

    public static Reply DeletePrompt(Turn turn) => new(
        turn.Texts.ConfirmDelete,
        [[ReplyButton.For("delete", turn.Texts.DeleteYesButton, "yes"), ReplyButton.For("delete", turn.Texts.DeleteNoButton, "no")]]);

    /// <summary>Yes: every row about the person goes in this turn's transaction; the chat is new again.</summary>
    public static Outcome? OnYes(Turn turn, string answer) =>
        turn.Texts.Words.DeleteYes.Contains(answer.Trim().ToLowerInvariant())
            ? new Outcome(ChatState.Fresh, new Reply(turn.Texts.Deleted)).WithEffects(new DataDeleted(), new ScheduleChanged(null))
            : null;

    public static Outcome? OnNo(Turn turn, string answer) => turn.Texts.Words.DeleteNo.Contains(answer.Trim().ToLowerInvariant()) ? KeepData(turn) : null;

    public static Outcome KeepData(Turn turn)
    {
        if (turn.Profile.IsOnboarded)
        {
            return Idle.Return(turn, turn.Texts.NothingDeleted);
        }

        var state = Onboarding.Ask(turn.State, Phase.AskGoal, Flow.Onboarding);
        return new Outcome(state, new Reply(new RichText().Add(turn.Texts.NothingDeleted).Paragraph(turn.Texts.AskGoal), Onboarding.GoalPrompt(turn with { State = state }).Buttons));
    }
}
