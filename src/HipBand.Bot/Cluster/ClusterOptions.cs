namespace HipBand.Bot.Cluster;

/// <summary>
/// How bot processes sharing one PostgreSQL database agree on who does what. Section "Cluster". Used with PostgreSQL
/// only; with SQLite there is one process and no lease is taken.
/// </summary>
public sealed class ClusterOptions
{
    public const string Section = "Cluster";

    /// <summary>
    /// How long a lease (a chat, the sender's role, a rest timer) lasts unless renewed: a killed process's work moves to
    /// another this long after its last renewal at most. Renewed every <see cref="PollInterval"/>.
    /// </summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>How often each process looks for chats with waiting updates, outbox rows (the sender) and due rest timers that nobody holds.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>The settings hang together: a lease outlives several polls, so that renewing it never comes too late.</summary>
    public bool IsValid => PollInterval > TimeSpan.Zero && LeaseDuration >= 3 * PollInterval;
}
