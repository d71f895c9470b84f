using System.Data.Common;
using Dapper;

namespace HipBand.Coaching.Storage;

/// <summary>
/// Leases between processes sharing the database: a named role, and the chats whose inbox a process applies. Each
/// statement is atomic on its own: two processes asking at once, one gets the lease; an expired lease goes to whoever
/// asks next; only the owner renews or releases one.
/// </summary>
internal static class LeaseRepository
{
    private const string TakeRole = """
        INSERT INTO leases (name, owner, until) VALUES (@Name, @Owner, @Until)
        ON CONFLICT (name) DO UPDATE SET owner = excluded.owner, until = excluded.until
        WHERE leases.owner = excluded.owner OR leases.until < @Now
        RETURNING owner
        """;

    private const string ReleaseRole = "DELETE FROM leases WHERE name = @Name AND owner = @Owner";

    // The chats with waiting updates that nobody else holds, oldest waiting first; a held lease of ours is renewed.
    // Inserted in chat order, so that two processes taking overlapping chats at once wait for each other in one order
    // and never deadlock.
    private const string TakeChats = """
        INSERT INTO chat_leases (chat_id, owner, until)
        SELECT chosen.chat_id, @Owner, @Until
        FROM (
            SELECT waiting.chat_id
            FROM (SELECT chat_id, MIN(seq) AS first FROM inbox GROUP BY chat_id) AS waiting
            WHERE NOT EXISTS (SELECT 1 FROM chat_leases held WHERE held.chat_id = waiting.chat_id AND held.owner <> @Owner AND held.until >= @Now)
            ORDER BY waiting.first
            LIMIT @Limit) AS chosen
        WHERE true
        ORDER BY chosen.chat_id
        ON CONFLICT (chat_id) DO UPDATE SET owner = excluded.owner, until = excluded.until
        WHERE chat_leases.owner = excluded.owner OR chat_leases.until < @Now
        RETURNING chat_id
        """;

    private const string RenewChats = "UPDATE chat_leases SET until = @Until WHERE owner = @Owner";

    private const string ReleaseChats = "DELETE FROM chat_leases WHERE owner = @Owner AND chat_id @InChats";

    private const string ReleaseAllChats = "DELETE FROM chat_leases WHERE owner = @Owner";

    public static async Task<bool> TakeRoleAsync(DbConnection connection, string name, string owner, long now, long until) =>
        await connection.ExecuteScalarAsync<string?>(TakeRole, new { Name = name, Owner = owner, Now = now, Until = until }).ConfigureAwait(false) == owner;

    public static Task ReleaseRoleAsync(DbConnection connection, string name, string owner) =>
        connection.ExecuteAsync(ReleaseRole, new { Name = name, Owner = owner });

    public static async Task<IReadOnlyList<long>> TakeChatsAsync(DbConnection connection, string owner, long now, long until, int limit) =>
        [.. await connection.QueryAsync<long>(TakeChats, new { Owner = owner, Now = now, Until = until, Limit = limit }).ConfigureAwait(false)];

    public static Task RenewChatsAsync(DbConnection connection, string owner, long until) =>
        connection.ExecuteAsync(RenewChats, new { Owner = owner, Until = until });

    public static Task ReleaseChatsAsync(DbConnection connection, SqlDialect dialect, IReadOnlyCollection<long> chatIds, string owner) =>
        connection.ExecuteAsync(ReleaseChats.Replace("@InChats", dialect.EqualsAny("@ChatIds"), StringComparison.Ordinal), new { ChatIds = chatIds.ToArray(), Owner = owner });

    public static Task ReleaseAllChatsAsync(DbConnection connection, string owner) =>
        connection.ExecuteAsync(ReleaseAllChats, new { Owner = owner });
}
