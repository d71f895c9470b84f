namespace HipBand.Bot.Cluster;

/// <summary>This process among those sharing the database: the owner named in every lease it takes.</summary>
internal sealed class Instance
{
    /// <summary>Unique per start: a process started again is a new owner, and does not inherit what it held before it died.</summary>
    public string Id { get; } = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";
}
