namespace HipBand.Coaching.Storage;

/// <summary>The profile columns of a <c>trainees</c> row, as read by the queries that select them.</summary>
internal abstract class TraineeRow
{
    public string? Goal { get; init; }
    public string? Bands { get; init; }
    public long Days { get; init; }
    public string? TrainAt { get; init; }
    public string? TimeZone { get; init; }
    public long Paused { get; init; }
    public long? OnboardedAt { get; init; }
}
