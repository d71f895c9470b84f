using System.Data.Common;
using System.Globalization;
using System.Text;
using Dapper;

namespace HipBand.Coaching.Storage;

/// <summary>Everything stored about one person: handed over as CSV, or deleted from every table.</summary>
/// <remarks>
/// The CSV is one table a spreadsheet can filter by its first column: <c>profile</c> rows (field, value),
/// <c>session</c> rows, one <c>set</c> row per logged set, and <c>safety</c> rows (field, value, time): the readiness
/// answers and clearances, red-flag holds and their lifting, and every pain report with what the bot did about it.
/// </remarks>
internal static class PersonalData
{
    public const string Header = "record,session,exercise,variant,set,unit,target_min,target_max,done,band,difficulty,time,field,value";

    private const string SelectProfile = """
        SELECT goal AS Goal, bands AS Bands, days AS Days, train_at AS TrainAt, time_zone AS TimeZone,
               paused AS Paused, onboarded_at AS OnboardedAt, created_at AS CreatedAt, heard_at AS HeardAt
        FROM trainees WHERE chat_id = @ChatId
        """;

    private const string SelectSessions = """
        SELECT session_no AS Number, program AS Program, label AS Label, started_at AS StartedAt,
               finished_at AS FinishedAt, completed AS Completed
        FROM sessions WHERE chat_id = @ChatId ORDER BY session_no
        """;

    // Every table with a row about a person; applied_updates and bot_state hold none, and the inbox holds their
    // updates only until each is applied (this one goes in the same transaction).
    private const string Delete = """
        DELETE FROM set_logs WHERE chat_id = @ChatId;
        DELETE FROM sessions WHERE chat_id = @ChatId;
        DELETE FROM dialog_states WHERE chat_id = @ChatId;
        DELETE FROM trainees WHERE chat_id = @ChatId;
        DELETE FROM outbox WHERE chat_id = @ChatId;
        DELETE FROM dead_letters WHERE chat_id = @ChatId;
        DELETE FROM chat_floods WHERE chat_id = @ChatId;
        DELETE FROM claims WHERE key LIKE @Reminders OR key LIKE @Rests;
        """;

    /// <summary>Deletes every row about the person, in the caller's transaction (the turn that confirmed it).</summary>
    public static Task DeleteAsync(DbConnection connection, DbTransaction transaction, long chatId) =>
        connection.ExecuteAsync(Delete, new
        {
            ChatId = chatId,
            Reminders = string.Create(CultureInfo.InvariantCulture, $"reminder:{chatId}:%"),
            Rests = string.Create(CultureInfo.InvariantCulture, $"rest:{chatId}:%"),
        }, transaction);

    public static async Task<string> ExportCsvAsync(DbConnection connection, long chatId)
    {
        var csv = new StringBuilder().Append(Header).Append('\n');
        var profile = await connection.QuerySingleOrDefaultAsync<ProfileRow>(SelectProfile, new { ChatId = chatId }).ConfigureAwait(false);
        if (profile is not null)
        {
            ProfileLine(csv, "goal", profile.Goal);
            ProfileLine(csv, "bands", profile.Bands is null ? null : string.Join("; ", ConversationJson.ReadBands(profile.Bands)));
            ProfileLine(csv, "days", ((Scheduling.Weekdays)profile.Days).ToString());
            ProfileLine(csv, "time", profile.TrainAt);
            ProfileLine(csv, "time_zone", profile.TimeZone);
            ProfileLine(csv, "paused", profile.Paused != 0 ? "yes" : "no");
            ProfileLine(csv, "joined", Instant(profile.CreatedAt));
            ProfileLine(csv, "setup_finished", profile.OnboardedAt is { } at ? Instant(at) : null);
            ProfileLine(csv, "last_message", profile.HeardAt is { } heard ? Instant(heard) : null);
        }

        foreach (var session in await connection.QueryAsync<SessionRow>(SelectSessions, new { ChatId = chatId }).ConfigureAwait(false))
        {
            Line(csv, "session", session.Number.ToString(CultureInfo.InvariantCulture), "", "", "", "", "", "", "", "", "",
                Instant(session.StartedAt), "program", $"{session.Program} {session.Label}".Trim());
            Line(csv, "session", session.Number.ToString(CultureInfo.InvariantCulture), "", "", "", "", "", "", "", "", "",
                session.FinishedAt is { } end ? Instant(end) : "", "completed", session.Completed switch { 1 => "yes", 0 => "no", _ => "in progress" });
        }

        var chat = await ChatRepository.LoadAsync(connection, chatId).ConfigureAwait(false);
        Safety(csv, chat.State.Conversation.Memory);

        foreach (var set in await SessionLogRepository.ReadSetsAsync(connection, chatId).ConfigureAwait(false))
        {
            Line(csv, "set", N(set.Session), set.ExerciseId, set.VariantId ?? "", N(set.SetNumber), set.Unit.ToString(),
                N(set.TargetMin), N(set.TargetMax), set.Done is { } done ? N(done) : "skipped", set.Band ?? "", set.Difficulty.ToString(),
                set.LoggedAt.UtcDateTime.ToString("O", CultureInfo.InvariantCulture), "", "");
        }

        return csv.ToString();
    }

