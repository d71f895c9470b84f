namespace HipBand.Coaching.Storage;

/// <summary>How a copy to PostgreSQL ended: the rows copied per table, or why nothing was.</summary>
public sealed record CopyResult(IReadOnlyDictionary<string, long> Copied, string? RefusedBecause)
{
    public bool Succeeded => RefusedBecause is null;

    public static CopyResult Done(IReadOnlyDictionary<string, long> copied) => new(copied, null);

    public static CopyResult Refused(string reason) => new(new Dictionary<string, long>(), reason);
}
