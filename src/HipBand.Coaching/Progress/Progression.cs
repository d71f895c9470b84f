namespace HipBand.Coaching.Progress;

/// <summary>
/// How one exercise went in a finished session: its range, every set, and the target each set aimed at (the top of the
/// range when not given).
/// </summary>
public sealed record ExerciseResult(string ExerciseId, int TargetMin, int TargetMax, IReadOnlyList<int?> Done, bool TooHard, int? TargetAim = null)
{
    public int Aim => Math.Clamp(TargetAim ?? TargetMax, TargetMin, TargetMax);
}

/// <summary>
/// Double progression as practitioners run it: every set has one target in the range, starting at its bottom. When
/// every set reaches it without "too hard", the target rises (1-2 reps, or 5-10 s for holds); at the top of the range
/// in two sessions running, progress (a heavier band the person owns; the harder placement or variant the articles
/// name; a set more, or more reps, within the articles' limits). Below the bottom of the range in two sessions,
/// or "too hard", go easier (a lighter band; the easier placement or variant; a set less).
/// </summary>
public static class Progression
{
    /// <summary>The articles' rep ceiling for band work ("2-4 sets of 12-20"), unless an exercise's own range is higher.</summary>
    private const int RepCeiling = 20;

    private const int RepStep = 2;

    /// <summary>The next level after a session, and the change to announce, if any.</summary>
    /// <param name="level">The level the session was planned at.</param>
    /// <param name="result">How the session went on this exercise.</param>
    /// <param name="bands">The bands the person owns, lightest first.</param>
    /// <param name="lightestBandOnly">The program keeps to the lightest band (gentle).</param>
    /// <param name="currentSets">How many sets the session had of it.</param>
    /// <param name="mayProgress">False while pain is being watched: the level may go down, never up, and the session does not count towards going up.</param>
    /// <param name="effort">How the exercise felt: easy steps up faster, hard holds where it is.</param>
    /// <param name="climb">How far the program lets the level go up.</param>
    public static (ExerciseLevel Level, LevelChange? Change) Next(
        ExerciseLevel level, ExerciseResult result, IReadOnlyList<string> bands, bool lightestBandOnly, int currentSets, bool mayProgress = true,
        Effort effort = Effort.Good, Climb climb = Climb.Full)
    {
        var done = result.Done.OfType<int>().ToList();
        var aim = result.Aim;
        var reached = done.Count == result.Done.Count && done.Count > 0 && done.All(d => d >= aim) && !result.TooHard;
        if ((!mayProgress || effort == Effort.Hard) && reached)
        {
            return (level with { BottomStreak = 0, LastSets = done }, null);
        }

        var exercise = Exercises.Get(result.ExerciseId);
        if (reached && aim < result.TargetMax)
        {
            // The target climbs within the range; the band stays.
            var higher = Math.Min(result.TargetMax, aim + (Step(exercise, result) * (effort == Effort.Easy ? 2 : 1)));
            var raised = level with { Aim = higher, TopStreak = 0, BottomStreak = 0, LastSets = done };
            return (raised, new LevelChange(exercise.Id, ChangeKind.HigherTarget, new ChangeReason(ChangeCause.ReachedTarget, [], done, aim, exercise.Unit), Amount: higher));
        }

        var allAtTop = reached;
        var belowAim = done.Any(d => d < aim);
        var belowBottom = done.Any(d => d < result.TargetMin);
        var next = level with
        {
            TopStreak = allAtTop ? level.TopStreak + (effort == Effort.Easy ? 2 : 1) : 0,
            BottomStreak = belowAim ? level.BottomStreak + 1 : 0,
            LastSets = done,
        };

        if (!result.TooHard && next.BottomStreak >= 2 && !belowBottom && aim > result.TargetMin)
        {
            var lower = Math.Max(result.TargetMin, aim - Step(exercise, result));
            var lowered = next with { Aim = lower, BottomStreak = 0 };
            return (lowered, new LevelChange(exercise.Id, ChangeKind.LowerTarget, new ChangeReason(ChangeCause.BelowTarget, level.LastSets, done, aim, exercise.Unit), Amount: lower));
        }

        if (result.TooHard || (next.BottomStreak >= 2 && (belowBottom || aim <= result.TargetMin)))
        {
            var reason = result.TooHard
                ? new ChangeReason(ChangeCause.TooHard, [], [], 0, exercise.Unit)
                : new ChangeReason(ChangeCause.BelowRange, level.LastSets, done, result.TargetMin, exercise.Unit);
            return Easier(next, exercise, bands, currentSets, reason);
        }

        if (next.TopStreak >= 2)
        {
            return Harder(next, exercise, bands, lightestBandOnly, currentSets, result.TargetMax, new ChangeReason(ChangeCause.TopTwice, [], done, result.TargetMax, exercise.Unit), climb);
        }

        return (next, null);
    }

