using System.Data.Common;
using Dapper;

namespace HipBand.Coaching.Storage;

/// <summary>Small named values of the bot itself.</summary>
internal static class BotStateRepository
{
    private const string Select = "SELECT value FROM bot_state WHERE key = @Key";

    private const string Upsert = """
        INSERT INTO bot_state (key, value) VALUES (@Key, @Value)
        ON CONFLICT (key) DO UPDATE SET value = excluded.value
        """;

    public static Task<string?> ReadAsync(DbConnection connection, string key) =>
        connection.QuerySingleOrDefaultAsync<string?>(Select, new { Key = key });

    public static Task WriteAsync(DbConnection connection, DbTransaction transaction, string key, string value) =>
        connection.ExecuteAsync(Upsert, new { Key = key, Value = value }, transaction);
}
