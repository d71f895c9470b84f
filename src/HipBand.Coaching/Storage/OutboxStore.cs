namespace HipBand.Coaching.Storage;

/// <summary>The outbox as the sender uses it: what waits to be sent, what was sent, what Telegram refused.</summary>
public sealed class OutboxStore(Database database, TimeProvider clock)
{
    private readonly TurnWriter writer = database.Writer(clock);

    /// <summary>Rows after <paramref name="afterId"/>, oldest first; only those older than <paramref name="minAge"/>, if given.</summary>
    public async Task<IReadOnlyList<PendingMessage>> PendingAsync(long afterId, int limit, TimeSpan? minAge = null, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var createdBefore = minAge is { } age ? (clock.GetUtcNow() - age).ToUnixTimeMilliseconds() : long.MaxValue;
        return await OutboxRepository.ReadPendingAsync(connection, afterId, limit, createdBefore).ConfigureAwait(false);
    }

    /// <summary>Whether the row is still waiting: not sent, replaced or evicted since it was read.</summary>
    public async Task<bool> IsWaitingAsync(long outboxId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await OutboxRepository.ExistsAsync(connection, outboxId).ConfigureAwait(false);
    }

    /// <summary>Removes a sent row (committed with other writes of the group commit).</summary>
    public Task MarkSentAsync(long outboxId, CancellationToken cancellationToken = default) =>
        writer.MarkSentAsync(outboxId, cancellationToken);

    public async Task DeadLetterAsync(PendingMessage message, string error, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await OutboxRepository.DeadLetterAsync(connection, message, error, clock.GetUtcNow().ToUnixTimeMilliseconds()).ConfigureAwait(false);
    }
}