    /// <summary>How far a target moves: 1-2 reps (2 on a wide range), or 5-10 s for holds (10 on a long one).</summary>
    private static int Step(Exercise exercise, ExerciseResult result) =>
        exercise.Unit.IsTimed() ? (result.TargetMax >= 60 ? 10 : 5) : (result.TargetMax - result.TargetMin >= 5 ? 2 : 1);

    private static (ExerciseLevel, LevelChange?) Harder(
        ExerciseLevel level, Exercise exercise, IReadOnlyList<string> bands, bool lightestBandOnly, int currentSets, int currentMax, ChangeReason reason, Climb climb)
    {
        // A band, a heavier band, harder placement or variant starts again at the bottom of its range.
        var reset = level with { TopStreak = 0, BottomStreak = 0, Aim = null };
        if (level.Bodyweight && bands.Count > 0 && climb != Climb.Never)
        {
            // The bodyweight range is mastered: the band goes on, the lightest first.
            return Change(exercise, reset with { Bodyweight = false, Band = 0, Placement = 0 }, reason, ChangeKind.AddBand, bands[0]);
        }

        if (climb != Climb.Full)
        {
            return (level with { TopStreak = 0 }, null);
        }

        if (!lightestBandOnly && exercise.Band != BandUse.None && level.Band + 1 < bands.Count)
        {
            var band = bands[level.Band + 1];
            return Change(exercise, reset with { Band = level.Band + 1 }, reason, ChangeKind.HeavierBand, band);
        }

        if (bands.Count > 0 && exercise.Band != BandUse.None && !level.Bodyweight && level.Placement + 1 < exercise.Placements.Count)
        {
            var placement = exercise.Placements[level.Placement + 1];
            return Change(exercise, reset with { Placement = level.Placement + 1 }, reason, ChangeKind.HarderPlacement, placement);
        }

        if (level.Variant >= 0 && level.Variant < exercise.Harder.Count && (!exercise.Harder[level.Variant].NeedsBand || bands.Count > 0))
        {
            var variant = exercise.Harder[level.Variant];
            return Change(exercise, reset with { Variant = level.Variant + 1 }, reason, ChangeKind.HarderVariant, variant.Id);
        }

        if (level.Variant < 0)
        {
            return Change(exercise, reset with { Variant = level.Variant + 1 }, reason, ChangeKind.BackToExercise);
        }

        if (currentSets < exercise.MaxSets)
        {
            return Change(exercise, reset with { ExtraSets = level.ExtraSets + 1 }, reason, ChangeKind.MoreSets);
        }

        var ceiling = Math.Max(RepCeiling, exercise.Dose.Max);
        if (!exercise.Unit.IsTimed() && currentMax + RepStep <= ceiling)
        {
            return Change(exercise, reset with { ExtraReps = level.ExtraReps + RepStep }, reason, ChangeKind.MoreReps, Amount: RepStep);
        }

        return (reset, null);
    }

    private static (ExerciseLevel, LevelChange?) Easier(ExerciseLevel level, Exercise exercise, IReadOnlyList<string> bands, int currentSets, ChangeReason reason)
    {
        var reset = level with { TopStreak = 0, BottomStreak = 0, Aim = null };
        if (exercise.Band != BandUse.None && !level.Bodyweight && level.Band > 0 && bands.Count > 0)
        {
            var band = bands[Math.Min(level.Band - 1, bands.Count - 1)];
            return Change(exercise, reset with { Band = level.Band - 1 }, reason, ChangeKind.LighterBand, band);
        }

        if (level.Placement > 0)
        {
            return Change(exercise, reset with { Placement = level.Placement - 1 }, reason, ChangeKind.EasierPlacement, exercise.Placements[level.Placement - 1]);
        }

        if (level.Variant > 0)
        {
            return Change(exercise, reset with { Variant = level.Variant - 1 }, reason, ChangeKind.BackToEasier);
        }

        if (level.ExtraReps > 0 || level.ExtraSets > 0)
        {
            return Change(exercise, reset with { ExtraReps = 0, ExtraSets = Math.Max(0, level.ExtraSets - 1) }, reason, ChangeKind.LessVolume);
        }

        if (-level.Variant < exercise.Easier.Count)
        {
            var variant = exercise.Easier[-level.Variant];
            return Change(exercise, reset with { Variant = level.Variant - 1 }, reason, ChangeKind.EasierVariant, variant.Id);
        }

        if (currentSets > 1)
        {
            return Change(exercise, reset with { ExtraSets = level.ExtraSets - 1 }, reason, ChangeKind.FewerSets);
        }

        return (reset, null);
    }

    private static (ExerciseLevel, LevelChange?) Change(Exercise exercise, ExerciseLevel level, ChangeReason reason, ChangeKind kind, string? to = null, int Amount = 0) =>
        (level, new LevelChange(exercise.Id, kind, reason, to, Amount));
}
