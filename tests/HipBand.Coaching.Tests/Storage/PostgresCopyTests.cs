using HipBand.Coaching.Storage;
using HipBand.Testing;
using HipBand.Testing.Engines;

namespace HipBand.Coaching.Tests.Storage;

/// <summary>The copy from SQLite to PostgreSQL, down to the ids it must not hand out again.</summary>
public sealed class PostgresCopyTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("hipband-copy-").FullName;
    private readonly TestClock clock = new();

    [PostgresFact]
    public async Task An_outbox_id_sqlite_handed_out_is_not_handed_out_again_even_when_its_row_is_gone()
    {
        var source = await TestDatabase.CreateAsync(folder, "source.db", TestEngine.Sqlite);
        await using (var store = new ChatStore(await source.OpenMigratedAsync(clock), clock))
        {
            var queued = (await store.WriteAsync(new TurnWrite(5, null, null, [], [Message("a"), Message("b"), Message("c")]))).Queued;
            var outbox = new OutboxStore(store.Database, clock);
            await outbox.MarkSentAsync(queued[1].Id);
            await outbox.MarkSentAsync(queued[2].Id);
            Assert.Equal([1L, 2L, 3L], queued.Select(q => q.Id));
        }

        await using var target = await TestDatabase.CreateAsync(folder, "target.db", TestEngine.Postgres);
        await using (var from = new Database(source.CreateDialect()))
        await using (var to = new Database(target.CreateDialect()))
        {
            var result = await PostgresCopy.CopyAsync(from, to, clock);
            Assert.True(result.Succeeded, result.RefusedBecause);
            Assert.Equal(1, result.Copied["outbox"]);
        }

        await using var copied = new ChatStore(await target.OpenMigratedAsync(clock), clock);
        var next = Assert.Single((await copied.WriteAsync(new TurnWrite(5, null, null, [], [Message("d")]))).Queued);
        Assert.Equal(4, next.Id);
        Assert.Equal(["a", "d"], (await new OutboxStore(copied.Database, clock).PendingAsync(0, 10)).Select(p => p.Payload));
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static OutboxMessage Message(string payload) => new(5, "sendMessage", payload);
}
