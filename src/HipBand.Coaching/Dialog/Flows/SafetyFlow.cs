using HipBand.Coaching.Safety;
using HipBand.Coaching.Dialog.Table;

namespace HipBand.Coaching.Dialog.Flows;

/// <summary>
/// Safety comes before anything else a message says, in every state: red flags end a session at once with
/// advice to get urgent care, and hold training until a doctor has checked the person (<see cref="MedicalHolds"/>);
/// feeling unwell ends it kindly; pain pauses for a 0-10 rating and acts on it.
/// </summary>
internal static class SafetyFlow
{
    private const int Mild = 3;
    private const int Moderate = 5;

    /// <summary>Looks at typed text before the state table does; null when it says nothing about safety.</summary>
    public static Outcome? Screen(Turn turn, string text)
    {
        var memory = turn.Conversation.Memory;
        if (memory.AvoidSideLying && SafetyClassifier.SaysBetter(text))
        {
            var better = turn.State with { Conversation = turn.Conversation with { Memory = memory with { AvoidSideLying = false } } };
            return (turn with { State = better }).Hint(turn.Texts.SideLyingBack);
        }

        var signal = SafetyClassifier.Classify(text);
        return signal.Kind switch
        {
            SafetyKind.RedFlag => RedFlag(turn, signal.Flag!.Value),
            SafetyKind.Unwell => Unwell(turn),
            SafetyKind.Pain when turn.State.Phase != Phase.AskPain => signal.Rating is { } rating
                ? Rated(turn, Context(turn), rating, signal.Where, signal.OuterHip)
                : AskRating(turn, Context(turn), signal.Where, signal.OuterHip, turn.Texts.AskPain),
            _ => null,
        };
    }

    /// <summary>Before the first session after a pain report: how does it feel now?</summary>
    public static Outcome CheckBeforeSession(Turn turn)
    {
        var last = turn.Conversation.Memory.LastPain;
        return AskRating(turn, new PainCheck(PainContext.BeforeSession, turn.State.Phase, last?.Where, false), null, false, turn.Texts.AskPainBeforeSession(last));
    }

    public static Reply Prompt(Turn turn) => new(turn.Texts.AskPainAgain, RatingButtons(turn.Texts)) { ExpectsNumber = true };

    public static Outcome? OnRating(Turn turn, string text)
    {
        var check = turn.Conversation.PainCheck!;
        if (SafetyClassifier.ReadRating(text) is not { } rating)
        {
            return null;
        }

        var where = SafetyClassifier.Where(text) ?? check.Where;
        return Rated(turn, check, rating, where, check.OuterHip || SafetyClassifier.IsOuterHip(text));
    }

    /// <summary>Leaves the pain question without a rating (/cancel): back where we were.</summary>
    public static Outcome Leave(Turn turn)
    {
        var back = Back(turn.State, turn.Conversation.PainCheck?.ReturnTo ?? Phase.Idle);
        return new Outcome(back, (turn with { State = back }).Prompt());
    }

    private static PainCheck Context(Turn turn) =>
        new(turn.Conversation.Session is not null ? PainContext.InSession : PainContext.Elsewhere, turn.State.Phase, null, false);

    private static Outcome AskRating(Turn turn, PainCheck check, string? where, bool outerHip, string question)
    {
        var asking = turn.State with
        {
            Conversation = turn.Conversation with
            {
                Phase = Phase.AskPain,
                PainCheck = check with { Where = where ?? check.Where, OuterHip = outerHip || check.OuterHip },
            },
        };
        return new Outcome(asking, new Reply(question, RatingButtons(turn.Texts)) { ExpectsNumber = true }).WithEffects(new RestTimerCancelled());
    }

    /// <summary>Acts on a rating: 0-3 carry on (lighter on offer), 4-5 ease off, above 5 stop and see a clinician.</summary>
    private static Outcome Rated(Turn turn, PainCheck check, int rating, string? where, bool outerHip)
    {
        var memory = turn.Conversation.Memory with
        {
            LastPain = new PainReport(rating, where, turn.Now),
            CheckPainFirst = check.Context != PainContext.BeforeSession && rating > 0,
            AvoidSideLying = turn.Conversation.Memory.AvoidSideLying || outerHip,
        };
        var state = Back(turn.State with { Conversation = turn.Conversation with { Memory = memory } }, check.ReturnTo);
        var next = turn with { State = state };
        var note = outerHip && !turn.Conversation.Memory.AvoidSideLying ? " " + turn.Texts.SideLyingOut : "";

        return check.Context switch
        {
            PainContext.InSession when state.Conversation.Session is { } session => rating switch
            {
                <= Mild => SessionFlow.Continue(next, turn.Texts.PainMild + note, offerLighter: true),
                <= Moderate => SessionFlow.Continue(Easing.Ease(next, session, out var change), turn.Texts.PainModerate(change) + note, offerLighter: false),
                _ => SessionFlow.StopFor(next, turn.Texts.PainSevere + note),
            },
            PainContext.BeforeSession => rating switch
            {
                <= Mild => SessionFlow.Start(next, painChecked: true, lighter: false),
                <= Moderate => SessionFlow.Start(next, painChecked: true, lighter: true),
                _ => next.Hint(turn.Texts.PainRestFirst + note),
            },
            _ => next.Hint((rating <= Mild ? turn.Texts.PainNoted : rating <= Moderate ? turn.Texts.PainModerateElsewhere : turn.Texts.PainSevereElsewhere) + note),
        };
    }

    private static Outcome RedFlag(Turn turn, RedFlagSign flag)
    {
        // The hold, not a pain check, stands between this and the next session.
        var state = MedicalHolds.Place(turn, turn.State with { Conversation = turn.Conversation with { PainCheck = null } }, flag);
        var message = turn.Texts.RedFlag(flag);
        if (state.Conversation.Session is not null)
        {
            return SessionFlow.StopFor(turn with { State = Back(state, Phase.InSession) }, message, withSummary: false);
        }

        var back = Back(state, turn.Conversation.PainCheck?.ReturnTo ?? turn.State.Phase);
        return new Outcome(back, new Reply(message));
    }

    private static Outcome Unwell(Turn turn)
    {
        if (turn.Conversation.Session is not null)
        {
            return SessionFlow.StopFor(turn with { State = Back(turn.State, Phase.InSession) }, turn.Texts.UnwellInSession);
        }

        return turn.Hint(turn.Texts.UnwellElsewhere);
    }

    private static ChatState Back(ChatState state, Phase phase) =>
        state with { Conversation = state.Conversation with { Phase = phase == Phase.AskPain ? Phase.Idle : phase, PainCheck = null } };

    private static IReadOnlyList<IReadOnlyList<ReplyButton>> RatingButtons(ITexts texts) =>
    [
        [ReplyButton.For("pain", texts.PainMildButton, "2"), ReplyButton.For("pain", texts.PainModerateButton, "5"), ReplyButton.For("pain", texts.PainBadButton, "7")],
    ];
}
