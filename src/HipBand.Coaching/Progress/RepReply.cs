namespace HipBand.Coaching.Progress;

/// <summary>What a reply to a set means.</summary>
public enum RepReplyKind
{
    /// <summary>Not a set result we can read.</summary>
    Unclear,

    /// <summary>One or more numbers, one per set.</summary>
    Counts,

    /// <summary>The whole target ("done", "all").</summary>
    All,

    /// <summary>Fewer than the target; the number still has to be asked.</summary>
    Fewer,
    Skip,
    SkipExercise,
    Stop,

    /// <summary>"Next": done or skipped? Asked, not guessed.</summary>
    Next,

    /// <summary>"Couldn't do any": logged as 0, kindly, with an easier option.</summary>
    NoneDone,
}

/// <summary>The unit a reply named with its numbers, if any: "12 reps" counts, "30 s" and "a minute" are time.</summary>
public enum SaidUnit
{
    None,
    Count,
    Time,
}

/// <summary>A parsed reply to a set: its kind, the numbers (for <see cref="RepReplyKind.Counts"/>) and how it felt.</summary>
public sealed record RepReply(RepReplyKind Kind, IReadOnlyList<int> Values, Difficulty Difficulty)
{
    /// <summary>The unit the numbers were given in, so that reps typed on a timed set are not logged as seconds.</summary>
    public SaidUnit Unit { get; init; }

    public static readonly RepReply Unclear = new(RepReplyKind.Unclear, [], Difficulty.Normal);

    public static RepReply Of(RepReplyKind kind, Difficulty difficulty = Difficulty.Normal) => new(kind, [], difficulty);
}
