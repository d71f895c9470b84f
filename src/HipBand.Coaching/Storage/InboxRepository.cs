using System.Data.Common;
using Dapper;

namespace HipBand.Coaching.Storage;

/// <summary>The inbox: updates stored as they arrive, until the turn they cause takes them out.</summary>
internal static class InboxRepository
{
    // An update already waiting, or already applied, is not stored again: a redelivery changes nothing.
    private const string Insert = """
        INSERT INTO inbox (update_id, chat_id, payload, received_at)
        SELECT @UpdateId, @ChatId, @Payload, @Now
        WHERE NOT EXISTS (SELECT 1 FROM applied_updates WHERE update_id = @UpdateId)
        ON CONFLICT (update_id) DO NOTHING
        RETURNING seq
        """;

    private const string SelectWaiting = """
        SELECT seq AS Seq, update_id AS UpdateId, chat_id AS ChatId, payload AS Payload, received_at AS ReceivedAt
        FROM inbox
        ORDER BY seq
        """;

    // The chats' part of the inbox (their leases are this process's), in the order it came.
    private const string SelectWaitingOf = """
        SELECT seq AS Seq, update_id AS UpdateId, chat_id AS ChatId, payload AS Payload, received_at AS ReceivedAt
        FROM inbox
        WHERE chat_id @InChats
        ORDER BY seq
        """;

    // The turn an update causes takes it out, noting when the person was last heard from.
    private const string Take = """
        UPDATE trainees SET heard_at = (SELECT received_at FROM inbox WHERE update_id = @UpdateId)
        WHERE chat_id = @ChatId AND EXISTS (SELECT 1 FROM inbox WHERE update_id = @UpdateId);
        DELETE FROM inbox WHERE update_id = @UpdateId;
        """;

    /// <summary>Stores the updates that are new, and returns those, as stored.</summary>
    public static async Task<IReadOnlyList<InboxUpdate>> InsertAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<ArrivedUpdate> updates, long now)
    {
        var stored = new List<InboxUpdate>(updates.Count);
        foreach (var update in updates)
        {
            var seq = await connection.ExecuteScalarAsync<long?>(Insert, new { update.UpdateId, update.ChatId, update.Payload, Now = now }, transaction).ConfigureAwait(false);
            if (seq is { } seqValue)
            {
                stored.Add(new InboxUpdate(seqValue, update.UpdateId, update.ChatId, update.Payload, DateTimeOffset.FromUnixTimeMilliseconds(now)));
            }
        }

        return stored;
    }

    public static async Task<IReadOnlyList<InboxUpdate>> ReadWaitingAsync(DbConnection connection)
    {
        var rows = await connection.QueryAsync<Row>(SelectWaiting).ConfigureAwait(false);
        return [.. rows.Select(r => new InboxUpdate(r.Seq, r.UpdateId, r.ChatId, r.Payload, DateTimeOffset.FromUnixTimeMilliseconds(r.ReceivedAt)))];
    }

    /// <summary>What waits for the given chats, in the order it came.</summary>
    public static async Task<IReadOnlyList<InboxUpdate>> ReadWaitingOfAsync(DbConnection connection, SqlDialect dialect, IReadOnlyList<long> chatIds)
    {
        var sql = SelectWaitingOf.Replace("@InChats", dialect.EqualsAny("@Chats"), StringComparison.Ordinal);
        var rows = await connection.QueryAsync<Row>(sql, new { Chats = chatIds.ToArray() }).ConfigureAwait(false);
        return [.. rows.Select(r => new InboxUpdate(r.Seq, r.UpdateId, r.ChatId, r.Payload, DateTimeOffset.FromUnixTimeMilliseconds(r.ReceivedAt)))];
    }

    /// <summary>Takes the update out of the inbox, in the transaction of the turn it caused in <paramref name="chatId"/>.</summary>
    public static Task TakeAsync(DbConnection connection, DbTransaction transaction, long updateId, long chatId) =>
        Prepared.ExecuteAsync(connection, transaction, Take, ("@UpdateId", updateId), ("@ChatId", chatId));

    internal sealed class Row
    {
        public long Seq { get; init; }
        public long UpdateId { get; init; }
        public long ChatId { get; init; }
        public string Payload { get; init; } = "";
        public long ReceivedAt { get; init; }
    }
}
