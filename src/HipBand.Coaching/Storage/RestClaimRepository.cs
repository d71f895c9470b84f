using System.Data.Common;
using Dapper;

namespace HipBand.Coaching.Storage;

/// <summary>
/// Rest timers shared by processes on one database: a due deadline is claimed by one process for a while, nudged, and
/// cleared; a claim its process did not clear (it died) runs out and is claimed again, and the nudge's own claim
/// (<c>rest:chat:set</c>) makes a second firing send nothing.
/// </summary>
internal static class RestClaimRepository
{
    // The outer conditions are checked again on each row once its lock is had, so of two processes claiming at once
    // only one gets a row.
    private const string Claim = """
        UPDATE dialog_states SET rest_claimed_until = @Until
        WHERE chat_id IN (
                SELECT chat_id FROM dialog_states
                WHERE rest_due_at <= @Now AND (rest_claimed_until IS NULL OR rest_claimed_until < @Now)
                ORDER BY rest_due_at
                LIMIT @Limit)
          AND rest_due_at <= @Now AND (rest_claimed_until IS NULL OR rest_claimed_until < @Now)
        RETURNING chat_id AS ChatId, rest_due_at AS DueAt, rest_key AS QuestionKey
        """;

    // A turn that set another deadline in between has changed the row: that one stays.
    private const string Clear = """
        UPDATE dialog_states SET rest_due_at = NULL, rest_key = NULL, rest_claimed_until = NULL
        WHERE chat_id = @ChatId AND rest_due_at = @DueAt AND rest_key = @QuestionKey
        """;

    public static async Task<IReadOnlyList<RestDeadline>> ClaimAsync(DbConnection connection, long now, long until, int limit)
    {
        var rows = await connection.QueryAsync<Row>(Claim, new { Now = now, Until = until, Limit = limit }).ConfigureAwait(false);
        return [.. rows.Select(r => new RestDeadline(r.ChatId, DateTimeOffset.FromUnixTimeMilliseconds(r.DueAt), r.QuestionKey))];
    }

    public static Task ClearAsync(DbConnection connection, RestDeadline deadline) =>
        connection.ExecuteAsync(Clear, new { deadline.ChatId, DueAt = deadline.DueAt.ToUnixTimeMilliseconds(), deadline.QuestionKey });

    internal sealed class Row
    {
        public long ChatId { get; init; }
        public long DueAt { get; init; }
        public string QuestionKey { get; init; } = "";
    }
}
