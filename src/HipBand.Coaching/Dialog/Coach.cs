using HipBand.Coaching.Text;

namespace HipBand.Coaching.Dialog;

/// <summary>The dialog: a pure function from (state, input, now) to an outcome. No I/O, no clock, no randomness.</summary>
public static class Coach
{
    /// <summary>Longer texts are not answers to any of our questions; they are not parsed at all.</summary>
    public const int MaxAnswerLength = 300;

    /// <summary>The state table: every phase's question and answer handler. Commands and unreadable input are handled before it, in every phase.</summary>
    internal static readonly IReadOnlyDictionary<Phase, StateRow> Table = new Dictionary<Phase, StateRow>
    {
        [Phase.New] = new(_ => "new", Onboarding.WelcomePrompt, Onboarding.OnFirstMessage),
        [Phase.AskGoal] = new(_ => "goal", Onboarding.GoalPrompt, Onboarding.OnGoal),
        [Phase.AskBands] = new(_ => "bands", Onboarding.BandsPrompt, Onboarding.OnBands),
        [Phase.AskDays] = new(_ => "days", Onboarding.DaysPrompt, Onboarding.OnDays),
        [Phase.AskTime] = new(_ => "time", Onboarding.TimePrompt, Onboarding.OnTime),
        [Phase.AskZone] = new(_ => "zone", Onboarding.ZonePrompt, Onboarding.OnZone),
        [Phase.Idle] = new(_ => "idle", Idle.Prompt, Idle.OnAnswer),
        [Phase.InSession] = new(SessionFlow.QuestionKey, SessionFlow.Prompt, SessionFlow.OnAnswer),
        [Phase.ConfirmDelete] = new(_ => "delete", PersonalDataFlow.DeletePrompt, PersonalDataFlow.OnDeleteAnswer),
        [Phase.AskPain] = new(_ => "pain", SafetyFlow.Prompt, SafetyFlow.OnRating),
        [Phase.AwaitClearance] = new(_ => "clearance", Onboarding.ClearancePrompt, Onboarding.OnClearance),
    };

    /// <summary>Decides what one input does to a chat. Inputs from the clock may decide to say nothing.</summary>
    public static Outcome Step(ChatState state, UserInput input, DateTimeOffset now)
    {
        if (input is ReminderDue or RestOver)
        {
            var clock = new Turn(state, now);
            return input switch
            {
                ReminderDue due => Reminders.OnDue(clock, due),
                RestOver rest => SessionFlow.OnRestOver(clock, rest.QuestionKey),
                _ => new Outcome(state),
            };
        }

        var turn = new Turn(Reminders.Heard(state), now);
        return input switch
        {
            CommandInput command => Commands.Handle(turn, command),
            UnsupportedInput unsupported => turn.Hint(Say.CannotRead(unsupported.Kind)),
            ButtonInput button => OnButton(turn, button.Data),
            TextInput text => OnText(turn with { MessageId = text.MessageId }, text.Text),
            EditedTextInput edited => OnEdit(turn, edited),
            _ => turn.DidNotCatch(),
        };
    }

    /// <summary>Said before the first reply after a stored conversation could not be read and was started again.</summary>
    public static Reply StateResetNotice => new(Say.StateReset);

    /// <summary>The question a chat is being asked right now, for transports that need to show it again.</summary>
    public static Reply CurrentPrompt(ChatState state, DateTimeOffset now) => new Turn(state, now).Prompt();

    private static Outcome OnText(Turn turn, string text)
    {
        var trimmed = text.Trim();

        // Safety first, in every state, and before a long message is turned away: it may say "chest pain".
        if (SafetyFlow.Screen(turn, trimmed) is { } safety)
        {
            return safety;
        }

        if (trimmed.Length == 0 || trimmed.Length > MaxAnswerLength)
        {
            return turn.DidNotCatch();
        }

        return Answer(turn, trimmed);
    }

    /// <summary>
    /// An edited message is screened like a new one; editing the message that logged the last set corrects it,
    /// and any other edit changes nothing, which the person is told in a line.
    /// </summary>
    private static Outcome OnEdit(Turn turn, EditedTextInput edited)
    {
        var trimmed = edited.Text.Trim();
        if (SafetyFlow.Screen(turn, trimmed) is { } safety)
        {
            return safety;
        }

        return SessionFlow.Correct(turn, edited.MessageId, trimmed) ?? turn.Stay(new Reply(Say.EditChangesNothing));
    }

    /// <summary>A button answers the question it was sent with; a button from an earlier question changes nothing.</summary>
    private static Outcome OnButton(Turn turn, string data)
    {
        var (key, answer) = ReplyButton.Parse(data);
        var row = Table[turn.State.Phase];
        if (key != row.QuestionKey(turn))
        {
            return turn.Hint(Say.QuestionPassed);
        }

        return Answer(turn, answer);
    }

    private static Outcome Answer(Turn turn, string answer)
    {
        if (turn.Conversation.Flow == Flow.Editing && answer.Equals("cancel", StringComparison.OrdinalIgnoreCase))
        {
            return Commands.Cancel(turn);
        }

        return Table[turn.State.Phase].Answer(turn, answer) ?? turn.DidNotCatch();
    }
}
