using Dapper;
using HipBand.Coaching.Storage;
using HipBand.Coaching.Tests.Support;
using HipBand.Testing.Engines;

namespace HipBand.Coaching.Tests.Storage;

/// <summary>Leases as two processes see them: each has a database object of its own (its own pool), on one database.</summary>
public sealed class LeaseStoreTests : IDisposable
{
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(15);
    private readonly StateFile file = new();

    [EngineFact]
    public async Task A_role_has_one_holder_until_its_lease_runs_out_or_it_is_released()
    {
        var (a, b) = await TwoProcessesAsync();

        Assert.True(await a.TakeRoleAsync("sender", "A", Lease));
        Assert.False(await b.TakeRoleAsync("sender", "B", Lease));
        file.Clock.Advance(Lease - TimeSpan.FromSeconds(1));
        Assert.True(await a.TakeRoleAsync("sender", "A", Lease));
        file.Clock.Advance(Lease - TimeSpan.FromSeconds(1));
        Assert.False(await b.TakeRoleAsync("sender", "B", Lease));

        file.Clock.Advance(TimeSpan.FromSeconds(2));
        Assert.True(await b.TakeRoleAsync("sender", "B", Lease));
        Assert.False(await a.TakeRoleAsync("sender", "A", Lease));

        await b.ReleaseRoleAsync("sender", "B");
        Assert.True(await a.TakeRoleAsync("sender", "A", Lease));
    }

    [EngineFact]
    public async Task A_chat_and_its_waiting_updates_go_to_one_process_until_released_or_run_out()
    {
        var (a, b) = await TwoProcessesAsync();
        var (store, _) = await file.OpenAsync();
        var transport = new TransportStore(store.Database, file.Clock);
        await transport.AcceptAsync([new ArrivedUpdate(10, 1, "{}"), new ArrivedUpdate(11, 2, "{}"), new ArrivedUpdate(12, 1, "{}")], null);

        var taken = await a.TakeChatsAsync("A", Lease, 10);
        Assert.Equal([10L, 12L, 11L], taken.OrderBy(u => u.ChatId).ThenBy(u => u.Seq).Select(u => u.UpdateId));
        Assert.Empty(await b.TakeChatsAsync("B", Lease, 10));

        await a.ReleaseChatsAsync("A", [1]);
        Assert.Equal([10L, 12L], (await b.TakeChatsAsync("B", Lease, 10)).Select(u => u.UpdateId));

        // A renews chat 2 with every poll; once A stops (it died), the lease runs out and B takes the chat.
        file.Clock.Advance(Lease / 2);
        Assert.Equal([11L], (await a.TakeChatsAsync("A", Lease, 10)).Select(u => u.UpdateId));
        file.Clock.Advance(Lease / 2 + TimeSpan.FromSeconds(1));
        Assert.Equal([10L, 12L], (await b.TakeChatsAsync("B", Lease, 10)).Select(u => u.UpdateId));
        file.Clock.Advance(Lease / 2);
        Assert.Equal([10L, 11L, 12L], (await b.TakeChatsAsync("B", Lease, 10)).OrderBy(u => u.Seq).Select(u => u.UpdateId));
        Assert.Empty(await a.TakeChatsAsync("A", Lease, 10));

        // Several chats given up in one go, by their owner only.
        await a.ReleaseChatsAsync("A", [1, 2]);
        Assert.Empty(await a.TakeChatsAsync("A", Lease, 10));
        await b.ReleaseChatsAsync("B", [1, 2]);
        Assert.Equal([10L, 11L, 12L], (await a.TakeChatsAsync("A", Lease, 10)).OrderBy(u => u.Seq).Select(u => u.UpdateId));
    }

