namespace HipBand.Coaching.Progress;

/// <summary>Where a person stands on one exercise: band, placement, variant, extra volume, and how recent sessions went.</summary>
public sealed record ExerciseLevel
{
    /// <summary>Index into the person's bands, lightest first.</summary>
    public int Band { get; init; }

    /// <summary>A band-optional exercise done without its band for now (a beginner's start), whatever bands the person owns.</summary>
    public bool Bodyweight { get; init; }

    /// <summary>Index into the exercise's band placements, easiest first.</summary>
    public int Placement { get; init; }

    /// <summary>0 is the exercise itself; +n the n-th harder variant; -n the n-th easier one.</summary>
    public int Variant { get; init; }

    /// <summary>The target per set within the range; null is the bottom of it (a new exercise, band or placement).</summary>
    public int? Aim { get; init; }

    public int ExtraSets { get; init; }
    public int ExtraReps { get; init; }

    /// <summary>Sessions in a row with every set at the top of the range and nothing "too hard".</summary>
    public int TopStreak { get; init; }

    /// <summary>Sessions in a row with a set below the target (or the bottom of the range).</summary>
    public int BottomStreak { get; init; }

    /// <summary>Every set of the last session, for the sentence that announces a change ("20, 20, 20").</summary>
    public IReadOnlyList<int> LastSets { get; init; } = [];

    public static readonly ExerciseLevel Start = new();

    /// <summary>Where an exercise starts in a program: without its band when it is optional and the program starts that way.</summary>
    public static ExerciseLevel StartFor(TrainingProgram program, string exerciseId) =>
        program.StartsWithoutBand && Exercises.Get(exerciseId).Band == BandUse.Optional ? Start with { Bodyweight = true } : Start;

    /// <summary>The person's level on an exercise in a program; the program's start when there is none yet.</summary>
    public static ExerciseLevel Of(IReadOnlyDictionary<string, ExerciseLevel>? levels, TrainingProgram program, string exerciseId) =>
        levels?.GetValueOrDefault(exerciseId) ?? StartFor(program, exerciseId);
}
