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
    /// <param name="levels">The person's level per exercise; an exercise without one starts at the beginning.</param>
    public static IReadOnlyList<SessionItem> Plan(
        TrainingProgram program, int sessionIndex, IReadOnlyList<string> bands, bool lighter = false, IReadOnlyDictionary<string, ExerciseLevel>? levels = null)
    {
        var template = program.SessionAt(sessionIndex);
        var items = new List<SessionItem>(template.Items.Count);
        foreach (var planned in template.Items)
        {
            var item = PlanOne(planned, bands);
            // The warm-up is the same light activation whatever the levels elsewhere.
            var level = program.Climbs == Climb.Never ? ExerciseLevel.Start : ExerciseLevel.Of(levels, program, item.ExerciseId);
            item = AtLevel(item, level, bands, program.LightestBandOnly);
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

    /// <summary>About how long a rep takes when the tempo is words ("controlled"): ours, as the articles give no time.</summary>
    private const int SecondsPerRepInWords = 3;

    /// <summary>Getting into position for an exercise, and changing sides between the halves of a set: ours.</summary>
    private const int SetUpSeconds = 15;

    private const int SideChangeSeconds = 5;

    /// <summary>
    /// How long a session takes, in minutes, from its plan: sets × target × tempo (a hold counts its seconds), per side
    /// where it is done on both, plus setting up and the rests between sets.
    /// </summary>
    public static int EstimateMinutes(IReadOnlyList<SessionItem> items, TimeSpan rest)
    {
        var seconds = 0;
        var sets = 0;
        foreach (var item in items)
        {
            var target = item.Target;
            var perSide = target.Unit.IsTimed() ? target.PerSet : target.PerSet * SecondsPerRep(Exercises.Get(item.ExerciseId));
            var sides = target.Unit.Sides();
            seconds += SetUpSeconds + (target.Sets * ((perSide * sides) + (sides > 1 ? SideChangeSeconds : 0)));
            sets += target.Sets;
        }

        seconds += Math.Max(0, sets - 1) * (int)rest.TotalSeconds;
        return Math.Max(1, (int)Math.Round(seconds / 60.0));
    }

    /// <summary>One rep at the exercise's tempo: a code's seconds ("2-1-2" is 5), or the holds a tempo in words names.</summary>
    private static int SecondsPerRep(Exercise exercise) => TempoCode.Parse(exercise.Tempo)?.Seconds ?? exercise.Tempo switch
    {
        "lift, hold 2 s, lower" or "lift, pause 1-2 s, lower" => SecondsPerRepInWords + 1,
        _ => SecondsPerRepInWords,
    };

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
                var variantTarget = Target(exercise, variantDose);
                return new SessionItem(exercise.Id, variant.Id, variant.Unit is { } unit ? variantTarget with { Unit = unit } : variantTarget, Band: null);
            }

            var substitute = Exercises.Get(replacement);
            var substituteDose = substitute.Dose with { Sets = Math.Min(dose.Sets, substitute.MaxSets) };
            return new SessionItem(substitute.Id, null, Target(substitute, substituteDose), Band: null);
        }

        var band = hasBand && exercise.Band != BandUse.None ? bands[0] : null;
        return new SessionItem(exercise.Id, null, Target(exercise, dose), band);
    }

    /// <summary>The planned item at the person's level: their band, placement, variant, and extra sets or reps.</summary>
    private static SessionItem AtLevel(SessionItem item, ExerciseLevel level, IReadOnlyList<string> bands, bool lightestBandOnly)
    {
        var exercise = Exercises.Get(item.ExerciseId);
        var band = item.Band is null || level.Bodyweight ? null : bands[lightestBandOnly ? 0 : Math.Clamp(level.Band, 0, bands.Count - 1)];
        var placement = band is null || exercise.Placements.Count == 0 ? null : exercise.Placements[Math.Clamp(level.Placement, 0, exercise.Placements.Count - 1)];
        var target = item.Target;
        var variantId = item.VariantId;
        if (variantId is null && VariantAt(exercise, level.Variant) is { } variant)
        {
            variantId = variant.Id;
            if (variant.Dose is { } dose)
            {
                target = target with { Min = dose.Min, Max = dose.Max };
            }

            if (variant.Unit is { } unit)
            {
                target = target with { Unit = unit };
            }
        }

        target = target with { Sets = Math.Clamp(target.Sets + level.ExtraSets, 1, Math.Max(exercise.MaxSets, target.Sets)) };
        if (!target.Unit.IsTimed())
        {
            target = target with { Min = target.Min + level.ExtraReps, Max = target.Max + level.ExtraReps };
        }

        // The target per set: where the person's level stands in the range, its bottom for something new.
        target = target with { Aim = Math.Clamp(level.Aim ?? target.Min, target.Min, target.Max) };
        return item with { VariantId = variantId, Target = target, Band = band, Placement = placement };
    }

    private static Variant? VariantAt(Exercise exercise, int step) => step switch
    {
        > 0 when exercise.Harder.Count > 0 => exercise.Harder[Math.Min(step, exercise.Harder.Count) - 1],
        < 0 when exercise.Easier.Count > 0 => exercise.Easier[Math.Min(-step, exercise.Easier.Count) - 1],
        _ => null,
    };

    private static SetTarget Target(Exercise exercise, Dose dose) => new(exercise.Unit, dose.Sets, dose.Min, dose.Max);
}
