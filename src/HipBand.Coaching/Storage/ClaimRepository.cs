using System.Data.Common;
using Dapper;

namespace HipBand.Coaching.Storage;

/// <summary>Keys of things done at most once, claimed in the transaction that does them.</summary>
internal static class ClaimRepository
{
    private const string Exists = "SELECT COUNT(*) FROM claims WHERE key = @Key";

    // No ON CONFLICT: two writers racing for one key must not both succeed; the loser's whole write fails.
    private const string Insert = "INSERT INTO claims (key, claimed_at) VALUES (@Key, @Now)";

    public static async Task<bool> ExistsAsync(DbConnection connection, DbTransaction transaction, string key) =>
        await Prepared.ScalarAsync(connection, transaction, Exists, ("@Key", key)).ConfigureAwait(false) is long found && found > 0;

    public static Task InsertAsync(DbConnection connection, DbTransaction transaction, string key, long now) =>
        Prepared.ExecuteAsync(connection, transaction, Insert, ("@Key", key), ("@Now", now));
}
