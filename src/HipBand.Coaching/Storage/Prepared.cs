using System.Data.Common;
using System.Runtime.CompilerServices;

namespace HipBand.Coaching.Storage;

/// <summary>
/// Statements prepared once per connection and run again with new values: the turn writer keeps one connection open,
/// and its hot statements (the state update, the applied update id, the inbox, the outbox, the set log) are parsed by
/// SQLite once instead of on every turn (Dapper makes a new command each time, and SQLite parses it each time). The
/// SQL stays a constant next to the code that runs it; the values are given by name, in the same order every call.
/// </summary>
internal static class Prepared
{
    private static readonly ConditionalWeakTable<DbConnection, Dictionary<string, DbCommand>> Commands = new();

    public static async Task<int> ExecuteAsync(DbConnection connection, DbTransaction? transaction, string sql, params (string Name, object? Value)[] values) =>
        await Command(connection, transaction, sql, values).ExecuteNonQueryAsync().ConfigureAwait(false);

    /// <summary>The first column of the first row, or null when there is none (or it is NULL).</summary>
    public static async Task<object?> ScalarAsync(DbConnection connection, DbTransaction? transaction, string sql, params (string Name, object? Value)[] values)
    {
        var value = await Command(connection, transaction, sql, values).ExecuteScalarAsync().ConfigureAwait(false);
        return value is DBNull ? null : value;
    }

    private static DbCommand Command(DbConnection connection, DbTransaction? transaction, string sql, (string Name, object? Value)[] values)
    {
        var commands = Commands.GetOrCreateValue(connection);
        if (!commands.TryGetValue(sql, out var command))
        {
            command = connection.CreateCommand();
            command.CommandText = sql;
            foreach (var (name, _) in values)
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = name;
                command.Parameters.Add(parameter);
            }

            commands[sql] = command;
        }

        command.Transaction = transaction;
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i].Value ?? DBNull.Value;
        }

        return command;
    }
}
