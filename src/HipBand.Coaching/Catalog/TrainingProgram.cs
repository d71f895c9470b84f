namespace HipBand.Coaching.Catalog;

/// <summary>A goal's program: the sessions it rotates through and how often to train.</summary>
public sealed record TrainingProgram
{
    public required Goal Goal { get; init; }

    /// <summary>Sessions in rotation order; session n uses Rotation[n % Count].</summary>
    public required IReadOnlyList<SessionTemplate> Rotation { get; init; }

    public required TimeSpan Rest { get; init; }
    public required int MinDaysPerWeek { get; init; }
    public required int MaxDaysPerWeek { get; init; }

    /// <summary>Sets use the lightest band the person owns, whatever the progression says.</summary>
    public bool LightestBandOnly { get; init; }

    /// <summary>
    /// A band-optional exercise starts without a band and adds one when its range is mastered (the runner article:
    /// "if you're a beginner, it's best to start without resistance until you become more comfortable").
    /// </summary>
    public bool StartsWithoutBand { get; init; }

    /// <summary>How far this program's levels may go up.</summary>
    public Climb Climbs { get; init; } = Climb.Full;

    /// <summary>The session template for the n-th session (0-based) of this program.</summary>
    public SessionTemplate SessionAt(int index) => Rotation[((index % Rotation.Count) + Rotation.Count) % Rotation.Count];
}

/// <summary>One session of a program: a label and the exercises in order.</summary>
public sealed record SessionTemplate(string Label, IReadOnlyList<PlannedExercise> Items);

/// <summary>An exercise with the dose this program gives it; null means the exercise's own default.</summary>
public sealed record PlannedExercise(string ExerciseId, Dose? Dose);

/// <summary>How far a program lets a level go up; going easier is always allowed.</summary>
public enum Climb
{
    /// <summary>Targets, bands, placements, variants and volume, as far as the articles go.</summary>
    Full,

    /// <summary>The target within the range, and the first (lightest) band on a band-optional exercise.</summary>
    WithinRange,

    /// <summary>Nothing: the same light activation every time ("activation, not exhaustion").</summary>
    Never,
}