    [EngineFact]
    public async Task Due_rest_timers_claimed_at_once_by_two_processes_go_to_one_each_and_an_uncleared_claim_comes_back()
    {
        var (a, b) = await TwoProcessesAsync();
        var (store, _) = await file.OpenAsync();
        const int chats = 300;
        var now = file.Clock.GetUtcNow().ToUnixTimeMilliseconds();
        await using (var connection = await store.Database.OpenAsync())
        {
            for (var chat = 1; chat <= chats; chat++)
            {
                await connection.ExecuteAsync("INSERT INTO trainees (chat_id, created_at, updated_at) VALUES (@chat, @now, @now)", new { chat, now });
                await connection.ExecuteAsync(
                    "INSERT INTO dialog_states (chat_id, schema_version, row_version, state, updated_at, rest_due_at, rest_key) VALUES (@chat, 1, 1, '{}', @now, @due, 'set')",
                    new { chat, now, due = now - chat });
            }
        }

        async Task<List<long>> ClaimAllAsync(LeaseStore leases)
        {
            var mine = new List<long>();
            while ((await leases.ClaimDueRestsAsync(Lease, 7)) is { Count: > 0 } claimed)
            {
                mine.AddRange(claimed.Select(d => d.ChatId));
                foreach (var deadline in claimed.Where(d => d.ChatId != 1))
                {
                    await leases.ClearRestAsync(deadline);
                }
            }

            return mine;
        }

        var both = await Task.WhenAll(Task.Run(() => ClaimAllAsync(a)), Task.Run(() => ClaimAllAsync(b)));

        Assert.Equal(chats, both[0].Count + both[1].Count);
        Assert.Equal(Enumerable.Range(1, chats).Select(c => (long)c), both[0].Concat(both[1]).Order());
        Assert.Empty(await a.ClaimDueRestsAsync(Lease, 100));

        // Chat 1's claim was never cleared (its process died): it comes back once the claim runs out, and only it.
        file.Clock.Advance(Lease + TimeSpan.FromSeconds(1));
        Assert.Equal([1L], (await b.ClaimDueRestsAsync(Lease, 100)).Select(d => d.ChatId));
    }

    [EngineFact]
    public async Task Two_processes_asking_at_once_never_both_get_a_chat_or_the_role()
    {
        var (a, b) = await TwoProcessesAsync();
        var (store, _) = await file.OpenAsync();
        var transport = new TransportStore(store.Database, file.Clock);
        await transport.AcceptAsync([.. Enumerable.Range(1, 200).Select(i => new ArrivedUpdate(1000 + i, i % 50, "{}"))], null);

        // Ten rounds of both polling and both asking for the role at the same moment, each with a fresh set of leases.
        for (var round = 0; round < 10; round++)
        {
            var polls = await Task.WhenAll(
                Task.Run(() => a.TakeChatsAsync("A", Lease, 30)),
                Task.Run(() => b.TakeChatsAsync("B", Lease, 30)),
                Task.Run(() => a.TakeChatsAsync("A", Lease, 30)),
                Task.Run(() => b.TakeChatsAsync("B", Lease, 30)));
            var ofA = polls[0].Concat(polls[2]).Select(u => u.ChatId).ToHashSet();
            var ofB = polls[1].Concat(polls[3]).Select(u => u.ChatId).ToHashSet();
            Assert.Empty(ofA.Intersect(ofB));

            // What neither took at once (both may have gone for the same oldest chats) is free, and B's stay B's.
            var rest = (await a.TakeChatsAsync("A", Lease, 50)).Select(u => u.ChatId).ToHashSet();
            Assert.Empty(rest.Intersect(ofB));
            Assert.Equal(50, rest.Union(ofA).Count() + ofB.Count);

            var roles = await Task.WhenAll(
                Task.Run(() => a.TakeRoleAsync("sender", "A", Lease)), Task.Run(() => b.TakeRoleAsync("sender", "B", Lease)));
            Assert.Single(roles, held => held);

            await a.ReleaseAllChatsAsync("A");
            await b.ReleaseAllChatsAsync("B");
            await a.ReleaseRoleAsync("sender", "A");
            await b.ReleaseRoleAsync("sender", "B");
        }
    }

    private async Task<(LeaseStore A, LeaseStore B)> TwoProcessesAsync()
    {
        var (first, _) = await file.OpenAsync();
        var (second, _) = await file.OpenAsync();
        return (new LeaseStore(first.Database, file.Clock), new LeaseStore(second.Database, file.Clock));
    }

    public void Dispose() => file.Dispose();
}
