using HipBand.Coaching.Safety;
using Dapper;
using HipBand.Coaching.Catalog;
using HipBand.Coaching.Dialog;
using HipBand.Coaching.Progress;
using HipBand.Coaching.Storage;
using HipBand.Coaching.Tests.Support;
using HipBand.Testing.Engines;
using HipBand.Testing;

namespace HipBand.Coaching.Tests.Storage;

public sealed class ChatStoreTests : IDisposable
{
    private const long ChatId = 42;
    private readonly StateFile file = new();

    [EngineFact]
    public async Task Whole_hour_offsets_stored_by_the_earlier_release_become_etc_ids_and_others_stay()
    {
        var (store, turns) = await file.OpenAsync();
        foreach (var (chat, zone) in new[] { (1L, "UTC+2"), (2L, "UTC+5:30"), (3L, "UTC-3"), (4L, "Berlin") })
        {
            foreach (var line in new[] { "/start", "no", "running", "none", "Mon Wed Fri", "07:30", zone })
            {
                await turns.HandleAsync(chat, TextCommand.Read(line));
            }
        }

        // What the earlier release wrote, and its schema version.
        await using (var connection = await store.Database.OpenAsync())
        {
            await connection.ExecuteAsync("UPDATE trainees SET time_zone = 'UTC+02:00' WHERE chat_id = 1");
            await connection.ExecuteAsync("UPDATE trainees SET time_zone = 'UTC-03:00' WHERE chat_id = 3");
            await connection.ExecuteAsync("DELETE FROM schema_migrations WHERE version = 4");
        }

        var applied = await store.Database.MigrateAsync(file.Clock);

        Assert.Equal([4], applied);
        var zones = (await store.ScheduledAsync()).OrderBy(s => s.ChatId).Select(s => s.Schedule.TimeZone);
        Assert.Equal(["Etc/GMT-2", "UTC+05:30", "Etc/GMT+3", "Europe/Berlin"], zones);
    }

    [EngineFact]
    public async Task A_corrected_set_replaces_its_row_in_the_set_log()
    {
        var (store, turns) = await file.OpenAsync();
        foreach (var line in new[] { "/start", "no", "running", "yellow", "Mon Wed Fri", "07:30", "Berlin", "/workout" })
        {
            await turns.HandleAsync(ChatId, TextCommand.Read(line));
        }

        await turns.HandleAsync(ChatId, new TextInput("12") { MessageId = 5 });
        await turns.HandleAsync(ChatId, new EditedTextInput("14", 5));

        var set = Assert.Single(await store.SetLogsAsync(ChatId));
        Assert.Equal((1, 14), (set.SetNumber, set.Done));
    }

    [EngineFact]
    public async Task Migrations_create_the_schema_once()
    {
        var database = new Database((await file.DatabaseAsync()).CreateDialect());

        var first = await database.MigrateAsync(file.Clock);
        var second = await database.MigrateAsync(file.Clock);

        Assert.Equal([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], first);
        Assert.Empty(second);
        await using var connection = await database.OpenAsync();
        var tables = await SchemaCatalog.TablesAsync(connection, file.Engine);
        Assert.Equal(["applied_updates", "bot_state", "chat_floods", "chat_leases", "claims", "dead_letters", "dialog_states", "inbox", "leases", "outbox", "schema_migrations", "sessions", "set_logs", "trainees"], tables);
        await database.DisposeAsync();
    }

    [Fact]
    public async Task Sqlite_is_migrated_into_wal_mode()
    {
        await using var database = new Database((await file.DatabaseAsync()).CreateDialect());

        await database.MigrateAsync(file.Clock);

        await using var connection = await database.OpenAsync();
        Assert.Equal("wal", await connection.ExecuteScalarAsync<string>("PRAGMA journal_mode"));
    }

    [EngineFact]
    public async Task Instances_starting_together_migrate_once_between_them()
    {
        var target = await file.DatabaseAsync();
        var databases = Enumerable.Range(0, 4).Select(_ => new Database(target.CreateDialect())).ToList();

        var applied = await Task.WhenAll(databases.Select(d => Task.Run(() => d.MigrateAsync(file.Clock))));

        // One of them applied every migration; the others waited for its lock and found nothing left to do.
        Assert.Equal([[], [], [], [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]], applied.Select(a => a.ToArray()).OrderBy(a => a.Length));
        foreach (var database in databases)
        {
            await database.DisposeAsync();
        }
    }

