using System.Data.Common;
using Dapper;

namespace HipBand.Coaching.Storage;

/// <summary>Sessions and their per-set logs, written from the dialog's effects.</summary>
internal static class SessionLogRepository
{
    private const string InsertSession = """
        INSERT INTO sessions (chat_id, session_no, program, label, started_at)
        VALUES (@ChatId, @Number, @Program, @Label, @At)
        """;

    private const string FinishSession = """
        UPDATE sessions SET finished_at = @At, completed = @Completed
        WHERE chat_id = @ChatId AND session_no = @Number
        """;

    private const string InsertSet = """
        INSERT INTO set_logs (chat_id, session_no, exercise_id, variant_id, set_no, unit, target_min, target_max, done, band, difficulty, logged_at, aim, placement)
        VALUES (@ChatId, @Session, @ExerciseId, @VariantId, @SetNumber, @Unit, @Min, @Max, @Done, @Band, @Difficulty, @At, @Aim, @Placement)
        ON CONFLICT (chat_id, session_no, exercise_id, set_no) DO UPDATE SET
            done = excluded.done, difficulty = excluded.difficulty, logged_at = excluded.logged_at
        """;

    private const string SelectSets = """
        SELECT session_no AS Session, exercise_id AS ExerciseId, variant_id AS VariantId, set_no AS SetNumber, unit AS Unit,
               target_min AS TargetMin, target_max AS TargetMax, done AS Done, band AS Band, difficulty AS Difficulty,
               logged_at AS LoggedAt, aim AS Aim, placement AS Placement
        FROM set_logs
        WHERE chat_id = @ChatId
        ORDER BY session_no, logged_at, exercise_id, set_no
        """;

    public static async Task<IReadOnlyList<SetLogRecord>> ReadSetsAsync(DbConnection connection, long chatId)
    {
        var rows = await connection.QueryAsync<SetRow>(SelectSets, new { ChatId = chatId }).ConfigureAwait(false);
        return rows.Select(r => new SetLogRecord(
            (int)r.Session, r.ExerciseId, r.VariantId, (int)r.SetNumber, Enum.Parse<Catalog.DoseUnit>(r.Unit),
            (int)r.TargetMin, (int)r.TargetMax, r.Done is { } done ? (int)done : null, r.Band,
            Enum.Parse<Progress.Difficulty>(r.Difficulty), DateTimeOffset.FromUnixTimeMilliseconds(r.LoggedAt))
        {
            Aim = r.Aim is { } aim ? (int)aim : null,
            Placement = r.Placement,
        }).ToList();
    }

    /// <summary>Writes what the effects say happened; effects for other parts of the system are ignored here.</summary>
    public static async Task ApplyAsync(DbConnection connection, DbTransaction transaction, long chatId, IEnumerable<Effect> effects)
    {
        foreach (var effect in effects)
        {
            var task = effect switch
            {
                SessionStarted s => connection.ExecuteAsync(InsertSession, new
                {
                    ChatId = chatId, s.Number, s.Program, s.Label, At = s.At.ToUnixTimeMilliseconds(),
                }, transaction),
                SetLogged s => Prepared.ExecuteAsync(
                    connection, transaction, InsertSet, ("@ChatId", chatId), ("@Session", s.Session), ("@ExerciseId", s.ExerciseId), ("@VariantId", s.VariantId),
                    ("@SetNumber", s.SetNumber), ("@Unit", s.Target.Unit.ToString()), ("@Min", s.Target.Min), ("@Max", s.Target.Max), ("@Done", s.Done),
                    ("@Band", s.Band), ("@Difficulty", s.Difficulty.ToString()), ("@At", s.At.ToUnixTimeMilliseconds()), ("@Aim", s.Target.PerSet),
                    ("@Placement", s.Placement)),
                SessionFinished s => connection.ExecuteAsync(FinishSession, new
                {
                    ChatId = chatId, s.Number, Completed = s.Completed ? 1 : 0, At = s.At.ToUnixTimeMilliseconds(),
                }, transaction),
                _ => null,
            };
            if (task is not null)
            {
                await task.ConfigureAwait(false);
            }
        }
    }

    internal sealed class SetRow
    {
        public long Session { get; init; }
        public string ExerciseId { get; init; } = "";
        public string? VariantId { get; init; }
        public long SetNumber { get; init; }
        public string Unit { get; init; } = "";
        public long TargetMin { get; init; }
        public long TargetMax { get; init; }
        public long? Done { get; init; }
        public string? Band { get; init; }
        public string Difficulty { get; init; } = "";
        public long LoggedAt { get; init; }
        public long? Aim { get; init; }
        public string? Placement { get; init; }
    }
}
