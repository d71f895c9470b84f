using HipBand.Coaching.Safety;
using HipBand.Coaching.Dialog.Table;

namespace HipBand.Coaching.Dialog.Flows;

/// <summary>
/// Safety comes before anything else a message says, in every state: red flags end a session at once with advice to
/// get care, and hold training until a doctor has checked the person (<see cref="MedicalHolds"/>); readiness
/// statements lead to the clinician's OK (<see cref="ReadinessFlow"/>); feeling unwell ends a session kindly; pain is
/// rated and monitored across sessions (<see cref="PainFlow"/>).
/// </summary>
internal static class SafetyFlow
{
    /// <summary>Looks at typed text before the state table does; null when it says nothing about safety.</summary>
    /// <remarks>What it says is safety advice: never replaced by a newer reply, never held back from a chat that floods.</remarks>
    public static Outcome? Screen(Turn turn, string text) => Decide(turn, text)?.As(ReplyKind.Safety);

    private static Outcome? Decide(Turn turn, string text)
    {
        var memory = turn.Conversation.Memory;
        if (memory.AvoidSideLying && SafetyClassifier.SaysBetter(text))
        {
            var better = turn.State with { Conversation = turn.Conversation with { Memory = memory with { AvoidSideLying = false } } };
            return (turn with { State = better }).Hint(turn.Texts.SideLyingBack);
        }

        var signal = SafetyClassifier.Classify(text);
        var asking = turn.State.Phase is Phase.AskPain or Phase.AskIfHurts;
        return signal.Kind switch
        {
            SafetyKind.RedFlag => RedFlag(turn, signal.Flag!.Value),

            // Chest pain or fainting "when I exercise", said while exercising, is not history.
            SafetyKind.Readiness when turn.Conversation.Session is not null && signal.Readiness is ReadinessSign.ChestPainWithActivity =>
                RedFlag(turn, RedFlagSign.ChestPain),
            SafetyKind.Readiness when turn.Conversation.Session is not null && signal.Readiness is ReadinessSign.FaintingWithActivity =>
                RedFlag(turn, RedFlagSign.Fainting),
            SafetyKind.Readiness => ReadinessFlow.OnSaid(turn, signal.Readiness!.Value, signal.Cleared),
            SafetyKind.Unwell => Unwell(turn),
            SafetyKind.Pain when !asking => PainFlow.OnMentioned(turn, signal),
            SafetyKind.Sensation when !asking => PainFlow.AskIfHurts(turn, signal),
            _ => null,
        };
    }

    private static Outcome RedFlag(Turn turn, RedFlagSign flag)
    {
        // The hold, not a pain check, stands between this and the next session.
        var state = MedicalHolds.Place(turn, turn.State with { Conversation = turn.Conversation with { PainCheck = null } }, flag);
        var message = turn.Texts.RedFlag(flag);
        if (state.Conversation.Session is not null)
        {
            return SessionFlow.StopFor(turn with { State = PainFlow.Back(state, Phase.InSession) }, message, withSummary: false);
        }

        var back = PainFlow.Back(state, turn.Conversation.PainCheck?.ReturnTo ?? turn.State.Phase);
        return new Outcome(back, new Reply(message)).WithEffects(new RestTimerCancelled());
    }

    private static Outcome Unwell(Turn turn)
    {
        if (turn.Conversation.Session is not null)
        {
            return SessionFlow.StopFor(turn with { State = PainFlow.Back(turn.State, Phase.InSession) }, turn.Texts.UnwellInSession);
        }

        return turn.Hint(turn.Texts.UnwellElsewhere);
    }
}
