using System.Data.Common;
using Dapper;
using HipBand.Bot.Storage;
using HipBand.Bot.Tests.Support;
using HipBand.Testing.Engines;

namespace HipBand.Bot.Tests.Storage;

/// <summary>Moving a bot from SQLite to PostgreSQL with <c>copy-to-postgres</c>, on a database made by a real conversation.</summary>
public sealed class CopyToPostgresTests : IDisposable
{
    // Onboarding, then a session left open after two sets and a third of 12: the copied bot must carry on from there.
    private static readonly string[] Conversation =
        ["/start", "no", "running", "yellow, green, black", "Mon Wed Fri", "07:30", "Europe/Berlin", "/workout", "done", "done", "12"];

    private readonly TempFolder folder = new();

    [PostgresFact]
    public async Task The_copy_holds_every_row_of_every_table_builds_the_reminders_and_the_bot_carries_on_the_conversation()
    {
        var source = await TestDatabase.CreateAsync(folder.Path, "bot.db", TestEngine.Sqlite);
        var before = await TerminalConversation.RunAsync(source.Settings, 1, Conversation);
        Assert.Contains("Logged 12.", before);
        var target = await TestDatabases.ForFileAsync(folder.File("target.db"));

        var output = new StringWriter();
        var errors = new StringWriter();
        var exit = await CopyToPostgresCommand.RunAsync(["copy-to-postgres", target.ConnectionString!], source.Settings, output, errors);

        Assert.True(exit == 0, errors.ToString());
        Assert.Contains("Reminders built for 1 trainee(s)", output.ToString());
        await using (var from = await source.ConnectAsync())
        await using (var to = await target.ConnectAsync())
        {
            var tables = await SchemaCatalog.TablesAsync(from, TestEngine.Sqlite);
            Assert.Equal(tables, await SchemaCatalog.TablesAsync(to, TestEngine.Postgres));
            foreach (var table in tables.Where(t => t != "schema_migrations"))
            {
                Assert.Equal(await RowsAsync(from, table), await RowsAsync(to, table));
            }

            Assert.NotEmpty(await RowsAsync(to, "set_logs"));
            var trigger = await to.QuerySingleAsync<(string Cron, string Zone)>(
                "SELECT cron_expression, time_zone_id FROM qrtz_cron_triggers WHERE trigger_name = 'schedule-1'");
            Assert.Equal(("0 30 7 ? * MON,WED,FRI", "Europe/Berlin"), trigger);
        }

        var after = await TerminalConversation.RunAsync(target.Settings, 1, "10", "/stats");

        Assert.Contains("continues where it left off", after);
        Assert.Contains("Logged 10.", after);
        Assert.Contains("Set 2 of 3 · Glute bridge", after);
        await using var copied = await target.ConnectAsync();
        Assert.Equal(4, await copied.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM set_logs WHERE chat_id = 1"));
    }

    [PostgresFact]
    public async Task A_target_that_is_not_empty_is_refused_and_left_as_it_was()
    {
        var source = await TestDatabase.CreateAsync(folder.Path, "bot.db", TestEngine.Sqlite);
        await TerminalConversation.RunAsync(source.Settings, 1, Conversation.Take(7).ToArray());
        var target = await TestDatabases.ForFileAsync(folder.File("target.db"));
        await TerminalConversation.RunAsync(target.Settings, 2, "/start", "no");
        await using var to = await target.ConnectAsync();
        var trainees = await RowsAsync(to, "trainees");

        var errors = new StringWriter();
        var exit = await CopyToPostgresCommand.RunAsync(["copy-to-postgres", target.ConnectionString!], source.Settings, new StringWriter(), errors);

        Assert.Equal(1, exit);
        Assert.Contains("The PostgreSQL database is not empty (trainees has 1 row(s))", errors.ToString());
        Assert.Equal(trainees, await RowsAsync(to, "trainees"));
    }

    [Fact]
    public async Task Without_a_sqlite_database_there_is_nothing_to_copy_and_a_missing_argument_shows_the_usage()
    {
        var settings = new Dictionary<string, string?> { ["Storage:SqlitePath"] = folder.File("none.db") };
        var errors = new StringWriter();

        Assert.Equal(1, await CopyToPostgresCommand.RunAsync(["copy-to-postgres", "Host=nowhere"], settings, new StringWriter(), errors));
        Assert.Contains("There is no SQLite database at", errors.ToString());
        Assert.False(File.Exists(folder.File("none.db")));
        Assert.Equal(2, await CopyToPostgresCommand.RunAsync(["copy-to-postgres"], settings, new StringWriter(), errors));
        Assert.Contains("Usage: copy-to-postgres", errors.ToString());
    }

    public void Dispose() => folder.Dispose();

    /// <summary>Every row of the table, each value as text, in a stable order.</summary>
    private static async Task<List<string>> RowsAsync(DbConnection connection, string table)
    {
        var rows = await connection.QueryAsync($"SELECT * FROM {table}");
        return [.. rows.Cast<IDictionary<string, object?>>()
            .Select(r => string.Join(" | ", r.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => $"{c.Key}={c.Value}")))
            .Order(StringComparer.Ordinal)];
    }
}
