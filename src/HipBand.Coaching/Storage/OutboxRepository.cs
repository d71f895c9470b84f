using System.Data.Common;
using Dapper;

namespace HipBand.Coaching.Storage;

/// <summary>The outbox: requests waiting to be sent, and the dead letters Telegram refused.</summary>
internal static class OutboxRepository
{
    private const string Insert = """
        INSERT INTO outbox (chat_id, method, payload, created_at, kind) VALUES (@ChatId, @Method, @Payload, @Now, @Kind)
        RETURNING id
        """;

    private const string SelectPending = """
        SELECT id AS Id, chat_id AS ChatId, method AS Method, payload AS Payload, created_at AS CreatedAt
        FROM outbox
        WHERE id > @AfterId AND created_at <= @CreatedBefore
        ORDER BY id
        LIMIT @Limit
        """;

    private const string Delete = "DELETE FROM outbox WHERE id = @Id";
    private const string DeleteChat = "DELETE FROM outbox WHERE chat_id = @ChatId";
    private const string DeleteChatThrough = "DELETE FROM outbox WHERE chat_id = @ChatId AND created_at <= @Through";
    private const string HeardAt = "SELECT heard_at FROM trainees WHERE chat_id = @ChatId";

    private const string InsertDeadLetter = """
        INSERT INTO dead_letters (id, chat_id, method, payload, error, created_at, failed_at)
        VALUES (@Id, @ChatId, @Method, @Payload, @Error, @CreatedAt, @Now)
        """;

    private const string Deactivate = "UPDATE trainees SET active = 0, updated_at = @Now WHERE chat_id = @ChatId";

    /// <summary>Queues the messages and returns them as stored, with their ids.</summary>
    public static async Task<IReadOnlyList<PendingMessage>> InsertAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<OutboxMessage> messages, long now)
    {
        var stored = new List<PendingMessage>(messages.Count);
        foreach (var message in messages)
        {
            var id = (long)(await Prepared.ScalarAsync(
                connection, transaction, Insert, ("@ChatId", message.ChatId), ("@Method", message.Method), ("@Payload", message.Payload), ("@Now", now), ("@Kind", (int)message.Kind)).ConfigureAwait(false))!;
            stored.Add(new PendingMessage(id, message.ChatId, message.Method, message.Payload, DateTimeOffset.FromUnixTimeMilliseconds(now)));
        }

        return stored;
    }

    public static async Task<IReadOnlyList<PendingMessage>> ReadPendingAsync(DbConnection connection, long afterId, int limit, long createdBefore)
    {
        var rows = await connection.QueryAsync<Row>(SelectPending, new { AfterId = afterId, Limit = limit, CreatedBefore = createdBefore }).ConfigureAwait(false);
        return rows.Select(r => new PendingMessage(r.Id, r.ChatId, r.Method, r.Payload, DateTimeOffset.FromUnixTimeMilliseconds(r.CreatedAt))).ToList();
    }

    private const string Exists = "SELECT COUNT(*) FROM outbox WHERE id = @Id";

    public static async Task<bool> ExistsAsync(DbConnection connection, long id) =>
        await connection.ExecuteScalarAsync<long>(Exists, new { Id = id }).ConfigureAwait(false) > 0;

    private const string DeleteMany = "DELETE FROM outbox WHERE id ";

    /// <summary>Deletes sent rows, all in one statement.</summary>
    public static Task DeleteAsync(DbConnection connection, DbTransaction transaction, SqlDialect dialect, IReadOnlyList<long> ids) =>
        ids.Count == 0 ? Task.CompletedTask : connection.ExecuteAsync(DeleteMany + dialect.EqualsAny("@Ids"), new { Ids = ids }, transaction);

    public static async Task DeadLetterAsync(DbConnection connection, PendingMessage message, string error, long now)
    {
        await using var transaction = await connection.BeginTransactionAsync().ConfigureAwait(false);
        await connection.ExecuteAsync(InsertDeadLetter, new
        {
            message.Id, message.ChatId, message.Method, message.Payload, Error = error,
            CreatedAt = message.CreatedAt.ToUnixTimeMilliseconds(), Now = now,
        }, transaction).ConfigureAwait(false);
        await connection.ExecuteAsync(Delete, new { message.Id }, transaction).ConfigureAwait(false);
        await transaction.CommitAsync().ConfigureAwait(false);
    }

    /// <summary>
    /// The person blocked the bot: everything waiting for them is dropped and they are marked inactive. When the block
    /// is known from a request sent at <paramref name="refusedSentAt"/> and they have written to us since, they came
    /// back in between: only what was written before that request goes, and they stay active.
    /// </summary>
    public static async Task<Deactivation> DeactivateAsync(DbConnection connection, long chatId, long? refusedSentAt, long now)
    {
        await using var transaction = await connection.BeginTransactionAsync().ConfigureAwait(false);
        var heardAt = refusedSentAt is null ? null : await connection.ExecuteScalarAsync<long?>(HeardAt, new { ChatId = chatId }, transaction).ConfigureAwait(false);
        var cameBack = heardAt > refusedSentAt;
        var dropped = cameBack
            ? await connection.ExecuteAsync(DeleteChatThrough, new { ChatId = chatId, Through = refusedSentAt }, transaction).ConfigureAwait(false)
            : await connection.ExecuteAsync(DeleteChat, new { ChatId = chatId }, transaction).ConfigureAwait(false);
        if (!cameBack)
        {
            await connection.ExecuteAsync(Deactivate, new { ChatId = chatId, Now = now }, transaction).ConfigureAwait(false);
        }

        await transaction.CommitAsync().ConfigureAwait(false);
        return new Deactivation(dropped, Inactive: !cameBack);
    }

    internal sealed class Row
    {
        public long Id { get; init; }
        public long ChatId { get; init; }
        public string Method { get; init; } = "";
        public string Payload { get; init; } = "";
        public long CreatedAt { get; init; }
    }
}
