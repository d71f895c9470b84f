using HipBand.Coaching.Catalog;
using HipBand.Coaching.Dialog;

namespace HipBand.Coaching.Progress;

/// <summary>Turns a program's next session into a fixed plan for this person: exercises, doses and bands.</summary>
public static class SessionPlanner
{
    /// <summary>The plan for session number <paramref name="sessionIndex"/> (0-based) of the program.</summary>
    /// <remarks>
    /// Without bands, an exercise that needs one is replaced by its band-free variant or substitute;
    /// a substitute already in the session is not repeated. Everyone starts on their lightest band,
    /// as the band article advises.
    /// </remarks>
    /// <param name="program">The person's program.</param>
    /// <param name="sessionIndex">Which session of its rotation (0-based count of sessions started).</param>
    /// <param name="bands">The bands the person owns, lightest first.</param>
    /// <param name="lighter">After a long break: one set less of everything (never below one).</param>
    public static IReadOnlyList<SessionItem> Plan(TrainingProgram program, int sessionIndex, IReadOnlyList<string> bands, bool lighter = false)
    {
        var template = program.SessionAt(sessionIndex);
        var items = new List<SessionItem>(template.Items.Count);
        foreach (var planned in template.Items)
        {
            var item = PlanOne(planned, bands);
            if (lighter)
            {
                item = item with { Target = item.Target with { Sets = Math.Max(1, item.Target.Sets - 1) } };
            }

            if (items.All(i => i.ExerciseId != item.ExerciseId))
            {
                items.Add(item);
            }
        }

        return items;
    }

    /// <summary>About how long one controlled rep takes, with the tempos the articles give.</summary>
    private const int SecondsPerRep = 3;

    /// <summary>A rough length of a session in minutes, for reminders and the session header.</summary>
    public static int EstimateMinutes(IReadOnlyList<SessionItem> items, TimeSpan rest)
    {
        var seconds = 0;
        var sets = 0;
        foreach (var item in items)
        {
            var target = item.Target;
            var middle = (target.Min + target.Max) / 2;
            var perSet = target.Unit.IsTimed() ? middle : middle * SecondsPerRep;
            seconds += target.Sets * perSet * target.Unit.Sides();
            sets += target.Sets;
        }

        seconds += Math.Max(0, sets - 1) * (int)rest.TotalSeconds;
        return Math.Max(1, (int)Math.Round(seconds / 60.0));
    }

    private static SessionItem PlanOne(PlannedExercise planned, IReadOnlyList<string> bands)
    {
        var exercise = Exercises.Get(planned.ExerciseId);
        var dose = planned.Dose ?? exercise.Dose;
        var hasBand = bands.Count > 0;

        if (!hasBand && exercise.WithoutBand is { } replacement)
        {
            var variant = exercise.Easier.Concat(exercise.Harder).FirstOrDefault(v => v.Id == replacement);
            if (variant is not null)
            {
                var variantDose = planned.Dose ?? variant.Dose ?? exercise.Dose;
                return new SessionItem(exercise.Id, variant.Id, Target(exercise, variantDose), Band: null);
            }

            var substitute = Exercises.Get(replacement);
            var substituteDose = substitute.Dose with { Sets = Math.Min(dose.Sets, substitute.MaxSets) };
            return new SessionItem(substitute.Id, null, Target(substitute, substituteDose), Band: null);
        }

        var band = hasBand && exercise.Band != BandUse.None ? bands[0] : null;
        return new SessionItem(exercise.Id, null, Target(exercise, dose), band);
    }

    private static SetTarget Target(Exercise exercise, Dose dose) => new(exercise.Unit, dose.Sets, dose.Min, dose.Max);
}