    /// <summary>What the person told the coach about their safety, and what was done, oldest first.</summary>
    private static void Safety(StringBuilder csv, CoachMemory memory)
    {
        foreach (var answer in memory.EarlierReadiness.Append(memory.Readiness).OfType<ReadinessAnswer>())
        {
            SafetyLine(csv, "", answer.At, "readiness", answer.AnyApplies ? $"applies: {answer.Sign}" : "none applies");
            if (answer.ClearedAt is { } cleared)
            {
                SafetyLine(csv, "", cleared, "clearance", "gentle program");
            }

            if (answer.FullyClearedAt is { } fully)
            {
                SafetyLine(csv, "", fully, "clearance", "full training");
            }
        }

        foreach (var hold in memory.Holds)
        {
            SafetyLine(csv, "", hold.Since, "hold", hold.Reason.ToString());
            if (hold.LiftedAt is { } lifted)
            {
                SafetyLine(csv, "", lifted, "hold_lifted", hold.Reason.ToString());
            }
        }

        foreach (var pain in memory.PainReports)
        {
            var value = string.Create(CultureInfo.InvariantCulture, $"{pain.Rating}/10; {pain.Where?.ToString() ?? "not said"}; {pain.Context}; {pain.Action}");
            SafetyLine(csv, pain.Session is { } session ? N(session) : "", pain.At, "pain", value);
        }
    }

    private static void SafetyLine(StringBuilder csv, string session, DateTimeOffset at, string field, string value) =>
        Line(csv, "safety", session, "", "", "", "", "", "", "", "", "", at.UtcDateTime.ToString("O", CultureInfo.InvariantCulture), field, value);

    private static void ProfileLine(StringBuilder csv, string field, string? value) =>
        Line(csv, "profile", "", "", "", "", "", "", "", "", "", "", "", field, value ?? "");

    private static void Line(StringBuilder csv, params string[] cells)
    {
        csv.AppendJoin(',', cells.Select(Escape)).Append('\n');
    }

    /// <summary>RFC 4180: a cell with a comma, quote or line break is quoted, its quotes doubled.</summary>
    private static string Escape(string cell) =>
        cell.AsSpan().IndexOfAny(",\"\r\n") < 0 ? cell : "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Instant(long unixMs) => DateTimeOffset.FromUnixTimeMilliseconds(unixMs).UtcDateTime.ToString("O", CultureInfo.InvariantCulture);

    internal sealed class ProfileRow : TraineeRow
    {
        public long CreatedAt { get; init; }
        public long? HeardAt { get; init; }
    }

    internal sealed class SessionRow
    {
        public long Number { get; init; }
        public string Program { get; init; } = "";
        public string Label { get; init; } = "";
        public long StartedAt { get; init; }
        public long? FinishedAt { get; init; }
        public long? Completed { get; init; }
    }
}
