using System.Data.Common;
using Dapper;

namespace HipBand.Coaching.Storage;

/// <summary>Transport update ids already applied, so that an update that comes again, in any order, is never applied twice.</summary>
internal static class AppliedUpdateRepository
{
    private const string Exists = "SELECT COUNT(*) FROM applied_updates WHERE update_id = @UpdateId";
    private const string Insert = "INSERT INTO applied_updates (update_id, applied_at) VALUES (@UpdateId, @Now)";
    private const string Prune = "DELETE FROM applied_updates WHERE applied_at < @Before";

    public static async Task<bool> ExistsAsync(DbConnection connection, DbTransaction transaction, long updateId) =>
        await Prepared.ScalarAsync(connection, transaction, Exists, ("@UpdateId", updateId)).ConfigureAwait(false) is long found && found > 0;

    public static Task InsertAsync(DbConnection connection, DbTransaction transaction, long updateId, long now) =>
        Prepared.ExecuteAsync(connection, transaction, Insert, ("@UpdateId", updateId), ("@Now", now));

    /// <summary>Telegram forgets an update after 24 hours; ours may go once they are far older than that.</summary>
    public static Task<int> PruneAsync(DbConnection connection, long before) => connection.ExecuteAsync(Prune, new { Before = before });
}
