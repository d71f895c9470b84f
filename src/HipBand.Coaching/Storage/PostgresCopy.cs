using System.Data.Common;
using System.Globalization;
using Dapper;
using Npgsql;
using NpgsqlTypes;

namespace HipBand.Coaching.Storage;

/// <summary>
/// Moves an installation from SQLite to PostgreSQL: every table of the state database is copied, row for row and value
/// for value, into an empty PostgreSQL database (migrated first), in one transaction, so that a failed copy leaves the
/// target as empty as it was. Quartz's triggers are not state: the host rebuilds them from the copied schedules.
/// </summary>
public static class PostgresCopy
{
    /// <summary>Every table of the schema, parents before children; a table missing here stops the copy before it starts.</summary>
    internal static readonly IReadOnlyList<string> Tables =
        ["trainees", "dialog_states", "sessions", "set_logs", "outbox", "dead_letters", "bot_state", "claims", "inbox", "applied_updates", "chat_floods", "leases", "chat_leases"];

    // Identity columns, whose next value must follow the copied ids: SQLite's AUTOINCREMENT never hands out an id
    // twice, even one whose row is gone, and neither may the copy.
    private static readonly IReadOnlyDictionary<string, string> Identities = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["outbox"] = "id",
        ["inbox"] = "seq",
    };

    private const string SqliteTables = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'schema_migrations'";
    private const string SqliteColumns = "SELECT name FROM pragma_table_info(@Table) ORDER BY cid";
    private const string SqliteSequence = "SELECT seq FROM sqlite_sequence WHERE name = @Table";
    private const string SqliteHasSequences = "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'sqlite_sequence'";

    private const string PostgresColumnTypes = """
        SELECT column_name AS Name, data_type AS Type FROM information_schema.columns
        WHERE table_schema = current_schema() AND table_name = @Table
        """;

    // Quartz's tables are in the same database; triggers there mean a bot has already run on it.
    private const string PostgresHasQuartz = "SELECT to_regclass('qrtz_triggers') IS NOT NULL AND to_regclass('qrtz_job_details') IS NOT NULL";
    private const string PostgresQuartzRows = "SELECT (SELECT COUNT(*) FROM qrtz_triggers) + (SELECT COUNT(*) FROM qrtz_job_details)";

    private const string SetIdentity = "SELECT setval(pg_get_serial_sequence(@Table, @Column), @Next, false)";

    /// <summary>Copies <paramref name="source"/> (SQLite) into <paramref name="target"/> (PostgreSQL); both are migrated first.</summary>
    /// <returns>The rows copied per table; or, with nothing written, why the target was refused.</returns>
    public static async Task<CopyResult> CopyAsync(Database source, Database target, TimeProvider clock, CancellationToken cancellationToken = default)
    {
        if (source.Dialect is not SqliteDialect || target.Dialect is not PostgresDialect)
        {
            throw new ArgumentException("The copy goes from a SQLite database to a PostgreSQL one.");
        }

        await source.MigrateAsync(clock, cancellationToken).ConfigureAwait(false);
        await target.MigrateAsync(clock, cancellationToken).ConfigureAwait(false);
        await using var from = await source.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var to = (NpgsqlConnection)await target.OpenAsync(cancellationToken).ConfigureAwait(false);

        var tables = (await from.QueryAsync<string>(SqliteTables).ConfigureAwait(false)).ToHashSet(StringComparer.Ordinal);
        if (!tables.SetEquals(Tables))
        {
            throw new InvalidOperationException(
                $"The SQLite database has tables the copy does not know ({string.Join(", ", tables.Except(Tables))}) or lacks some ({string.Join(", ", Tables.Except(tables))}).");
        }

        if (await NonEmptyAsync(to).ConfigureAwait(false) is { } occupied)
        {
            return CopyResult.Refused($"The PostgreSQL database is not empty ({occupied}); the copy goes only into an empty one, so that nothing there is mixed with or overwritten by the SQLite data.");
        }

        var copied = new Dictionary<string, long>(StringComparer.Ordinal);
        await using var transaction = await to.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        foreach (var table in Tables)
        {
            copied[table] = await CopyTableAsync(from, to, table, cancellationToken).ConfigureAwait(false);
            if (Identities.TryGetValue(table, out var column))
            {
                await FollowIdentityAsync(from, to, table, column).ConfigureAwait(false);
            }
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return CopyResult.Done(copied);
    }

    /// <summary>What makes the target not empty (a table with rows, or Quartz's triggers), or null.</summary>
    private static async Task<string?> NonEmptyAsync(NpgsqlConnection to)
    {
        foreach (var table in Tables)
        {
            var rows = await to.ExecuteScalarAsync<long>($"SELECT COUNT(*) FROM {table}").ConfigureAwait(false);
            if (rows > 0)
            {
                return string.Create(CultureInfo.InvariantCulture, $"{table} has {rows} row(s)");
            }
        }

        var triggers = await to.ExecuteScalarAsync<bool>(PostgresHasQuartz).ConfigureAwait(false)
            ? await to.ExecuteScalarAsync<long>(PostgresQuartzRows).ConfigureAwait(false)
            : 0;
        return triggers > 0 ? "Quartz's tables hold jobs or triggers" : null;
    }

    /// <summary>Streams the table's rows with PostgreSQL's binary COPY, each value as the target column's type.</summary>
    private static async Task<long> CopyTableAsync(DbConnection from, NpgsqlConnection to, string table, CancellationToken cancellationToken)
    {
        var columns = (await from.QueryAsync<string>(SqliteColumns, new { Table = table }).ConfigureAwait(false)).ToList();
        var types = (await to.QueryAsync<ColumnType>(PostgresColumnTypes, new { Table = table }).ConfigureAwait(false))
            .ToDictionary(c => c.Name, c => c.Type, StringComparer.Ordinal);
        var missing = columns.Where(c => !types.ContainsKey(c)).ToList();
        if (missing.Count > 0)
        {
            throw new InvalidOperationException($"PostgreSQL's {table} lacks the column(s) {string.Join(", ", missing)} that SQLite's has.");
        }

        var kinds = columns.Select(c => types[c] == "bigint" ? NpgsqlDbType.Bigint : NpgsqlDbType.Text).ToArray();
        var list = string.Join(", ", columns);
        await using var read = from.CreateCommand();
        read.CommandText = $"SELECT {list} FROM {table}";
        await using var reader = await read.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await using var writer = await to.BeginBinaryImportAsync($"COPY {table} ({list}) FROM STDIN (FORMAT BINARY)", cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            await writer.StartRowAsync(cancellationToken).ConfigureAwait(false);
            for (var i = 0; i < kinds.Length; i++)
            {
                if (await reader.IsDBNullAsync(i, cancellationToken).ConfigureAwait(false))
                {
                    await writer.WriteNullAsync(cancellationToken).ConfigureAwait(false);
                }
                else if (kinds[i] == NpgsqlDbType.Bigint)
                {
                    await writer.WriteAsync(reader.GetInt64(i), NpgsqlDbType.Bigint, cancellationToken).ConfigureAwait(false);
                }
                else
                {
                    await writer.WriteAsync(reader.GetString(i), NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
                }
            }
        }

        return (long)await writer.CompleteAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async Task FollowIdentityAsync(DbConnection from, NpgsqlConnection to, string table, string column)
    {
        var handedOut = await from.ExecuteScalarAsync<long>(SqliteHasSequences).ConfigureAwait(false) > 0
            ? await from.ExecuteScalarAsync<long?>(SqliteSequence, new { Table = table }).ConfigureAwait(false) ?? 0
            : 0;
        var highest = await to.ExecuteScalarAsync<long?>($"SELECT MAX({column}) FROM {table}").ConfigureAwait(false) ?? 0;
        await to.ExecuteScalarAsync<long>(SetIdentity, new { Table = table, Column = column, Next = Math.Max(handedOut, highest) + 1 }).ConfigureAwait(false);
    }

    internal sealed class ColumnType
    {
        public string Name { get; init; } = "";
        public string Type { get; init; } = "";
    }
}
