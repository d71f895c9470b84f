using HipBand.Coaching.Safety;
using HipBand.Coaching.Dialog.Table;

namespace HipBand.Coaching.Dialog.Flows;

/// <summary>
/// The readiness check: setup's first question (yes or no), and anything said later that calls for a clinician's OK (a
/// recent injury or surgery, a doctor's no, chest pain or fainting with exercise, pregnancy). Until a clinician has
/// OKed training there is none; after that, the gentle program until they clear the person for full training.
/// </summary>
internal static class ReadinessFlow
{
    /// <summary>How many replaced answers are kept, for /export.</summary>
    private const int Kept = 20;

    public static Reply Prompt(Turn turn) => new(turn.Texts.Readiness, YesNoButtons(turn.Texts));

    public static Reply ClearancePrompt(Turn turn) => new(turn.Texts.CheckWithClinician, ClearanceButtons(turn.Texts));

    /// <summary>Yes, one applies (the button, or a yes): the clinician's OK comes first.</summary>
    public static Outcome? OnYes(Turn turn, string text) =>
        turn.Texts.Words.Readiness.Contains(Idle.Normalize(text)) ? Applies(turn, ReadinessSign.Unspecified, cleared: false) : null;

    /// <summary>No, none applies: on to the goal, the answer kept with its time.</summary>
    public static Outcome? OnNo(Turn turn, string text)
    {
        if (!turn.Texts.Words.NoneApplies.Contains(Idle.Normalize(text)))
        {
            return null;
        }

        var state = WithAnswer(turn.State, new ReadinessAnswer(false, turn.Now));
        var next = Onboarding.Ask(state, Phase.AskGoal, Flow.Onboarding);
        var prompt = (turn with { State = next }).Prompt();
        return new Outcome(next, prompt with { Text = new RichText().Add(turn.Texts.NoneApplies).Paragraph(prompt.Text) });
    }

    /// <summary>A readiness item said in words, at any point; with a clinician's OK in the same words, already cleared.</summary>
    public static Outcome OnSaid(Turn turn, ReadinessSign sign, bool cleared)
    {
        var current = turn.Conversation.Memory.Readiness;
        if (current is { AnyApplies: true } && (current.Sign == sign || current.AwaitsClearance))
        {
            // Heard already: nothing new to check.
            return current.AwaitsClearance && !cleared
                ? new Outcome(Onboarding.Ask(turn.State, Phase.AwaitClearance, Flow.Onboarding), ClearancePrompt(turn))
                : cleared ? Cleared(turn) : turn.Hint(turn.Texts.ReadinessHeardBefore);
        }

        return Applies(turn, sign, cleared);
    }

    /// <summary>A clinician's OK, in words or with the button.</summary>
    public static Outcome? OnCleared(Turn turn, string text) =>
        turn.Conversation.Memory.Readiness is { AwaitsClearance: true } && (turn.Texts.Words.Cleared.Contains(Idle.Normalize(text)) || SafetyClassifier.SaysCleared(text))
            ? Cleared(turn)
            : null;

    /// <summary>Not cleared yet: the check comes first; during setup the question stays, later training waits.</summary>
    public static Outcome? OnNotYet(Turn turn, string text)
    {
        if (!turn.Texts.Words.NotYet.Contains(Idle.Normalize(text)))
        {
            return null;
        }

        return turn.Profile.IsOnboarded
            ? new Outcome(Onboarding.Ask(turn.State, Phase.Idle, Flow.Onboarding), new Reply(turn.Texts.TrainingWaitsForOk))
            : turn.Stay(new Reply(turn.Texts.CheckFirst, ClearanceButtons(turn.Texts)));
    }

    /// <summary>Instead of a session while the clinician's OK is awaited.</summary>
    public static Outcome AskForClearance(Turn turn) =>
        new(Onboarding.Ask(turn.State, Phase.AwaitClearance, Flow.Onboarding), ClearancePrompt(turn));