    [EngineFact]
    public async Task An_unknown_chat_loads_fresh()
    {
        var (store, _) = await file.OpenAsync();

        var chat = await store.LoadAsync(ChatId);

        Assert.True(chat.IsNew);
        Assert.Equal(Phase.New, chat.State.Phase);
    }

    [EngineFact]
    public async Task Profile_and_conversation_round_trip_through_the_file()
    {
        var (_, turns) = await file.OpenAsync();
        await SendAsync(turns, "/start", "no", "running", "yellow, green, black", "Mon Wed Fri", "07:30", "Europe/Berlin", "/workout", "12", "too hard", "9");

        var (store, _) = await file.OpenAsync();
        var chat = await store.LoadAsync(ChatId);

        var profile = chat.State.Profile;
        Assert.Equal(Goal.Running, profile.Goal);
        Assert.Equal(["yellow", "green", "black"], profile.Bands);
        Assert.Equal("Mon, Wed, Fri at 07:30 (Europe/Berlin)", HipBand.Coaching.Text.English.EnglishTexts.ScheduleText(profile.Schedule!));
        Assert.Equal(file.Clock.GetUtcNow(), profile.OnboardedAt);
        var session = chat.State.Conversation.Session!;
        Assert.Equal((0, 2), (session.Item, session.Set));
        Assert.Equal([12, 9], session.Logged.Select(s => s.Done));
        Assert.Equal(Difficulty.TooHard, session.Logged[1].Difficulty);
        Assert.True(chat.RowVersion > 1);
    }

    [EngineFact]
    public async Task Every_logged_set_is_stored_with_target_band_placement_difficulty_and_time()
    {
        var (store, turns) = await file.OpenAsync();
        await SendAsync(turns, "/start", "no", "running", "yellow, green, black", "Mon Wed Fri", "07:30", "Europe/Berlin", "/workout");
        file.Clock.Advance(TimeSpan.FromMinutes(2));
        await SendAsync(turns, "15", "skip", "too easy");

        var sets = await store.SetLogsAsync(ChatId);

        Assert.Equal(3, sets.Count);
        var first = sets[0];
        var expected = new SetLogRecord(1, "lateral-band-walk", null, 1, DoseUnit.StepsPerDirection, 15, 15, 15, "yellow", Difficulty.Normal, file.Clock.GetUtcNow())
        {
            Aim = 15,
            Placement = "above the knees",
        };
        Assert.Equal(expected, first);
        Assert.Null(sets[1].Done);
        Assert.Equal((1, 15, Difficulty.TooEasy), (sets[2].Session, sets[2].Done, sets[2].Difficulty));
    }

    [EngineFact]
    public async Task A_finished_session_is_stored_as_completed()
    {
        var (store, turns) = await file.OpenAsync();
        await SendAsync(turns, "/start", "no", "warm-up", "none", "Mon Wed Fri", "07:30", "UTC", "/workout", "done", "done", "done");

        await using var connection = await store.Database.OpenAsync();
        var row = await connection.QuerySingleAsync<(long Completed, long? FinishedAt)>(
            "SELECT completed, finished_at FROM sessions WHERE chat_id = @ChatId", new { ChatId });
        Assert.Equal(1, row.Completed);
        Assert.Equal(file.Clock.GetUtcNow().ToUnixTimeMilliseconds(), row.FinishedAt);
    }

    [EngineFact]
    public async Task A_save_over_a_newer_version_is_refused_and_writes_nothing()
    {
        var (store, _) = await file.OpenAsync();
        var original = await store.LoadAsync(ChatId);
        Assert.Equal(TurnWriteResult.Committed, await SaveAsync(store, original, "hi"));
        Assert.Equal(TurnWriteResult.Committed, await SaveAsync(store, await store.LoadAsync(ChatId), "no"));
        var first = await store.LoadAsync(ChatId);
        var second = await store.LoadAsync(ChatId);
        Assert.Equal(TurnWriteResult.Committed, await SaveAsync(store, first, "running"));

        var late = await SaveAsync(store, second, "gentle", outbox: [new OutboxMessage(ChatId, "sendMessage", "{}")]);

        Assert.Equal(TurnWriteResult.Conflict, late);
        Assert.Equal(Goal.Running, (await store.LoadAsync(ChatId)).State.Profile.Goal);
        Assert.Empty(await Outbox(store).PendingAsync(0, 10));
    }

