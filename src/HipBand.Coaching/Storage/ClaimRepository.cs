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
        await connection.ExecuteScalarAsync<long>(Exists, new { Key = key }, transaction).ConfigureAwait(false) > 0;

    public static Task InsertAsync(DbConnection connection, DbTransaction transaction, string key, long now) =>
        connection.ExecuteAsync(Insert, new { Key = key, Now = now }, transaction);
}
