using Dapper;
using HipBand.Coaching.Storage;
using HipBand.Coaching.Tests.Support;
using HipBand.Testing.Engines;

namespace HipBand.Coaching.Tests.Storage;

/// <summary>The flood rules where outbox rows are written, on a real database of each engine: coalescing, the cap, the inbound backstop.</summary>
public sealed class OutboxAdmissionTests : IDisposable
{
    private const long Chat = 77;
    private static readonly OutboxAdmission Rules = new(
        MaxPendingPerChat: 5,
        MaxOutboxPerChat: 12,
        InboundLimit: 20,
        InboundWindow: TimeSpan.FromSeconds(10),
        FloodLine: () => Row("line"),
        CurrentPrompt: () => Row("prompt now", OutboxKind.Repeat));

    private readonly StateFile file = new();
    private long nextUpdate = 1000;

    public void Dispose() => file.Dispose();

    [EngineFact]
    public async Task Up_to_the_threshold_every_reply_queues_one_for_one()
    {
        var (store, _) = await file.OpenAsync();
        for (var i = 1; i <= 6; i++)
        {
            await WriteAsync(store, Row($"hint {i}", OutboxKind.Repeat));
        }

        Assert.Equal(["hint 1", "hint 2", "hint 3", "hint 4", "hint 5", "hint 6"], await WaitingAsync(store));
    }

    [EngineFact]
    public async Task Past_the_threshold_a_repeat_replaces_the_waiting_ones_information_stays_and_the_line_is_said_once()
    {
        var (store, _) = await file.OpenAsync();
        await WriteAsync(store, Row("logged set 1"));
        for (var i = 1; i <= 5; i++)
        {
            await WriteAsync(store, Row($"hint {i}", OutboxKind.Repeat));
        }

        var report = await WriteAsync(store, Row("hint 6", OutboxKind.Repeat));
        await WriteAsync(store, Row("logged set 2"));
        await WriteAsync(store, Row("hint 7", OutboxKind.Repeat));
        await WriteAsync(store, Row("pain advice", OutboxKind.Safety));
        await WriteAsync(store, Row("hint 8", OutboxKind.Repeat));

        Assert.Equal(5, report.Withdrawn.Count);
        Assert.Equal(["logged set 1", "line", "logged set 2", "pain advice", "hint 8"], await WaitingAsync(store));
    }

    [EngineFact]
    public async Task Once_the_backlog_has_drained_the_next_burst_says_the_line_again()
    {
        var (store, _) = await file.OpenAsync();
        for (var i = 1; i <= 7; i++)
        {
            await WriteAsync(store, Row($"hint {i}", OutboxKind.Repeat));
        }

        await SendAllAsync(store);
        await WriteAsync(store, Row("hint after", OutboxKind.Repeat));
        Assert.Equal(["hint after"], await WaitingAsync(store));

        file.Clock.Advance(TimeSpan.FromSeconds(11));
        for (var i = 1; i <= 6; i++)
        {
            await WriteAsync(store, Row($"again {i}", OutboxKind.Repeat));
        }

        Assert.Equal(["line", "again 6"], await WaitingAsync(store));
    }

    [EngineFact]
    public async Task A_chats_rows_never_pass_the_cap_safety_advice_still_goes_and_the_cap_is_reported_once_per_burst()
    {
        var (store, _) = await file.OpenAsync();
        var reports = new List<WriteReport>();
        for (var i = 1; i <= 15; i++)
        {
            reports.Add(await WriteAsync(store, Row($"summary {i}")));
        }

        var safety = await WriteAsync(store, Row("red flag", OutboxKind.Safety));
        reports.Add(await WriteAsync(store, Row("summary 16")));

        var waiting = await WaitingAsync(store);
        Assert.Equal(12, waiting.Count);
        Assert.Equal("red flag", waiting[^1]);
        Assert.DoesNotContain("summary 12", waiting); // the newest waiting row that was not safety made room
        Assert.Single(reports, r => r.CapReached);
        Assert.False(safety.CapReached);
        Assert.Single(safety.Withdrawn);
    }

    [EngineFact]
    public async Task Past_the_inbound_limit_replies_are_held_back_but_safety_and_the_current_question_go_with_one_line_per_window()
    {
        var (store, _) = await file.OpenAsync();
        for (var i = 1; i <= 20; i++)
        {
            await WriteAsync(store, Row($"answer {i}"));
            await SendAllAsync(store);
        }

        await WriteAsync(store, Row("answer 21"));
        await WriteAsync(store, Row("answer 22"));
        await WriteAsync(store, Row("pain advice", OutboxKind.Safety));
        Assert.Equal(["line", "prompt now", "pain advice"], await WaitingAsync(store));

        // The limit lifts by itself once the window has passed.
        await SendAllAsync(store);
        file.Clock.Advance(TimeSpan.FromSeconds(10));
        await WriteAsync(store, Row("answer 23"));
        Assert.Equal(["answer 23"], await WaitingAsync(store));
    }

    [EngineFact]
    public async Task The_inbound_count_survives_a_restart()
    {
        var (store, _) = await file.OpenAsync();
        for (var i = 1; i <= 20; i++)
        {
            await WriteAsync(store, Row($"answer {i}"));
            await SendAllAsync(store);
        }

        var (reopened, _) = await file.OpenAsync();
        await WriteAsync(reopened, Row("answer 21"));

        Assert.Equal(["line", "prompt now"], await WaitingAsync(reopened));
    }

    [EngineFact]
    public async Task Without_admission_rules_every_row_queues_as_it_is()
    {
        var (store, _) = await file.OpenAsync();
        for (var i = 1; i <= 20; i++)
        {
            await store.WriteAsync(new TurnWrite(Chat, null, null, [], [Row($"hint {i}", OutboxKind.Repeat)], nextUpdate++));
        }

        Assert.Equal(20, (await WaitingAsync(store)).Count);
    }

    private static OutboxMessage Row(string text, OutboxKind kind = OutboxKind.Information) => new(Chat, "sendMessage", text) { Kind = kind };

    private Task<WriteReport> WriteAsync(ChatStore store, OutboxMessage row) =>
        store.WriteAsync(new TurnWrite(Chat, null, null, [], [row], nextUpdate++) { Admission = Rules });

    private static async Task<List<string>> WaitingAsync(ChatStore store)
    {
        await using var connection = await store.Database.OpenAsync();
        return [.. await connection.QueryAsync<string>("SELECT payload FROM outbox WHERE chat_id = @Chat ORDER BY id", new { Chat })];
    }

    private async Task SendAllAsync(ChatStore store)
    {
        var outbox = new OutboxStore(store.Database, file.Clock);
        foreach (var row in await outbox.PendingAsync(0, 1000))
        {
            await outbox.MarkSentAsync(row.Id);
        }
    }
}
