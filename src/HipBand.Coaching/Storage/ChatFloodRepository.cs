using System.Data.Common;
using Dapper;

namespace HipBand.Coaching.Storage;

/// <summary>
/// Admits a write's outbox rows for one chat under <see cref="OutboxAdmission"/>, in the write's own transaction, so
/// that coalescing is exact and durable: the chat's inbound window and backlog burst live in <c>chat_floods</c>.
/// </summary>
/// <remarks>
/// A replaced row is deleted and the newer one inserted with its own id; nothing is updated in place. A row the sender
/// holds already is sent anyway (its delete after sending finds nothing), and the newer one still follows it, so a
/// race with the sender costs at most one extra hint, never a lost row.
/// </remarks>
internal static class ChatFloodRepository
{
    private const string Select = """
        SELECT window_start AS WindowStart, window_count AS WindowCount, line_at AS LineAt, burst AS Burst, capped AS Capped
        FROM chat_floods WHERE chat_id = @ChatId
        """;

    private const string Upsert = """
        INSERT INTO chat_floods (chat_id, window_start, window_count, line_at, burst, capped)
        VALUES (@ChatId, @WindowStart, @WindowCount, @LineAt, @Burst, @Capped)
        ON CONFLICT (chat_id) DO UPDATE SET
            window_start = excluded.window_start, window_count = excluded.window_count, line_at = excluded.line_at,
            burst = excluded.burst, capped = excluded.capped
        """;

    private const string CountWaiting = "SELECT COUNT(*) FROM outbox WHERE chat_id = @ChatId";
    private const string DeleteRepeats = "DELETE FROM outbox WHERE chat_id = @ChatId AND kind = 1 RETURNING id";

    // A reply the same as one still waiting (/help again, a question put again unchanged) tells nothing new either.
    private const string DeleteSame = "DELETE FROM outbox WHERE chat_id = @ChatId AND kind = 0 AND method = @Method AND payload = @Payload RETURNING id";
    private const string NewestNotSafety = "SELECT id FROM outbox WHERE chat_id = @ChatId AND kind <> 2 ORDER BY id DESC LIMIT 1";

    // The oldest row may be on its way to Telegram: the next one goes instead.
    private const string SecondOldest = "SELECT id FROM outbox WHERE chat_id = @ChatId ORDER BY id LIMIT 1 OFFSET 1";
    private const string DeleteOne = "DELETE FROM outbox WHERE id = @Id";

