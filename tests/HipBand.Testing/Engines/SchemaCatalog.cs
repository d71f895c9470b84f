using System.Data.Common;
using Dapper;

namespace HipBand.Testing.Engines;

/// <summary>The tables and columns of a database, read from the engine's own catalogue.</summary>
public static class SchemaCatalog
{
    private const string SqliteTables = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name";
    private const string PostgresTables = "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name";
    private const string SqliteColumns = "SELECT name FROM pragma_table_info(@Table) ORDER BY cid";
    private const string PostgresColumns = "SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = @Table ORDER BY ordinal_position";

    /// <summary>Every table but the engine's own (sqlite_sequence) and, unless asked for, Quartz's (qrtz_).</summary>
    public static async Task<IReadOnlyList<string>> TablesAsync(DbConnection connection, TestEngine engine, bool withQuartz = false)
    {
        var tables = await connection.QueryAsync<string>(engine == TestEngine.Sqlite ? SqliteTables : PostgresTables);
        return [.. tables.Where(t => withQuartz || !t.StartsWith("qrtz_", StringComparison.Ordinal))];
    }

    public static async Task<IReadOnlyList<string>> ColumnsAsync(DbConnection connection, TestEngine engine, string table) =>
        [.. await connection.QueryAsync<string>(engine == TestEngine.Sqlite ? SqliteColumns : PostgresColumns, new { Table = table })];
}
