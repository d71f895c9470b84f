using Dapper;
using HipBand.Coaching.Dialog;
using HipBand.Coaching.Storage;
using HipBand.Testing;
using HipBand.Coaching.Tests.Support;
using HipBand.Testing.Engines;

namespace HipBand.Coaching.Tests.Storage;

public sealed class PersonalDataTests : IDisposable
{
    private const long Person = 77;
    private const long Other = 78;
    private readonly StateFile file = new();

    [EngineFact]
    public async Task The_export_round_trips_every_logged_set()
    {
        var (store, turns) = await file.OpenAsync();
        await SendAsync(turns, Person, "/start", "no", "running", "yellow, green", "Mon Wed Fri", "07:30", "Europe/Berlin", "/workout", "12, 10", "skip", "too hard", "9", "stop");

        var csv = await store.ExportCsvAsync(Person);

        var rows = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => line.Split(',')).ToList();
        Assert.Equal(PersonalData.Header, string.Join(',', rows[0]));
        var sets = rows.Where(r => r[0] == "set").ToList();
        var logged = await store.SetLogsAsync(Person);
        Assert.Equal(logged.Count, sets.Count);
        for (var i = 0; i < logged.Count; i++)
        {
            var set = logged[i];
            Assert.Equal(
                [set.Session.ToString(), set.ExerciseId, set.SetNumber.ToString(), set.Done?.ToString() ?? "skipped", set.Band ?? "", set.Difficulty.ToString()],
                [sets[i][1], sets[i][2], sets[i][4], sets[i][8], sets[i][9], sets[i][10]]);
        }

        Assert.Contains(rows, r => r[0] == "profile" && r[12] == "goal" && r[13] == "Running");
        Assert.Contains(rows, r => r[0] == "profile" && r[12] == "time_zone" && r[13] == "Europe/Berlin");
        Assert.Contains(rows, r => r[0] == "session" && r[12] == "completed" && r[13] == "no");
    }

    [EngineFact]
    public async Task The_export_holds_every_safety_answer_hold_clearance_and_pain_report()
    {
        var (store, turns) = await file.OpenAsync();
        await SendAsync(turns, Person, "/start", "no", "I had knee surgery three weeks ago", "my surgeon said light band work is fine", "yellow",
            "Mon Wed Fri", "07:30", "UTC", "/workout", "my knee hurts", "4", "tightness in my chest", "/workout", "yes, I've been checked");

        var rows = (await store.ExportCsvAsync(Person)).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => line.Split(',')).ToList();

        var safety = rows.Where(r => r[0] == "safety").Select(r => (Session: r[1], Field: r[12], Value: r[13])).ToList();
        Assert.Equal(
            [("", "readiness", "none applies"), ("", "readiness", "applies: RecentSurgery"), ("", "clearance", "gentle program"),
             ("", "hold", "ChestPain"), ("", "hold_lifted", "ChestPain"), ("1", "pain", "4/10; Knee; InSession; Eased")],
            safety);
        Assert.All(rows.Where(r => r[0] == "safety"), r => Assert.True(DateTimeOffset.TryParse(r[11], out _), $"time of {r[12]}"));
    }

    [EngineFact]
    public async Task After_delete_no_table_holds_a_row_about_the_person()
    {
        var (store, turns) = await file.OpenAsync();
        await SendAsync(turns, Person, "/start", "no", "strength", "yellow", "Mon Wed Fri", "07:30", "UTC", "/workout", "done", "done");
        await SendAsync(turns, Other, "/start", "no", "running");
        await store.WriteAsync(new TurnWrite(Person, null, null, [], [new OutboxMessage(Person, "sendMessage", "{}")], Claim: $"reminder:{Person}:1"));

        await SendAsync(turns, Person, "stop", "/delete", "yes");

        await using var connection = await store.Database.OpenAsync();
        var tables = await SchemaCatalog.TablesAsync(connection, file.Engine);
        Assert.Contains("set_logs", tables);
        foreach (var table in tables)
        {
            var columns = await SchemaCatalog.ColumnsAsync(connection, file.Engine, table);
            foreach (var column in columns)
            {
                var about = await connection.ExecuteScalarAsync<long>(
                    $"SELECT COUNT(*) FROM {table} WHERE CAST({column} AS TEXT) = @Id OR CAST({column} AS TEXT) LIKE @Key",
                    new { Id = Person.ToString(), Key = $"%:{Person}:%" });
                Assert.True(about == 0, $"{table}.{column} still holds {about} row(s) about the person");
            }
        }

        Assert.False((await store.LoadAsync(Other)).IsNew);
    }

    [EngineFact]
    public async Task The_delete_and_its_reply_are_one_transaction_and_the_reply_is_the_one_row_left()
    {
        var (store, turns) = await file.OpenAsync();
        await SendAsync(turns, Person, "/start", "no", "strength", "yellow", "Mon Wed Fri", "07:30", "UTC", "/delete");
        static IReadOnlyList<OutboxMessage> Render(Outcome outcome) =>
            [.. outcome.Replies.Select(r => new OutboxMessage(Person, "sendMessage", r.Text.Plain))];

        var deleted = await turns.HandleAsync(Person, TextCommand.Read("yes"), render: Render);

        Assert.Contains(deleted.Outcome.Effects, e => e is DataDeleted);
        Assert.True((await store.LoadAsync(Person)).IsNew);
        var left = Assert.Single(await new OutboxStore(store.Database, file.Clock).PendingAsync(0, 100));
        Assert.Contains("everything about you is deleted", left.Payload);
        await using var connection = await store.Database.OpenAsync();
        Assert.Equal(0L, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM trainees WHERE chat_id = @Person", new { Person }));
    }

    [EngineFact]
    public async Task After_delete_start_begins_fresh()
    {
        var (store, turns) = await file.OpenAsync();
        await SendAsync(turns, Person, "/start", "no", "strength", "yellow", "Mon Wed Fri", "07:30", "UTC", "/delete", "yes");

        var again = (await turns.HandleAsync(Person, new CommandInput("start"))).Outcome;

        Assert.Contains("Hi, I'm HipBandBot.", again.Replies[0].Text.Plain);
        Assert.Null((await store.LoadAsync(Person)).State.Profile.Goal);
        Assert.Empty(await store.SetLogsAsync(Person));
    }

    public void Dispose() => file.Dispose();

    private static async Task SendAsync(StoredTurns turns, long chat, params string[] lines)
    {
        foreach (var line in lines)
        {
            await turns.HandleAsync(chat, TextCommand.Read(line));
        }
    }
}
