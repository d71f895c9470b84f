using System.Data.Common;
using System.Globalization;
using Dapper;
using HipBand.Bot.Tests.Support;
using HipBand.Coaching.Dialog;
using HipBand.Coaching.Storage;
using HipBand.Testing;
using HipBand.Testing.Engines;
using Xunit.Abstractions;

namespace HipBand.Bot.Tests.Cluster;

/// <summary>
/// The drill of running at scale: two bot processes on one PostgreSQL in webhook mode, behind the fake Bot API posting
/// to both in turn (a load balancer), many people training and a thousand reminders due at once; the process sending
/// the outbox is killed with SIGKILL mid-load and started again. On the real clock (processes do not share a test
/// clock), with short leases and Quartz check-ins.
/// </summary>
[Collection(RunsAlone.Name)]
public sealed class KillDrillTests(ITestOutputHelper output) : FakeTelegramTest
{
    private const int People = 50;
    private const int Reminded = 1000;
    private const long FirstPerson = 1_000;
    private const long FirstReminded = 100_000;
    private const long Template = 999_999;
    private const int Skips = 12;
    private static readonly string[] Setup = ["/start", "no", "strength", "none", "Mon Wed Fri", "07:30", "UTC", "/workout"];
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(3);
    private static readonly TimeSpan Drill = TimeSpan.FromMinutes(4);

    /// <summary>
    /// A send is under way from its request until its row's delete commits (with the sender's next group commit): far
    /// less than this, so a message first sent earlier than this before the kill, and again, was not in flight.
    /// </summary>
    private static readonly TimeSpan InFlight = TimeSpan.FromSeconds(2);

