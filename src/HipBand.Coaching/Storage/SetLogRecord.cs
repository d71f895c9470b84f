using HipBand.Coaching.Progress;

namespace HipBand.Coaching.Storage;

/// <summary>One logged set as stored; <see cref="Done"/> is null for a skipped set.</summary>
public sealed record SetLogRecord(
    int Session, string ExerciseId, string? VariantId, int SetNumber, DoseUnit Unit, int TargetMin, int TargetMax,
    int? Done, string? Band, Difficulty Difficulty, DateTimeOffset LoggedAt)
{
    /// <summary>The target per set within the range; null for sets logged before targets were stored.</summary>
    public int? Aim { get; init; }

    /// <summary>Where the band sat ("at the ankles"); null without a band, or for sets logged before it was stored.</summary>
    public string? Placement { get; init; }
}