    [EngineFact]
    public async Task Two_new_chats_racing_for_the_same_id_do_not_both_win()
    {
        var (store, _) = await file.OpenAsync();
        var a = await store.LoadAsync(ChatId);
        var b = await store.LoadAsync(ChatId);

        Assert.Equal(TurnWriteResult.Committed, await SaveAsync(store, a, "hi"));
        Assert.Equal(TurnWriteResult.Conflict, await SaveAsync(store, b, "hi"));
    }

    [EngineFact]
    public async Task An_update_is_applied_once_with_its_outbox_rows()
    {
        var (store, turns) = await file.OpenAsync();
        static IReadOnlyList<OutboxMessage> Render(Outcome outcome) =>
            [.. outcome.Replies.Select(r => new OutboxMessage(ChatId, "sendMessage", r.Text.Plain))];

        var first = await turns.HandleAsync(ChatId, new TextInput("hi"), 1000, Render);
        var again = await turns.HandleAsync(ChatId, new TextInput("hi"), 1000, Render);
        var next = await turns.HandleAsync(ChatId, new TextInput("no"), 1001, Render);

        Assert.True(first.Applied);
        Assert.False(again.Applied);
        Assert.Empty(again.Outcome.Replies);
        Assert.True(next.Applied);
        var pending = await Outbox(store).PendingAsync(0, 10);
        Assert.Equal(2, pending.Count);
        Assert.Contains("Hi, I'm HipBandBot", pending[0].Payload);
        Assert.Contains("What are you training for?", pending[1].Payload, StringComparison.Ordinal);
    }

    [EngineFact]
    public async Task Writes_committed_together_fail_alone()
    {
        var (store, _) = await file.OpenAsync();
        var good = await store.LoadAsync(1);
        var bad = new TurnWrite(2, await store.LoadAsync(2), ChatState.Fresh,
            [new SetLogged(99, "clamshell", null, 1, new SetTarget(DoseUnit.Reps, 1, 1, 1), 1, null, Difficulty.Normal, file.Clock.GetUtcNow())], []);

        var results = await Task.WhenAll(
            Task.Run(async () => (object)await SaveAsync(store, good, "hi")),
            Task.Run(async () =>
            {
                try
                {
                    return (object)(await store.WriteAsync(bad)).Result;
                }
                catch (System.Data.Common.DbException error)
                {
                    return error;
                }
            }));

        Assert.Equal(TurnWriteResult.Committed, results[0]);
        Assert.IsAssignableFrom<System.Data.Common.DbException>(results[1]);
        Assert.False((await store.LoadAsync(1)).IsNew);
        Assert.True((await store.LoadAsync(2)).IsNew);
    }

    [EngineFact]
    public async Task Offsets_and_outbox_rows_survive_a_restart()
    {
        var (store, _) = await file.OpenAsync();
        await Transport(store).AcceptAsync([], 12345);
        await store.WriteAsync(new TurnWrite(ChatId, null, null, [], [new OutboxMessage(ChatId, "sendMessage", "{\"text\":\"a\"}")]));

        var (reopened, _) = await file.OpenAsync();

        Assert.Equal(12345, await Transport(reopened).ReadOffsetAsync());
        var pending = Assert.Single(await Outbox(reopened).PendingAsync(0, 10));
        Assert.Equal(("sendMessage", ChatId), (pending.Method, pending.ChatId));
        await Outbox(reopened).MarkSentAsync(pending.Id);
        Assert.Empty(await Outbox(reopened).PendingAsync(0, 10));
    }

    [EngineFact]
    public async Task Deactivating_a_chat_drops_its_waiting_messages_only()
    {
        var (store, turns) = await file.OpenAsync();
        await turns.HandleAsync(1, new TextInput("hi"));
        await store.WriteAsync(new TurnWrite(1, null, null, [], [new OutboxMessage(1, "sendMessage", "a"), new OutboxMessage(1, "sendMessage", "b")]));
        await store.WriteAsync(new TurnWrite(2, null, null, [], [new OutboxMessage(2, "sendMessage", "c")]));

        var dropped = (await store.DeactivateAsync(1)).Dropped;

        Assert.Equal(2, dropped);
        Assert.Equal(2, Assert.Single(await Outbox(store).PendingAsync(0, 10)).ChatId);
        await using var connection = await store.Database.OpenAsync();
        Assert.Equal(0, await connection.ExecuteScalarAsync<long>("SELECT active FROM trainees WHERE chat_id = 1"));
        await turns.HandleAsync(1, new CommandInput("start"));
        Assert.Equal(1, await connection.ExecuteScalarAsync<long>("SELECT active FROM trainees WHERE chat_id = 1"));
    }

