using HipBand.Bot.Reminders;
using HipBand.Bot.Tests.Support;
using HipBand.Testing;
using HipBand.Testing.Engines;
using Quartz;

namespace HipBand.Bot.Tests.Reminders;

/// <summary>Quartz's store as the host configures it: SQLite's file of its own, or PostgreSQL's clustered tables.</summary>
public sealed class ClusteredQuartzTests : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private readonly TempFolder folder = new();
    private FakeBotApi first = null!;
    private FakeBotApi second = null!;

    public async Task InitializeAsync()
    {
        first = await FakeBotApi.StartAsync();
        second = await FakeBotApi.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await first.DisposeAsync();
        await second.DisposeAsync();
        folder.Dispose();
    }

    [PostgresFact]
    public async Task Two_bots_on_one_database_share_a_clustered_store_each_with_an_instance_id_of_its_own()
    {
        const long chat = 8101;
        await using var one = await RunningBot.StartAsync(first, folder.File("bot.db"));
        await using var two = await RunningBot.StartAsync(second, folder.File("bot.db"));
        var schedulers = new[] { await one.Get<ISchedulerFactory>().GetScheduler(), await two.Get<ISchedulerFactory>().GetScheduler() };

        var metadata = new[] { await schedulers[0].GetMetadata(), await schedulers[1].GetMetadata() };
        Assert.All(metadata, m => Assert.True(m.JobStoreClustered));
        Assert.NotEqual(metadata[0].SchedulerInstanceId, metadata[1].SchedulerInstanceId);
        await Eventually.HoldsAsync(async () => (await schedulers[0].QueryClusterNodes()).Count == 2, Patience, "both nodes checked in");

        // Set up through the first bot, the reminder is in the store the second one reads.
        var expected = 0;
        foreach (var line in new[] { "/start", "no", "strength", "none", "Tue Thu", "18:00", "Europe/Berlin" })
        {
            first.UserSends(chat, line);
            await first.WaitForMessagesAsync(chat, ++expected, Patience);
        }

        await Eventually.HoldsAsync(async () => await schedulers[1].GetTrigger(ReminderTriggers.Schedule(chat)) is ICronTrigger, Patience, "the trigger seen by the second bot");
        var trigger = (ICronTrigger)(await schedulers[1].GetTrigger(ReminderTriggers.Schedule(chat)))!;
        Assert.Equal(("0 0 18 ? * TUE,THU", "Europe/Berlin"), (trigger.CronExpressionString, trigger.TimeZone.Id));
    }

    [Fact]
    public async Task On_sqlite_quartz_keeps_a_file_of_its_own_and_is_not_clustered()
    {
        await using var bot = await RunningBot.StartAsync(first, folder.File("bot.db"));

        var metadata = await (await bot.Get<ISchedulerFactory>().GetScheduler()).GetMetadata();

        Assert.False(metadata.JobStoreClustered);
        Assert.True(File.Exists(folder.File("bot.quartz.db")));
    }
}
