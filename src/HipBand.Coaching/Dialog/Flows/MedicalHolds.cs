using HipBand.Coaching.Dialog.Table;
using HipBand.Coaching.Safety;

namespace HipBand.Coaching.Dialog.Flows;

/// <summary>
/// A red flag is a hold, not a one-off reply: no session and no reminder until the person says a doctor has checked
/// them and told them it is fine to exercise. Every way of starting asks that first.
/// </summary>
internal static class MedicalHolds
{
    /// <summary>How many holds are kept for /export; only the latest can be in force.</summary>
    private const int Kept = 20;

    /// <summary>The state with a hold for <paramref name="flag"/> from now on (the one in force stays if there is one).</summary>
    public static ChatState Place(Turn turn, ChatState state, RedFlagSign flag)
    {
        var memory = state.Conversation.Memory;
        if (memory.ActiveHold is not null)
        {
            return state;
        }

        var holds = memory.Holds.Append(new MedicalHold(flag, turn.Now)).TakeLast(Kept).ToList();
        return state with { Conversation = state.Conversation with { Memory = memory with { Holds = holds } } };
    }

    public static Reply Prompt(Turn turn) => new(turn.Texts.AskCheckedUp, Buttons(turn.Texts));

    /// <summary>Instead of a session while a hold is in force: has a doctor checked them?</summary>
    public static Outcome Ask(Turn turn)
    {
        var asking = turn.State with { Conversation = turn.Conversation with { Phase = Phase.AskCheckedUp, Flow = Flow.Onboarding } };
        return new Outcome(asking, Prompt(turn));
    }

    /// <summary>Yes: the hold is lifted, with the time, and the session they asked for starts.</summary>
    public static Outcome? OnCheckedUp(Turn turn, string text)
    {
        if (!(turn.Texts.Words.CheckedUp.Contains(Plain(text)) || SafetyClassifier.SaysCleared(text)) || turn.Conversation.Memory.ActiveHold is not { } hold)
        {
            return null;
        }

        var memory = turn.Conversation.Memory;
        var holds = memory.Holds.Take(memory.Holds.Count - 1).Append(hold with { LiftedAt = turn.Now }).ToList();
        var lifted = turn.State with { Conversation = turn.Conversation with { Phase = Phase.Idle, Memory = memory with { Holds = holds } } };
        var start = SessionFlow.Start(turn with { State = lifted });
        return start with { Replies = [new Reply(turn.Texts.HoldLifted), .. start.Replies] };
    }

    /// <summary>Anything else keeps the hold, kindly; training stays closed.</summary>
    public static Outcome OnNotYet(Turn turn, string text)
    {
        var idle = turn.State with { Conversation = turn.Conversation with { Phase = Phase.Idle } };
        return new Outcome(idle, new Reply(turn.Texts.HoldKept));
    }

    /// <summary>Lower case, without apostrophes and commas: "Yes, I've been checked!" is "yes ive been checked".</summary>
    private static string Plain(string text) =>
        string.Join(' ', Idle.Normalize(text).Replace("'", "", StringComparison.Ordinal).Replace("’", "", StringComparison.Ordinal)
            .Split([' ', ','], StringSplitOptions.RemoveEmptyEntries));

    private static IReadOnlyList<IReadOnlyList<ReplyButton>> Buttons(ITexts texts) =>
        [[ReplyButton.For("checkup", texts.CheckedUpButton, "yes"), ReplyButton.For("checkup", texts.NotCheckedUpButton, "not yet")]];
}
