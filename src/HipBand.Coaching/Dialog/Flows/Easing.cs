using HipBand.Coaching.Progress;
using HipBand.Coaching.Dialog.Table;

namespace HipBand.Coaching.Dialog.Flows;

/// <summary>Making the rest of an exercise easier: on "lighter", or after moderate pain.</summary>
internal static class Easing
{
    /// <summary>
    /// Makes the rest of the current exercise easier: a lighter band if there is one, else the easier variant the
    /// articles name, else about a third fewer reps. <paramref name="change"/> says which, in a sentence.
    /// </summary>
    public static Turn Ease(Turn turn, ActiveSession session, out string change)
    {
        var item = session.Current;
        var exercise = Exercises.Get(item.ExerciseId);
        var bands = turn.Profile.Bands ?? [];
        var bandIndex = item.Band is null ? -1 : IndexOf(bands, item.Band);
        SessionItem eased;
        if (bandIndex > 0)
        {
            eased = item with { Band = bands[bandIndex - 1] };
            change = turn.Texts.EasedBand(bands[bandIndex - 1]);
        }
        else if (item.VariantId is null && exercise.Easier.Count > 0)
        {
            var variant = exercise.Easier[0];
            var dose = variant.Dose is { } d ? item.Target with { Min = d.Min, Max = d.Max } : item.Target;
            eased = item with { VariantId = variant.Id, Target = dose, Band = variant.NeedsBand ? item.Band : null };
            change = turn.Texts.EasedVariant(turn.Texts.VariantName(variant.Id));
        }
        else
        {
            var min = Math.Max(1, item.Target.Min * 2 / 3);
            eased = item with { Target = item.Target with { Min = min, Max = Math.Max(min, item.Target.Max * 2 / 3) } };
            change = turn.Texts.EasedReps(turn.Texts.Target(eased.Target));
        }

        var items = session.Items.Select((it, i) => i == session.Item ? eased : it).ToList();
        var state = SessionFlow.WithSession(turn.State, session with { Items = items });
        return turn with { State = state };
    }

    private static int IndexOf(IReadOnlyList<string> bands, string band)
    {
        for (var i = 0; i < bands.Count; i++)
        {
            if (bands[i] == band)
            {
                return i;
            }
        }

        return -1;
    }
}
