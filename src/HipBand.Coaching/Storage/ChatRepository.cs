using System.Data.Common;
using System.Globalization;
using Dapper;

namespace HipBand.Coaching.Storage;

/// <summary>Profile (trainees) and conversation (dialog_states) of one chat, read and written together.</summary>
internal static class ChatRepository
{
    private const string Select = """
        SELECT t.chat_id AS ChatId, t.goal AS Goal, t.bands AS Bands, t.days AS Days, t.train_at AS TrainAt,
               t.time_zone AS TimeZone, t.paused AS Paused, t.onboarded_at AS OnboardedAt, t.active AS Active,
               d.schema_version AS SchemaVersion, d.row_version AS RowVersion, d.state AS State
        FROM trainees t
        LEFT JOIN dialog_states d ON d.chat_id = t.chat_id
        WHERE t.chat_id = @ChatId
        """;

    private const string UpsertTrainee = """
        INSERT INTO trainees (chat_id, goal, bands, days, train_at, time_zone, paused, onboarded_at, active, created_at, updated_at)
        VALUES (@ChatId, @Goal, @Bands, @Days, @TrainAt, @TimeZone, @Paused, @OnboardedAt, 1, @Now, @Now)
        ON CONFLICT (chat_id) DO UPDATE SET
            goal = excluded.goal, bands = excluded.bands, days = excluded.days, train_at = excluded.train_at,
            time_zone = excluded.time_zone, paused = excluded.paused, onboarded_at = excluded.onboarded_at,
            active = 1, updated_at = excluded.updated_at
        """;

    /// <summary>The row the state refers to; created empty, never overwritten, so that a lost race changes nothing.</summary>
    private const string CreateTrainee = """
        INSERT INTO trainees (chat_id, created_at, updated_at) VALUES (@ChatId, @Now, @Now)
        ON CONFLICT (chat_id) DO NOTHING
        """;

    private const string InsertState = """
        INSERT INTO dialog_states (chat_id, schema_version, row_version, state, updated_at, rest_due_at, rest_key)
        VALUES (@ChatId, @SchemaVersion, 1, @State, @Now, @RestDue, @RestKey)
        ON CONFLICT (chat_id) DO NOTHING
        """;

    /// <summary>The rest columns change only when the turn set or cancelled a rest timer (@RestSet = 1); a new deadline is nobody's claim yet.</summary>
    private const string UpdateState = """
        UPDATE dialog_states
        SET schema_version = @SchemaVersion, row_version = row_version + 1, state = @State, updated_at = @Now,
            rest_due_at = CASE WHEN @RestSet = 1 THEN @RestDue ELSE rest_due_at END,
            rest_key = CASE WHEN @RestSet = 1 THEN @RestKey ELSE rest_key END,
            rest_claimed_until = CASE WHEN @RestSet = 1 THEN NULL ELSE rest_claimed_until END
        WHERE chat_id = @ChatId AND row_version = @RowVersion
        """;

    private const string SelectRestDeadlines = """
        SELECT chat_id AS ChatId, rest_due_at AS DueAt, rest_key AS QuestionKey
        FROM dialog_states
        WHERE rest_due_at IS NOT NULL
        """;

    private const string SelectSessionTotals = """
        SELECT COALESCE(MAX(session_no), 0) AS Started,
               COALESCE(SUM(CASE WHEN completed = 1 THEN 1 ELSE 0 END), 0) AS Completed,
               MAX(finished_at) AS LastFinishedAt
        FROM sessions
        WHERE chat_id = @ChatId
        """;

    private const string SelectBests = """
        SELECT exercise_id AS ExerciseId, MAX(done) AS Best
        FROM set_logs
        WHERE chat_id = @ChatId AND done IS NOT NULL
        GROUP BY exercise_id
        """;

    private const string SelectScheduled = """
        SELECT chat_id AS ChatId, days AS Days, train_at AS TrainAt, time_zone AS TimeZone
        FROM trainees
        WHERE onboarded_at IS NOT NULL AND paused = 0 AND active = 1 AND days <> 0
          AND train_at IS NOT NULL AND time_zone IS NOT NULL
        """;

    private const string ChatOnly = " AND chat_id = @ChatId";

