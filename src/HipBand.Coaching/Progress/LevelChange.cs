namespace HipBand.Coaching.Progress;

/// <summary>What changes in how an exercise is done next time.</summary>
public enum ChangeKind
{
    HeavierBand,
    HarderPlacement,
    HarderVariant,
    BackToExercise,
    MoreSets,
    MoreReps,
    LighterBand,
    EasierPlacement,
    BackToEasier,
    LessVolume,
    EasierVariant,
    FewerSets,

    /// <summary>Every set reached the target: the target rises within the range.</summary>
    HigherTarget,

    /// <summary>Below the target twice, still within the range: the target comes down.</summary>
    LowerTarget,

    /// <summary>A band-optional exercise mastered without a band: the lightest band goes on.</summary>
    AddBand,

    /// <summary>A sentence stored by an earlier release, kept as it was written until it has been shown.</summary>
    Written,
}

/// <summary>Why a level changes.</summary>
public enum ChangeCause
{
    TooHard,
    BelowRange,
    TopTwice,

    /// <summary>Every set reached its target.</summary>
    ReachedTarget,

    /// <summary>Below the target in two sessions running.</summary>
    BelowTarget,
}

/// <summary>Why, in data: the cause, the sets of the last two sessions, the limit they were measured against, and the unit.</summary>
public sealed record ChangeReason(ChangeCause Cause, IReadOnlyList<int> Before, IReadOnlyList<int> Now, int Limit, DoseUnit Unit);

/// <summary>
/// A change to a person's level on an exercise, as data (stored in the conversation, shown in the person's language):
/// what changes, why, and to what (a band, a placement, a variant id), or by how much.
/// </summary>
public sealed record LevelChange(string ExerciseId, ChangeKind Kind, ChangeReason Reason, string? To = null, int Amount = 0)
{
    /// <summary>An announcement an earlier release stored as an English sentence.</summary>
    public string? Written { get; init; }
}
