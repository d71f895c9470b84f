using Dapper;
using HipBand.Coaching.Catalog;
using HipBand.Coaching.Chats;
using HipBand.Coaching.Dialog;
using HipBand.Coaching.Progress;
using HipBand.Coaching.Storage;
using HipBand.Coaching.Tests.Support;

namespace HipBand.Coaching.Tests.Storage;

public sealed class ChatStoreTests : IDisposable
{
    private const long ChatId = 42;
    private readonly SqliteFile file = new();

    [Fact]
    public async Task Migrations_create_the_schema_once_in_wal_mode()
    {
        var database = new Database(new SqliteDialect(file.Path));

        var first = await database.MigrateAsync(file.Clock);
        var second = await database.MigrateAsync(file.Clock);

        Assert.Equal([1], first);
        Assert.Empty(second);
        await using var connection = await database.OpenAsync();
        Assert.Equal("wal", await connection.ExecuteScalarAsync<string>("PRAGMA journal_mode"));
        var tables = await connection.QueryAsync<string>("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name");
        Assert.Equal(["dialog_states", "schema_migrations", "sessions", "set_logs", "trainees"], tables);
    }

    [Fact]
    public async Task An_unknown_chat_loads_fresh()
    {
        var (store, _) = await file.OpenAsync();

        var chat = await store.LoadAsync(ChatId);

        Assert.True(chat.IsNew);
        Assert.Equal(Phase.New, chat.State.Phase);
    }

    [Fact]
    public async Task Profile_and_conversation_round_trip_through_the_file()
    {
        var (_, turns) = await file.OpenAsync();
        await SendAsync(turns, "/start", "running", "yellow, green, black", "Mon Wed Fri", "07:30", "Europe/Berlin", "/workout", "12", "too hard", "9");

        var (store, _) = await file.OpenAsync();
        var chat = await store.LoadAsync(ChatId);

        var profile = chat.State.Profile;
        Assert.Equal(Goal.Running, profile.Goal);
        Assert.Equal(["yellow", "green", "black"], profile.Bands);
        Assert.Equal("Mon, Wed, Fri at 07:30 (Europe/Berlin)", HipBand.Coaching.Text.Say.ScheduleText(profile.Schedule!));
        Assert.Equal(file.Clock.GetUtcNow(), profile.OnboardedAt);
        var session = chat.State.Conversation.Session!;
        Assert.Equal((0, 2), (session.Item, session.Set));
        Assert.Equal([12, 9], session.Logged.Select(s => s.Done));
        Assert.Equal(Difficulty.TooHard, session.Logged[1].Difficulty);
        Assert.True(chat.RowVersion > 1);
    }

    [Fact]
    public async Task Every_logged_set_is_stored_with_target_band_difficulty_and_time()
    {
        var (store, turns) = await file.OpenAsync();
        await SendAsync(turns, "/start", "running", "yellow, green, black", "Mon Wed Fri", "07:30", "Europe/Berlin", "/workout");
        file.Clock.Advance(TimeSpan.FromMinutes(2));
        await SendAsync(turns, "15", "skip", "too easy");

        var sets = await store.SetLogsAsync(ChatId);

        Assert.Equal(3, sets.Count);
        var first = sets[0];
        Assert.Equal(new SetLogRecord(1, "lateral-band-walk", null, 1, DoseUnit.StepsPerDirection, 12, 15, 15, "yellow", Difficulty.Normal, file.Clock.GetUtcNow()), first);
        Assert.Null(sets[1].Done);
        Assert.Equal((1, 15, Difficulty.TooEasy), (sets[2].Session, sets[2].Done, sets[2].Difficulty));
    }

    [Fact]
    public async Task A_finished_session_is_stored_as_completed()
    {
        var (store, turns) = await file.OpenAsync();
        await SendAsync(turns, "/start", "warm-up", "none", "Mon Wed Fri", "07:30", "UTC", "/workout", "done", "done", "done");

        await using var connection = await store.Database.OpenAsync();
        var row = await connection.QuerySingleAsync<(long Completed, long? FinishedAt)>(
            "SELECT completed, finished_at FROM sessions WHERE chat_id = @ChatId", new { ChatId });
        Assert.Equal(1, row.Completed);
        Assert.Equal(file.Clock.GetUtcNow().ToUnixTimeMilliseconds(), row.FinishedAt);
    }