    /// <summary>The rows to insert, in order, and the waiting rows taken out for them.</summary>
    public static async Task<Admitted> AdmitAsync(DbConnection connection, DbTransaction transaction, TurnWrite write, long now)
    {
        if (write.Admission is not { } rules || write.Outbox.Count == 0 && write.UpdateId is null)
        {
            return new Admitted(write.Outbox, [], CapReached: false);
        }

        var chatId = write.ChatId;
        var stored = await connection.QuerySingleOrDefaultAsync<Row>(Select, new { ChatId = chatId }, transaction).ConfigureAwait(false);
        var flood = stored ?? new Row { WindowStart = now };
        var before = flood.Copy();
        var waiting = Convert.ToInt32(await Prepared.ScalarAsync(connection, transaction, CountWaiting, ("@ChatId", chatId)).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);
        if (waiting == 0)
        {
            // The backlog has drained: the burst is over.
            flood.Burst = false;
            flood.Capped = false;
        }

        var over = false;
        var deleting = write.Effects.OfType<Dialog.DataDeleted>().Any();
        if (write.UpdateId is not null && !deleting)
        {
            if (now - flood.WindowStart >= (long)rules.InboundWindow.TotalMilliseconds)
            {
                flood.WindowStart = now;
                flood.WindowCount = 0;
            }

            flood.WindowCount++;
            over = flood.WindowCount > rules.InboundLimit;
        }

        var admit = new List<OutboxMessage>(write.Outbox.Count + 2);
        var sayLine = false;
        if (over)
        {
            // Applied, but answered by one line per window: only safety advice and the newest question still go.
            admit.AddRange(write.Outbox.Where(r => r.Kind is OutboxKind.Safety or OutboxKind.Repeat));
            if (!admit.Any(r => r.Kind == OutboxKind.Repeat) && write.Outbox.Any(r => r.Kind is OutboxKind.Information) && rules.CurrentPrompt() is { } prompt)
            {
                admit.Add(prompt with { Kind = OutboxKind.Repeat });
            }

            sayLine = flood.LineAt is null || flood.LineAt < flood.WindowStart;
        }
        else
        {
            admit.AddRange(write.Outbox);
        }

        var withdrawn = new List<long>();
        var lastRepeat = admit.FindLastIndex(r => r.Kind == OutboxKind.Repeat);
        if (lastRepeat >= 0 && (over || flood.Burst || waiting > rules.MaxPendingPerChat))
        {
            // The newest question wins: every waiting repeat, and any earlier one of this turn, goes for it.
            withdrawn.AddRange(await connection.QueryAsync<long>(DeleteRepeats, new { ChatId = chatId }, transaction).ConfigureAwait(false));
            var newest = admit[lastRepeat];
            admit.RemoveAll(r => r.Kind == OutboxKind.Repeat);
            admit.Add(newest);
            if (!flood.Burst)
            {
                flood.Burst = true;
                sayLine = true;
            }
        }

        if (over || flood.Burst || waiting > rules.MaxPendingPerChat)
        {
            foreach (var row in admit.Where(r => r.Kind == OutboxKind.Information))
            {
                withdrawn.AddRange(await connection.QueryAsync<long>(DeleteSame, new { ChatId = chatId, row.Method, row.Payload }, transaction).ConfigureAwait(false));
            }
        }

        if (sayLine)
        {
            // Before the newest question, so that the screen ends on it.
            var at = admit.FindLastIndex(r => r.Kind == OutboxKind.Repeat);
            admit.Insert(at < 0 ? admit.Count : at, rules.FloodLine() with { Kind = OutboxKind.FloodLine });
            flood.LineAt = now;
        }

        var count = waiting - withdrawn.Count;
        var queued = new List<OutboxMessage>(admit.Count);
        var capped = false;
        foreach (var row in admit)
        {
            if (count < rules.MaxOutboxPerChat)
            {
                queued.Add(row);
                count++;
                continue;
            }

            capped = true;
            if (row.Kind != OutboxKind.Safety)
            {
                continue;
            }

            // Safety advice always goes: it takes the place of the newest waiting row that is not safety advice.
            var victim = await connection.ExecuteScalarAsync<long?>(NewestNotSafety, new { ChatId = chatId }, transaction).ConfigureAwait(false)
                ?? await connection.ExecuteScalarAsync<long?>(SecondOldest, new { ChatId = chatId }, transaction).ConfigureAwait(false);
            if (victim is { } id)
            {
                await connection.ExecuteAsync(DeleteOne, new { Id = id }, transaction).ConfigureAwait(false);
                withdrawn.Add(id);
                queued.Add(row);
            }
        }

        var firstCap = capped && !flood.Capped;
        flood.Capped |= capped;
        if (!deleting && (stored is null ? write.UpdateId is not null || flood.Burst || flood.Capped : !flood.SameAs(before)))
        {
            // Flags are integers on every engine (SQLite has no boolean), so that the SQL is the same for all.
            await Prepared.ExecuteAsync(
                connection, transaction, Upsert, ("@ChatId", chatId), ("@WindowStart", flood.WindowStart), ("@WindowCount", flood.WindowCount), ("@LineAt", flood.LineAt),
                ("@Burst", flood.Burst ? 1 : 0), ("@Capped", flood.Capped ? 1 : 0)).ConfigureAwait(false);
        }

        return new Admitted(queued, withdrawn, firstCap);
    }

    /// <summary>What a write queues, what it took out, and whether the cap was reached for the first time in the burst.</summary>
    internal sealed record Admitted(IReadOnlyList<OutboxMessage> Rows, IReadOnlyList<long> Withdrawn, bool CapReached);

    internal sealed class Row
    {
        public long WindowStart { get; set; }
        public int WindowCount { get; set; }
        public long? LineAt { get; set; }
        public bool Burst { get; set; }
        public bool Capped { get; set; }

        public Row Copy() => (Row)MemberwiseClone();

        public bool SameAs(Row other) =>
            WindowStart == other.WindowStart && WindowCount == other.WindowCount && LineAt == other.LineAt && Burst == other.Burst && Capped == other.Capped;
    }
}