    /// <summary>The person says a clinician has cleared them for full training: every goal is open again.</summary>
    public static Outcome? OnFullyCleared(Turn turn, string text)
    {
        var readiness = turn.Conversation.Memory.Readiness;
        if (readiness is not { GentleOnly: true } || !(text == FullyClearedAnswer || SafetyClassifier.SaysFullyCleared(text)))
        {
            return null;
        }

        var state = WithAnswer(turn.State, readiness with { ClearedAt = readiness.ClearedAt ?? turn.Now, FullyClearedAt = turn.Now }, replaces: false);
        var next = turn with { State = state };
        var prompt = next.Prompt();
        return new Outcome(state, prompt with { Text = new RichText().Add(turn.Texts.FullyCleared).Paragraph(prompt.Text) });
    }

    /// <summary>The answer of the button that says a clinician has cleared the person for full training.</summary>
    public const string FullyClearedAnswer = "fully cleared";

    public static ReplyButton FullyClearedButton(ITexts texts) => ReplyButton.For("goal", texts.FullyClearedButton, FullyClearedAnswer);

    private static Outcome Applies(Turn turn, ReadinessSign sign, bool cleared)
    {
        var answer = new ReadinessAnswer(true, turn.Now, cleared ? turn.Now : null, sign);
        var state = WithAnswer(turn.State with { Conversation = turn.Conversation with { PainCheck = null } }, answer);
        var next = turn with { State = state };
        if (cleared)
        {
            return Cleared(next);
        }

        var heard = turn.Texts.ReadinessHeard(sign);
        if (state.Conversation.Session is { } session)
        {
            // The session ends; what was logged is kept, and the same message asks for the OK.
            var stopped = SessionFlow.Finish(next, session, completed: false, lead: null, notice: heard);
            var asking = Onboarding.Ask(stopped.State, Phase.AwaitClearance, Flow.Onboarding);
            return stopped with { State = asking, Replies = [stopped.Replies[0] with { Buttons = ClearanceButtons(turn.Texts) }] };
        }

        var awaiting = Onboarding.Ask(state, Phase.AwaitClearance, Flow.Onboarding);
        return new Outcome(awaiting, new Reply(heard, ClearanceButtons(turn.Texts)));
    }

    /// <summary>Cleared for the gentle program: during setup on to the bands; later, back to training, gently.</summary>
    private static Outcome Cleared(Turn turn)
    {
        var readiness = turn.Conversation.Memory.Readiness!;
        var state = WithAnswer(turn.State, readiness with { ClearedAt = turn.Now }, replaces: false);
        var (profile, line) = Onboarding.WithGoal(turn, state.Profile, Goal.Gentle);
        state = state with { Profile = profile, Conversation = state.Conversation with { PainCheck = null } };
        var next = turn with { State = state };
        if (!turn.Profile.IsOnboarded)
        {
            var bands = Onboarding.Ask(state, Phase.AskBands, Flow.Onboarding);
            var prompt = (turn with { State = bands }).Prompt();
            return new Outcome(bands, prompt with { Text = new RichText().Add(turn.Texts.ClearedGentle).Paragraph(prompt.Text) });
        }

        if (state.Conversation.Session is not null)
        {
            return SessionFlow.Continue(next, turn.Texts.ClearedGentleLater, offerLighter: true);
        }

        return Idle.Return(next, new RichText().Add(turn.Texts.ClearedGentleLater).Paragraph(line ?? ""))
            .WithEffects(Onboarding.ScheduleEffect(profile, turn.Profile));
    }

    private static ChatState WithAnswer(ChatState state, ReadinessAnswer answer, bool replaces = true)
    {
        var memory = state.Conversation.Memory;
        var earlier = replaces && memory.Readiness is { } before ? memory.EarlierReadiness.Append(before).TakeLast(Kept).ToList() : memory.EarlierReadiness;
        return state with { Conversation = state.Conversation with { Memory = memory with { Readiness = answer, EarlierReadiness = earlier } } };
    }

    private static IReadOnlyList<IReadOnlyList<ReplyButton>> YesNoButtons(ITexts texts) =>
        [[ReplyButton.For("readiness", texts.ReadinessYesButton, "yes"), ReplyButton.For("readiness", texts.ReadinessNoButton, "no")]];

    internal static IReadOnlyList<IReadOnlyList<ReplyButton>> ClearanceButtons(ITexts texts) =>
    [
        [ReplyButton.For("clearance", texts.ClearanceButton, "cleared"), ReplyButton.For("clearance", texts.CheckFirstButton, "later")],
    ];
}