    [Fact]
    public async Task A_save_over_a_newer_version_is_refused()
    {
        var (store, _) = await file.OpenAsync();
        var now = file.Clock.GetUtcNow();
        var original = await store.LoadAsync(ChatId);
        await store.SaveAsync(original, Coach.Step(original.State, new TextInput("hi"), now));
        var first = await store.LoadAsync(ChatId);
        var second = await store.LoadAsync(ChatId);
        await store.SaveAsync(first, Coach.Step(first.State, new TextInput("running"), now));

        await Assert.ThrowsAsync<ConcurrencyConflictException>(
            () => store.SaveAsync(second, Coach.Step(second.State, new TextInput("gentle"), now)));

        Assert.Equal(Goal.Running, (await store.LoadAsync(ChatId)).State.Profile.Goal);
    }

    [Fact]
    public async Task Two_new_chats_racing_for_the_same_id_do_not_both_win()
    {
        var (store, _) = await file.OpenAsync();
        var now = file.Clock.GetUtcNow();
        var a = await store.LoadAsync(ChatId);
        var b = await store.LoadAsync(ChatId);
        await store.SaveAsync(a, Coach.Step(a.State, new TextInput("hi"), now));

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => store.SaveAsync(b, Coach.Step(b.State, new TextInput("hi"), now)));
    }

    [Theory]
    [InlineData(99, "{}")]
    [InlineData(1, "{not json")]
    public async Task State_of_an_unknown_version_is_reset_with_a_message_and_the_profile_kept(int schemaVersion, string json)
    {
        var (store, turns) = await file.OpenAsync();
        await SendAsync(turns, "/start", "running", "none", "Mon Wed Fri", "07:30", "UTC", "/workout");
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
        var outcome = await turns.HandleAsync(ChatId, new CommandInput("workout"));
        Assert.Contains("lost track of where we were", outcome.Replies[0].Text.Plain);
        Assert.Equal(2, outcome.State.Conversation.Session!.Number);
        Assert.False((await store.LoadAsync(ChatId)).WasReset);
    }

    [Fact]
    public async Task A_restart_mid_session_resumes_at_the_same_set()
    {
        var (_, before) = await file.OpenAsync();
        await SendAsync(before, "/start", "strength", "yellow, green", "Mon Wed Fri", "07:30", "Europe/Berlin", "/workout", "done", "done");

        var (_, after) = await file.OpenAsync();
        var outcome = await after.HandleAsync(ChatId, new TextInput("done"));

        Assert.StartsWith("Logged 60 s. That's Monster walk done.", outcome.Replies[0].Text.Plain, StringComparison.Ordinal);
        Assert.Contains("Set 1 of 3 · Lateral band walk", outcome.Replies[0].Text.Plain);
    }

    [Fact]
    public async Task Chats_are_kept_apart()
    {
        var (store, turns) = await file.OpenAsync();
        await turns.HandleAsync(1, new TextInput("hi"));
        await turns.HandleAsync(2, new TextInput("hi"));
        await turns.HandleAsync(2, new TextInput("gentle"));

        Assert.Null((await store.LoadAsync(1)).State.Profile.Goal);
        Assert.Equal(Goal.Gentle, (await store.LoadAsync(2)).State.Profile.Goal);
    }

    [Fact]
    public async Task Concurrent_turns_on_one_chat_are_all_applied()
    {
        var (store, turns) = await file.OpenAsync();
        await SendAsync(turns, "/start", "strength", "none", "Mon Wed Fri", "07:30", "UTC", "/workout");

        await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => Task.Run(() => turns.HandleAsync(ChatId, new TextInput("skip")))));

        var session = (await store.LoadAsync(ChatId)).State.Conversation.Session;
        Assert.NotNull(session);
        Assert.Equal(3, session.Logged.Count);
        Assert.Equal(3, (await store.SetLogsAsync(ChatId)).Count);
    }

    public void Dispose() => file.Dispose();

    private static async Task SendAsync(ChatTurns turns, params string[] lines)
    {
        foreach (var line in lines)
        {
            await turns.HandleAsync(ChatId, TextCommand.Read(line));
        }
    }
}