    [EngineFact]
    public async Task A_refusal_of_a_message_sent_before_the_person_wrote_again_keeps_what_they_are_told_since()
    {
        var (store, turns) = await file.OpenAsync();
        var transport = new TransportStore(store.Database, file.Clock);
        await turns.HandleAsync(1, new TextInput("hi"));
        await store.WriteAsync(new TurnWrite(1, null, null, [], [new OutboxMessage(1, "sendMessage", "before the block")]));
        var refusedSentAt = file.Clock.GetUtcNow();
        file.Clock.Advance(TimeSpan.FromSeconds(1));
        await transport.AcceptAsync([new ArrivedUpdate(10, 1, "{}")], offset: 11);
        await turns.HandleAsync(1, new CommandInput("start"), updateId: 10, render: _ => [new OutboxMessage(1, "sendMessage", "after coming back")]);

        var result = await store.DeactivateAsync(1, refusedSentAt);

        Assert.Equal(new Deactivation(1, Inactive: false), result);
        Assert.Equal("after coming back", Assert.Single(await Outbox(store).PendingAsync(0, 10)).Payload);
        await using var connection = await store.Database.OpenAsync();
        Assert.Equal(1, await connection.ExecuteScalarAsync<long>("SELECT active FROM trainees WHERE chat_id = 1"));
    }

    [EngineFact]
    public async Task A_refusal_with_nothing_heard_since_drops_everything_waiting_also_what_was_written_after_it()
    {
        var (store, turns) = await file.OpenAsync();
        await turns.HandleAsync(1, new TextInput("hi"));
        await store.WriteAsync(new TurnWrite(1, null, null, [], [new OutboxMessage(1, "sendMessage", "before the block")]));
        var refusedSentAt = file.Clock.GetUtcNow();
        file.Clock.Advance(TimeSpan.FromSeconds(1));
        await store.WriteAsync(new TurnWrite(1, null, null, [], [new OutboxMessage(1, "sendMessage", "a reminder meanwhile")]));

        var result = await store.DeactivateAsync(1, refusedSentAt);

        Assert.Equal(new Deactivation(2, Inactive: true), result);
        Assert.Empty(await Outbox(store).PendingAsync(0, 10));
    }

    [EngineFact]
    public async Task A_refused_request_becomes_a_dead_letter()
    {
        var (store, _) = await file.OpenAsync();
        await store.WriteAsync(new TurnWrite(ChatId, null, null, [], [new OutboxMessage(ChatId, "sendMessage", "{}")]));
        var pending = Assert.Single(await Outbox(store).PendingAsync(0, 10));

        await Outbox(store).DeadLetterAsync(pending, "400: Bad Request: message text is empty");

        Assert.Empty(await Outbox(store).PendingAsync(0, 10));
        await using var connection = await store.Database.OpenAsync();
        Assert.Equal("400: Bad Request: message text is empty", await connection.ExecuteScalarAsync<string>("SELECT error FROM dead_letters"));
    }

    [EngineTheory]
    [InlineData(99, "{}")]
    [InlineData(1, "{not json")]
    public async Task State_of_an_unknown_version_is_reset_with_a_message_and_the_profile_kept(int schemaVersion, string json)
    {
        var (store, turns) = await file.OpenAsync();
        await SendAsync(turns, "/start", "no", "running", "none", "Mon Wed Fri", "07:30", "UTC", "/workout");
        await using (var connection = await store.Database.OpenAsync())
        {
            await connection.ExecuteAsync(
                "UPDATE dialog_states SET schema_version = @schemaVersion, state = @json WHERE chat_id = @ChatId",
                new { schemaVersion, json, ChatId });
        }

        var loaded = await store.LoadAsync(ChatId);
        Assert.True(loaded.WasReset);
        Assert.Equal(Phase.Idle, loaded.State.Phase);
        Assert.Equal(Goal.Running, loaded.State.Profile.Goal);

        Assert.Equal(1, loaded.State.Conversation.Memory.SessionsStarted);
        var (_, restarted) = await file.OpenAsync();
        var outcome = (await restarted.HandleAsync(ChatId, new CommandInput("workout"))).Outcome;
        Assert.Contains("lost track of where we were", outcome.Replies[0].Text.Plain);
        Assert.Equal(2, outcome.State.Conversation.Session!.Number);
        Assert.False((await store.LoadAsync(ChatId)).WasReset);
    }

