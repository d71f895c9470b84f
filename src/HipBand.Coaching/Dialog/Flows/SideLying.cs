using HipBand.Coaching.Dialog.Table;

namespace HipBand.Coaching.Dialog.Flows;

/// <summary>Pain on the outside of the hip: the exercises that lie on it leave the session under way at once.</summary>
internal static class SideLying
{
    /// <summary>
    /// The rest of the session without side-lying exercises. The current one, if it lies on the side, ends with the sets
    /// already logged (or leaves the plan when none were). <paramref name="nothingLeft"/> is true when that was all.
    /// </summary>
    public static Turn LeaveOut(Turn turn, out bool nothingLeft)
    {
        var session = turn.Conversation.Session!;
        var items = new List<SessionItem>(session.Items.Take(session.Item));
        var item = session.Item;
        var set = session.Set;
        if (!IsSideLying(session.Current))
        {
            items.Add(session.Current);
        }
        else if (session.Set > 0)
        {
            // Its logged sets stay; the target shrinks to them, so the review sees a finished exercise.
            items.Add(session.Current with { Target = session.Current.Target with { Sets = session.Set } });
            item++;
            set = 0;
        }

        items.AddRange(session.Items.Skip(session.Item + 1).Where(i => !IsSideLying(i)));
        nothingLeft = item >= items.Count;
        var trimmed = session with { Items = items, Item = item, Set = set, AskedForCount = false };
        return turn with { State = SessionFlow.WithSession(turn.State, trimmed) };
    }

    private static bool IsSideLying(SessionItem item) => Exercises.Get(item.ExerciseId).SideLying;
}