    /// <summary>Every trainee who should be getting reminders (or just <paramref name="chatId"/>), with their schedule.</summary>
    public static async Task<IReadOnlyList<(long ChatId, Schedule Schedule)>> ReadScheduledAsync(DbConnection connection, long? chatId = null)
    {
        var rows = await connection.QueryAsync<ScheduleRow>(chatId is null ? SelectScheduled : SelectScheduled + ChatOnly, new { ChatId = chatId }).ConfigureAwait(false);

        // A row that does not read (written by hand, say) is left out: one chat's data never stops everyone's reminders.
        return [.. rows
            .Where(r => TimeOnly.TryParseExact(r.TrainAt, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            .Select(r => (r.ChatId, new Schedule((Weekdays)r.Days, TimeOnly.ParseExact(r.TrainAt, "HH:mm", CultureInfo.InvariantCulture), r.TimeZone)))];
    }

    /// <summary>Every chat's pending rest timer, to rebuild the in-process timer queue at start.</summary>
    public static async Task<IReadOnlyList<RestDeadline>> ReadRestDeadlinesAsync(DbConnection connection)
    {
        var rows = await connection.QueryAsync<RestRow>(SelectRestDeadlines).ConfigureAwait(false);
        return [.. rows.Select(r => new RestDeadline(r.ChatId, DateTimeOffset.FromUnixTimeMilliseconds(r.DueAt), r.QuestionKey ?? ""))];
    }

    public static async Task<StoredChat> LoadAsync(DbConnection connection, long chatId, DbTransaction? transaction = null)
    {
        var row = await connection.QuerySingleOrDefaultAsync<Row>(Select, new { ChatId = chatId }, transaction).ConfigureAwait(false);
        if (row is null)
        {
            return new StoredChat(chatId, ChatState.Fresh, RowVersion: 0);
        }

        var profile = ToProfile(row);
        if (row.State is null)
        {
            return new StoredChat(chatId, new ChatState(profile, new Conversation()), RowVersion: 0) { Active = row.Active != 0 };
        }

        if (!ConversationJson.TryMigrate(row.SchemaVersion ?? 0, row.State, out var current) || !TryRead(current, out var conversation))
        {
            // State we cannot read is never guessed at: the profile (its own columns) is kept, the coach's memory is
            // rebuilt from the session tables, and the conversation restarts.
            var memory = await RebuildMemoryAsync(connection, chatId, transaction).ConfigureAwait(false);
            var restart = new Conversation { Phase = profile.IsOnboarded ? Phase.Idle : Phase.New, Memory = memory };
            return new StoredChat(chatId, new ChatState(profile, restart), row.RowVersion ?? 0, WasReset: true) { Active = row.Active != 0 };
        }

        return new StoredChat(chatId, new ChatState(profile, conversation), row.RowVersion ?? 0) { Active = row.Active != 0 };
    }

    /// <summary>
    /// Writes conversation and, when it changed or the person had been marked inactive, the profile (a person who
    /// writes to us is active again). The row version is checked before anything is written: false means nothing was.
    /// </summary>
    public static async Task<bool> TrySaveAsync(DbConnection connection, DbTransaction transaction, StoredChat loaded, ChatState state, long now, RestChange? rest = null)
    {
        // The state row is written first, so that a conflict is found before anything else is written; a new chat's
        // state row needs its trainee row, created empty if missing (which a conflicting writer would have done too).
        if (loaded.IsNew)
        {
            await connection.ExecuteAsync(CreateTrainee, new { loaded.ChatId, Now = now }, transaction).ConfigureAwait(false);
        }

        var json = ConversationJson.Write(state.Conversation);
        var written = loaded.IsNew
            ? await connection.ExecuteAsync(InsertState, new
            {
                loaded.ChatId,
                SchemaVersion = Conversation.CurrentSchemaVersion,
                State = json,
                Now = now,
                RestDue = rest?.DueAt?.ToUnixTimeMilliseconds(),
                RestKey = rest?.QuestionKey,
            }, transaction).ConfigureAwait(false)
            : await Prepared.ExecuteAsync(
                connection, transaction, UpdateState, ("@ChatId", loaded.ChatId), ("@SchemaVersion", Conversation.CurrentSchemaVersion), ("@State", json),
                ("@RowVersion", loaded.RowVersion), ("@Now", now), ("@RestSet", rest is null ? 0 : 1), ("@RestDue", rest?.DueAt?.ToUnixTimeMilliseconds()),
                ("@RestKey", rest?.QuestionKey)).ConfigureAwait(false);
        if (written != 1)
        {
            return false;
        }

        if (loaded.IsNew || !ReferenceEquals(state.Profile, loaded.State.Profile) || !loaded.Active)
        {
            await UpsertProfileAsync(connection, transaction, loaded.ChatId, state.Profile, now).ConfigureAwait(false);
        }

        return true;
    }

    private static Task UpsertProfileAsync(DbConnection connection, DbTransaction transaction, long chatId, Profile profile, long now) =>
        connection.ExecuteAsync(UpsertTrainee, new
        {
            ChatId = chatId,
            Goal = profile.Goal?.ToString(),
            Bands = profile.Bands is null ? null : ConversationJson.WriteBands(profile.Bands),
            Days = (int)profile.Days,
            TrainAt = profile.TrainAt?.ToString("HH:mm", CultureInfo.InvariantCulture),
            profile.TimeZone,
            Paused = profile.Paused ? 1 : 0,
            OnboardedAt = profile.OnboardedAt?.ToUnixTimeMilliseconds(),
            Now = now,
        }, transaction);

    private static async Task<CoachMemory> RebuildMemoryAsync(DbConnection connection, long chatId, DbTransaction? transaction)
    {
        var totals = await connection.QuerySingleAsync<SessionTotalsRow>(SelectSessionTotals, new { ChatId = chatId }, transaction).ConfigureAwait(false);
        var bests = await connection.QueryAsync<BestRow>(SelectBests, new { ChatId = chatId }, transaction).ConfigureAwait(false);
        return new CoachMemory
        {
            SessionsStarted = (int)totals.Started,
            SessionsCompleted = (int)totals.Completed,
            LastSessionAt = totals.LastFinishedAt is { } ms ? DateTimeOffset.FromUnixTimeMilliseconds(ms) : null,
            LastBest = bests.ToDictionary(b => b.ExerciseId, b => (int)b.Best, StringComparer.Ordinal),
        };
    }

    private static Profile ToProfile(Row row) => new()
    {
        Goal = Enum.TryParse<Goal>(row.Goal, out var goal) ? goal : null,
        Bands = row.Bands is null ? null : ConversationJson.ReadBands(row.Bands),
        Days = (Weekdays)row.Days,
        TrainAt = row.TrainAt is null ? null : TimeOnly.ParseExact(row.TrainAt, "HH:mm", CultureInfo.InvariantCulture),
        TimeZone = row.TimeZone,
        Paused = row.Paused != 0,
        OnboardedAt = row.OnboardedAt is { } ms ? DateTimeOffset.FromUnixTimeMilliseconds(ms) : null,
    };

    private static bool TryRead(string json, out Conversation conversation)
    {
        try
        {
            conversation = ConversationJson.Read(json);
            return true;
        }
        catch (System.Text.Json.JsonException)
        {
            conversation = new Conversation();
            return false;
        }
    }

    internal sealed class Row : TraineeRow
    {
        public long ChatId { get; init; }
        public long Active { get; init; }
        public long? SchemaVersion { get; init; }
        public long? RowVersion { get; init; }
        public string? State { get; init; }
    }

    internal sealed class RestRow
    {
        public long ChatId { get; init; }
        public long DueAt { get; init; }
        public string? QuestionKey { get; init; }
    }

    internal sealed class SessionTotalsRow
    {
        public long Started { get; init; }
        public long Completed { get; init; }
        public long? LastFinishedAt { get; init; }
    }

    internal sealed class BestRow
    {
        public string ExerciseId { get; init; } = "";
        public long Best { get; init; }
    }

    internal sealed class ScheduleRow
    {
        public long ChatId { get; init; }
        public long Days { get; init; }
        public string TrainAt { get; init; } = "";
        public string TimeZone { get; init; } = "";
    }
}
