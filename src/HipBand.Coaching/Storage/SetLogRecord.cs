using HipBand.Coaching.Progress;

namespace HipBand.Coaching.Storage;

/// <summary>One logged set as stored; <see cref="Done"/> is null for a skipped set.</summary>
public sealed record SetLogRecord(
    int Session, string ExerciseId, string? VariantId, int SetNumber, DoseUnit Unit, int TargetMin, int TargetMax,
    int? Done, string? Band, Difficulty Difficulty, DateTimeOffset LoggedAt);