    [PostgresFact]
    public async Task Killing_one_of_two_instances_mid_load_loses_nothing_applies_nothing_twice_and_claims_every_reminder_slot_once()
    {
        var clock = TimeProvider.System;
        var started = clock.GetTimestamp();
        var database = await TestDatabases.ForFileAsync(Folder.File("bot.db"));
        var slot = await SeedRemindedAsync(database, clock);
        int[] ports = [FreePort.Next(), FreePort.Next()];
        Telegram.ForwardWebhookTo([.. ports.Select(p => new Uri($"http://127.0.0.1:{p}"))]);

        var bots = new List<BotProcess>();
        try
        {
            bots.AddRange(ports.Select(port => BotProcess.Start(Environment(database, port))));
            await using (var connection = await database.ConnectAsync())
            {
                await Eventually.HoldsAsync(async () => await CronTriggersAsync(connection) >= Reminded, Drill, "the reminders' triggers");
            }

            await Telegram.WaitUntilAsync(f => f.Requests.Count(r => r.Method == "setWebhook") >= 2, Drill, "both instances to set the webhook");
            Assert.True(clock.GetUtcNow() < slot - TimeSpan.FromSeconds(3), "the instances took too long to start for the reminders' slot");

            // The people start a few seconds before the slot, so that their turns and the reminders overlap.
            await Task.Delay(slot - TimeSpan.FromSeconds(3) - clock.GetUtcNow(), clock);
            var updates = new Dictionary<long, List<long>>();
            foreach (var line in Setup.Concat(Enumerable.Repeat("skip", Skips)))
            {
                for (var person = FirstPerson; person < FirstPerson + People; person++)
                {
                    (updates.TryGetValue(person, out var ids) ? ids : updates[person] = []).Add(Telegram.UserSends(person, line));
                }
            }

            // Kill the sender once reminders are being claimed.
            (long Claims, long Applied) atKill;
            DateTimeOffset killedAt, goneAt;
            await using (var connection = await database.ConnectAsync())
            {
                await Eventually.HoldsAsync(async () => await ClaimsAsync(connection) >= 100, Drill, "the first reminder claims");
                var sender = await connection.ExecuteScalarAsync<string>("SELECT owner FROM leases WHERE name = 'outbox-sender'");
                var pid = int.Parse(sender!.Split('/')[1], CultureInfo.InvariantCulture);
                var victim = bots.Single(b => b.Id == pid);
                killedAt = clock.GetUtcNow();
                victim.Kill();
                await victim.WaitForExitAsync(TimeSpan.FromSeconds(30));
                goneAt = clock.GetUtcNow();
                atKill = (await ClaimsAsync(connection), await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM applied_updates"));
                bots[bots.IndexOf(victim)] = BotProcess.Start(Environment(database, ports[bots.IndexOf(victim)]));
                await victim.DisposeAsync();
            }

            var total = People * (Setup.Length + Skips);
            Assert.True(atKill.Claims < Reminded && atKill.Applied < total, $"the kill came too late to test anything ({atKill.Claims} claims, {atKill.Applied} updates applied)");

            for (var person = FirstPerson; person < FirstPerson + People; person++)
            {
                var chat = person;
                await Telegram.WaitUntilAsync(f => f.TextsTo(chat).Count(t => t.StartsWith("Skipped.", StringComparison.Ordinal)) >= Skips, Drill, $"chat {chat}'s skips");
            }

            await Telegram.WaitUntilAsync(
                f => Enumerable.Range(0, Reminded).All(i => f.SentTo(FirstReminded + i).Count > 0), Drill, "every reminder");
            await using var after = await database.ConnectAsync();
            await Eventually.HoldsAsync(
                async () => await after.ExecuteScalarAsync<long>("SELECT (SELECT COUNT(*) FROM inbox) + (SELECT COUNT(*) FROM outbox)") == 0,
                Drill, "the inbox and the outbox to empty");

            // 0 updates lost, 0 applied twice, each chat's in the order it was sent.
            var applied = (await after.QueryAsync<(long UpdateId, long AppliedAt)>("SELECT update_id, applied_at FROM applied_updates")).ToDictionary(a => a.UpdateId, a => a.AppliedAt);
            Assert.Equal(updates.Values.SelectMany(ids => ids).Order(), applied.Keys.Order());
            foreach (var (person, ids) in updates)
            {
                var times = ids.Select(id => applied[id]).ToList();
                Assert.True(times.Zip(times.Skip(1)).All(p => p.First <= p.Second), $"chat {person}'s updates were applied out of order");
                Assert.Equal(Skips, await after.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM set_logs WHERE chat_id = @person", new { person }));
                Assert.Equal(1, await after.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM sessions WHERE chat_id = @person", new { person }));
            }

            // Every slot claimed once, none missed: one claim per reminded chat, for its slot.
            var claims = (await after.QueryAsync<string>("SELECT key FROM claims WHERE key LIKE 'reminder:%'")).ToList();
            var slotMs = slot.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);
            Assert.Equal(
                Enumerable.Range(0, Reminded).Select(i => $"reminder:{FirstReminded + i}:{slotMs}").Order(StringComparer.Ordinal),
                claims.Where(c => long.Parse(c.Split(':')[1], CultureInfo.InvariantCulture) >= FirstReminded).Order(StringComparer.Ordinal));

            // A message sent twice must be one whose send was under way at the kill: first sent just before it (or reaching
            // the fake while the process was dying), again after.
            var duplicates = 0;
            var earliest = TimeSpan.Zero;
            foreach (var chat in updates.Keys.Concat(Enumerable.Range(0, Reminded).Select(i => FirstReminded + i)))
            {
                foreach (var copies in Telegram.SentTo(chat).GroupBy(r => r.Text).Where(g => g.Count() > 1))
                {
                    var times = copies.Select(r => r.At).Order().ToList();
                    Assert.True(
                        times.Count == 2 && times[0] <= goneAt && killedAt - times[0] < InFlight && times[1] > killedAt,
                        $"chat {chat} got \"{copies.Key}\" {times.Count} times ({string.Join(", ", times.Select(t => (t - killedAt).TotalMilliseconds))} ms from the kill), not around the kill");
                    duplicates++;
                    earliest = killedAt - times[0] > earliest ? killedAt - times[0] : earliest;
                }
            }

            var took = clock.GetElapsedTime(started);
            output.WriteLine(
                $"drill: {total} updates from {People} people, {applied.Count} applied once each; {claims.Count} reminder slots claimed once each; "
                + $"at the kill {atKill.Claims} claims and {atKill.Applied} updates applied; {duplicates} message(s) sent twice (in flight at the kill, "
                + $"first sent at most {earliest.TotalMilliseconds:0} ms before it); {took.TotalSeconds:0} s");
            Assert.True(took < TimeSpan.FromMinutes(5), $"the drill took {took}");
        }
        finally
        {
            foreach (var bot in bots)
            {
                await bot.DisposeAsync();
            }
        }
    }

    /// <summary>
    /// A thousand trainees whose reminder is due at the same minute, at least a minute from now: one set up through the
    /// real dialog, copied row for row to the others (their schedule every day at that minute, UTC).
    /// </summary>
    private static async Task<DateTimeOffset> SeedRemindedAsync(TestDatabase database, TimeProvider clock)
    {
        var now = clock.GetUtcNow();
        var slot = new DateTimeOffset(now.Year, now.Month, now.Day, now.Hour, now.Minute, 0, TimeSpan.Zero).AddMinutes(2);
        await using (var opened = await database.OpenMigratedAsync(clock))
        {
            var store = new ChatStore(opened, clock);
            var turns = new StoredTurns(store, clock);
            foreach (var line in Setup[..^1])
            {
                await turns.HandleAsync(Template, TextCommand.Read(line));
            }
        }

        await using var connection = await database.ConnectAsync();
        foreach (var table in new[] { "trainees", "dialog_states" })
        {
            var columns = await SchemaCatalog.ColumnsAsync(connection, TestEngine.Postgres, table);
            var copied = string.Join(", ", columns.Select(c => c == "chat_id" ? $"{FirstReminded} + g" : c));
            await connection.ExecuteAsync(
                $"INSERT INTO {table} ({string.Join(", ", columns)}) SELECT {copied} FROM {table}, generate_series(0, {Reminded - 1}) AS g WHERE chat_id = {Template}");
        }

        await connection.ExecuteAsync(
            "UPDATE trainees SET days = 127, train_at = @At, time_zone = 'UTC' WHERE chat_id >= @First",
            new { At = slot.ToString("HH:mm", CultureInfo.InvariantCulture), First = FirstReminded });
        await connection.ExecuteAsync("DELETE FROM trainees WHERE chat_id = @Template", new { Template });
        return slot;
    }

    /// <summary>Quartz's triggers so far; none while its tables are still being made.</summary>
    private static async Task<long> CronTriggersAsync(DbConnection connection)
    {
        if (await connection.ExecuteScalarAsync<string?>("SELECT to_regclass('qrtz_cron_triggers')::text") is null)
        {
            return 0;
        }

        return await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM qrtz_cron_triggers");
    }

    private static Task<long> ClaimsAsync(DbConnection connection) =>
        connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM claims WHERE key LIKE 'reminder:%'");

    private Dictionary<string, string> Environment(TestDatabase database, int port) => new(database.Environment)
    {
        ["Telegram__BotToken"] = Telegram.Token,
        ["Telegram__ApiBaseUrl"] = Telegram.BaseUrl,
        ["Telegram__Webhook__Url"] = WebhookBot.PublicUrl,
        ["Telegram__Webhook__SecretToken"] = WebhookBot.Secret,
        ["Telegram__Webhook__MaxConnections"] = "40",
        ["Http__Listen"] = $"http://127.0.0.1:{port}",
        ["Cluster__LeaseDuration"] = Lease.ToString("c", CultureInfo.InvariantCulture),
        ["Cluster__PollInterval"] = "00:00:00.200",
        ["Reminders__ClusterCheckinInterval"] = "00:00:01",
        ["Delivery__PrivateChatPerSecond"] = "1000",
        ["Delivery__PrivateChatBurst"] = "1000",
        ["Delivery__GlobalPerSecond"] = "1000",
        ["Delivery__InboundLimit"] = "1000",
        ["Logging__LogLevel__Default"] = "Warning",
    };
}
