namespace HipBand.Coaching.Storage;

/// <summary>A request for a transport, rendered at the edge and stored in the same transaction as the state change.</summary>
public sealed record OutboxMessage(long ChatId, string Method, string Payload);

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
    string? Claim = null);

/// <summary>How a write ended, and the outbox rows it queued (empty unless committed).</summary>
public sealed record WriteReport(TurnWriteResult Result, IReadOnlyList<PendingMessage> Queued)
{
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