    [EngineFact]
    public async Task State_of_version_1_is_migrated_and_its_written_announcements_are_shown_once()
    {
        var (store, turns) = await file.OpenAsync();
        await SendAsync(turns, "/start", "no", "running", "none", "Mon Wed Fri", "07:30", "UTC");
        await using (var connection = await store.Database.OpenAsync())
        {
            var json = await connection.ExecuteScalarAsync<string>("SELECT state FROM dialog_states WHERE chat_id = @ChatId", new { ChatId });
            var node = System.Text.Json.Nodes.JsonNode.Parse(json!)!;
            node["schemaVersion"] = 1;
            node["memory"]!["announcements"] = new System.Text.Json.Nodes.JsonArray("Glute bridge: You did 20, 20, 20 twice: moving you to the green band.");
            await connection.ExecuteAsync("UPDATE dialog_states SET schema_version = 1, state = @json WHERE chat_id = @ChatId", new { json = node.ToJsonString(), ChatId });
        }

        var loaded = await store.LoadAsync(ChatId);
        var started = (await turns.HandleAsync(ChatId, new CommandInput("workout"))).Outcome;

        Assert.False(loaded.WasReset);
        Assert.Equal(HipBand.Coaching.Progress.ChangeKind.Written, Assert.Single(loaded.State.Conversation.Memory.Announcements).Kind);
        Assert.Contains("Glute bridge: You did 20, 20, 20 twice: moving you to the green band.", started.Replies[0].Text.Plain);
        Assert.Empty((await store.LoadAsync(ChatId)).State.Conversation.Memory.Announcements);
    }

    [EngineFact]
    public async Task State_of_version_2_keeps_an_asked_about_pain_report_open_with_its_place_as_a_body_part()
    {
        var (store, turns) = await file.OpenAsync();
        await SendAsync(turns, "/start", "no", "running", "none", "Mon Wed Fri", "07:30", "UTC");
        await using (var connection = await store.Database.OpenAsync())
        {
            var json = await connection.ExecuteScalarAsync<string>("SELECT state FROM dialog_states WHERE chat_id = @ChatId", new { ChatId });
            var node = System.Text.Json.Nodes.JsonNode.Parse(json!)!;
            node["schemaVersion"] = 2;
            var memory = node["memory"]!.AsObject();
            memory.Remove("painReports");
            memory["lastPain"] = new System.Text.Json.Nodes.JsonObject { ["rating"] = 4, ["where"] = "lower back", ["at"] = "2026-11-20T07:00:00+00:00" };
            memory["checkPainFirst"] = true;
            await connection.ExecuteAsync("UPDATE dialog_states SET schema_version = 2, state = @json WHERE chat_id = @ChatId", new { json = node.ToJsonString(), ChatId });
        }

        var loaded = await store.LoadAsync(ChatId);
        var started = (await turns.HandleAsync(ChatId, new CommandInput("workout"))).Outcome;

        Assert.False(loaded.WasReset);
        Assert.Equal(new PainReport(4, BodyPart.LowerBack, new DateTimeOffset(2026, 11, 20, 7, 0, 0, TimeSpan.Zero)), loaded.State.Conversation.Memory.OpenPain);
        Assert.Single(loaded.State.Conversation.Memory.PainReports);
        Assert.Contains("pain in your lower back (4/10)", started.Replies[0].Text.Plain);
    }

    [EngineFact]
    public async Task A_restart_mid_session_resumes_at_the_same_set()
    {
        var (_, before) = await file.OpenAsync();
        await SendAsync(before, "/start", "no", "strength", "yellow, green", "Mon Wed Fri", "07:30", "Europe/Berlin", "/workout", "done", "done");

        var (_, after) = await file.OpenAsync();
        var outcome = (await after.HandleAsync(ChatId, new TextInput("done"))).Outcome;

        Assert.StartsWith("Logged 60 s. That's Monster walk done.", outcome.Replies[0].Text.Plain, StringComparison.Ordinal);
        Assert.Contains("Set 1 of 3 · Lateral band walk", outcome.Replies[0].Text.Plain);
    }

