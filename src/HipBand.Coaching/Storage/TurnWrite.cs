namespace HipBand.Coaching.Storage;

/// <summary>A request for a transport, rendered at the edge and stored in the same transaction as the state change.</summary>
public sealed record OutboxMessage(long ChatId, string Method, string Payload)
{
    /// <summary>What the request carries: whether a newer one may replace it while it waits, and whether it must go out.</summary>
    public OutboxKind Kind { get; init; }
}

/// <summary>What an outbox row carries (stored as its number: keep the values).</summary>
public enum OutboxKind
{
    /// <summary>Never replaced by a newer row.</summary>
    Information = 0,

    /// <summary>A hint and the current question again: a newer repeat replaces the waiting ones under a backlog.</summary>
    Repeat = 1,

    /// <summary>Safety advice: always queued, even past the inbound limit or at the cap.</summary>
    Safety = 2,

    /// <summary>The line telling a flooding chat that it sends faster than it can be answered.</summary>
    FloodLine = 3,
}

/// <summary>An outbox row waiting to be sent.</summary>
public sealed record PendingMessage(long Id, long ChatId, string Method, string Payload, DateTimeOffset CreatedAt);

/// <summary>Everything one handled input writes, all or nothing.</summary>
/// <param name="ChatId">The chat the input came from.</param>
/// <param name="Loaded">The chat as it was loaded; null when the input changes no chat state (a group chat, say).</param>
/// <param name="State">The new state; null with <paramref name="Loaded"/>.</param>
/// <param name="Effects">The dialog's effects; session and set logs among them are written.</param>
/// <param name="Outbox">Requests to send once the write is committed.</param>
/// <param name="Claim">A key done at most once: claimed with the write; a key claimed before makes it a no-op.</param>
/// <param name="UpdateId">
/// The transport's id for the input: an id applied before makes the whole write a no-op; otherwise it is recorded as
/// applied, and its inbox row goes, with the write.
/// </param>
public sealed record TurnWrite(
    long ChatId,
    StoredChat? Loaded,
    ChatState? State,
    IReadOnlyList<Effect> Effects,
    IReadOnlyList<OutboxMessage> Outbox,
    long? UpdateId = null,
    string? Claim = null)
{
    /// <summary>How the chat's outbox is kept bounded under a flood; null queues every row as it is.</summary>
    public OutboxAdmission? Admission { get; init; }
}

/// <summary>How a write ended, and the outbox rows it queued (empty unless committed).</summary>
public sealed record WriteReport(TurnWriteResult Result, IReadOnlyList<PendingMessage> Queued)
{
    /// <summary>Waiting rows of the chat that the write took out of the outbox (replaced by newer ones, or evicted at the cap).</summary>
    public IReadOnlyList<long> Withdrawn { get; init; } = [];

    /// <summary>The chat's outbox reached its cap, for the first time in this burst: the transport logs it once.</summary>
    public bool CapReached { get; init; }

    public static readonly WriteReport Conflict = new(TurnWriteResult.Conflict, []);
    public static readonly WriteReport AlreadyApplied = new(TurnWriteResult.AlreadyApplied, []);
    public static readonly WriteReport Done = new(TurnWriteResult.Committed, []);
}

/// <summary>How a <see cref="TurnWrite"/> ended.</summary>
public enum TurnWriteResult
{
    Committed,

    /// <summary>The chat was saved by someone else since it was loaded; nothing was written.</summary>
    Conflict,

    /// <summary>The update had been applied before; nothing was written.</summary>
    AlreadyApplied,
}