    [EngineFact]
    public async Task Chats_are_kept_apart()
    {
        var (store, turns) = await file.OpenAsync();
        await turns.HandleAsync(1, new TextInput("hi"));
        await turns.HandleAsync(2, new TextInput("hi"));
        await turns.HandleAsync(2, new TextInput("no"));
        await turns.HandleAsync(2, new TextInput("gentle"));

        Assert.Null((await store.LoadAsync(1)).State.Profile.Goal);
        Assert.Equal(Goal.Gentle, (await store.LoadAsync(2)).State.Profile.Goal);
    }

    [EngineFact]
    public async Task Concurrent_turns_on_one_chat_are_all_applied()
    {
        var (store, turns) = await file.OpenAsync();
        await SendAsync(turns, "/start", "no", "strength", "none", "Mon Wed Fri", "07:30", "UTC", "/workout");

        await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => Task.Run(() => turns.HandleAsync(ChatId, new TextInput("skip")))));

        var session = (await store.LoadAsync(ChatId)).State.Conversation.Session;
        Assert.NotNull(session);
        Assert.Equal(3, session.Logged.Count);
        Assert.Equal(3, (await store.SetLogsAsync(ChatId)).Count);
    }

    [EngineFact]
    public async Task The_inbox_stores_each_update_once_and_not_one_applied_before()
    {
        var (store, turns) = await file.OpenAsync();
        var transport = Transport(store);
        await turns.HandleAsync(ChatId, new TextInput("hi"), updateId: 7);

        var first = await transport.AcceptAsync([Arrived(7), Arrived(8), Arrived(9)], offset: 10);
        var again = await transport.AcceptAsync([Arrived(8), Arrived(9)], offset: 10);

        Assert.Equal([8L, 9L], first.Select(u => u.UpdateId));
        Assert.Empty(again);
        Assert.Equal([8L, 9L], (await transport.WaitingAsync()).Select(u => u.UpdateId));
        Assert.Equal(10, await transport.ReadOffsetAsync());
    }

    [EngineFact]
    public async Task Applying_an_update_takes_it_out_of_the_inbox_and_an_older_one_arriving_late_is_still_applied()
    {
        var (store, turns) = await file.OpenAsync();
        var transport = Transport(store);
        await transport.AcceptAsync([Arrived(8)], offset: null);
        await turns.HandleAsync(ChatId, new CommandInput("start"), updateId: 8);
        await transport.AcceptAsync([Arrived(7)], offset: null);

        var late = await turns.HandleAsync(ChatId, new TextInput("no"), updateId: 7);
        var replayed = await turns.HandleAsync(ChatId, new CommandInput("start"), updateId: 8);

        Assert.True(late.Applied);
        Assert.False(replayed.Applied);
        Assert.Empty(await transport.WaitingAsync());
        Assert.Equal(Phase.AskGoal, (await store.LoadAsync(ChatId)).State.Phase);
    }

    [EngineFact]
    public async Task Applied_ids_older_than_a_week_are_forgotten()
    {
        var (store, turns) = await file.OpenAsync();
        await turns.HandleAsync(ChatId, new TextInput("hi"), updateId: 1);
        file.Clock.Advance(TimeSpan.FromDays(8));
        await turns.HandleAsync(ChatId, new TextInput("hi"), updateId: 2);

        var pruned = await Transport(store).PruneAppliedAsync(TimeSpan.FromDays(7));

        Assert.Equal(1, pruned);
        // The week-old id is no longer known as applied; the recent one still is.
        Assert.Equal([1L], (await Transport(store).AcceptAsync([Arrived(1), Arrived(2)], null)).Select(u => u.UpdateId));
    }

    public void Dispose() => file.Dispose();

    private OutboxStore Outbox(ChatStore store) => new(store.Database, file.Clock);

    private TransportStore Transport(ChatStore store) => new(store.Database, file.Clock);

    private static ArrivedUpdate Arrived(long updateId) => new(updateId, ChatId, $$"""{"update_id":{{updateId}}}""");

    private async Task<TurnWriteResult> SaveAsync(ChatStore store, StoredChat loaded, string text, IReadOnlyList<OutboxMessage>? outbox = null)
    {
        var outcome = Coach.Step(loaded.State, new TextInput(text), file.Clock.GetUtcNow());
        return (await store.WriteAsync(new TurnWrite(loaded.ChatId, loaded, outcome.State, outcome.Effects, outbox ?? []))).Result;
    }

    private static async Task SendAsync(StoredTurns turns, params string[] lines)
    {
        foreach (var line in lines)
        {
            await turns.HandleAsync(ChatId, TextCommand.Read(line));
        }
    }
}
