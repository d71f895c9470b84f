using HipBand.Testing.Engines;
using HipBand.Bot.Reminders;
using HipBand.Bot.Tests.Support;
using HipBand.Testing;
using Quartz;

namespace HipBand.Bot.Tests.Reminders;

public sealed class ReminderEndToEndTests : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private const long Chat = 3001;

    private readonly TempFolder folder = new();
    private FakeBotApi telegram = null!;
    private RunningBot bot = null!;

    public async Task InitializeAsync()
    {
        telegram = await FakeBotApi.StartAsync();
        bot = await RunningBot.StartAsync(telegram, folder.File("bot.db"));
        var expected = 0;
        foreach (var line in new[] { "/start", "no", "strength", "yellow, green", "Mon Wed Fri", "07:30", "Europe/Berlin" })
        {
            telegram.UserSends(Chat, line);
            await telegram.WaitForMessagesAsync(Chat, ++expected, Patience);
        }

        // The summary goes out as soon as it is committed; the schedule reaches Quartz right after.
        var scheduler = await bot.Get<ISchedulerFactory>().GetScheduler();
        await Eventually.HoldsAsync(async () => await scheduler.GetTrigger(ReminderTriggers.Schedule(Chat)) is not null, Patience, "the schedule in Quartz");
    }

    public async Task DisposeAsync()
    {
        await bot.DisposeAsync();
        await telegram.DisposeAsync();
        folder.Dispose();
    }

    [EngineFact]
    public async Task Setup_schedules_the_reminder_in_quartz()
    {
        var scheduler = await bot.Get<ISchedulerFactory>().GetScheduler();

        var trigger = (ICronTrigger)(await scheduler.GetTrigger(ReminderTriggers.Schedule(Chat)))!;

        Assert.Equal(("0 30 7 ? * MON,WED,FRI", "Europe/Berlin"), (trigger.CronExpressionString, trigger.TimeZone.Id));
    }

    [EngineFact]
    public async Task A_fired_reminder_arrives_and_start_now_starts_the_session()
    {
        var scheduler = await bot.Get<ISchedulerFactory>().GetScheduler();
        var before = telegram.SentTo(Chat).Count;

        await scheduler.TriggerJob(ReminderTriggers.Job(Chat), new JobDataMap { [ReminderTriggers.KindKey] = ReminderTriggers.ReminderKind });
        await telegram.WaitForMessagesAsync(Chat, before + 1, Patience);
        Assert.StartsWith("<b>Time for your hip session!</b>", telegram.TextsTo(Chat)[^1], StringComparison.Ordinal);

        telegram.UserPresses(Chat, "Start now");
        await telegram.WaitForMessagesAsync(Chat, before + 2, Patience);

        Assert.Contains("Set 1 of 3 · Monster walk", telegram.TextsTo(Chat)[^1]);
    }

    [EngineFact]
    public async Task A_403_removes_the_chats_reminders()
    {
        telegram.Block(Chat);
        telegram.UserSends(Chat, "/stats");
        await telegram.WaitUntilAsync(f => f.Requests.Any(r => r.Method == "sendMessage!blocked"), Patience, "a 403");
        var scheduler = await bot.Get<ISchedulerFactory>().GetScheduler();

        await Eventually.HoldsAsync(async () => await scheduler.GetTrigger(ReminderTriggers.Schedule(Chat)) is null, Patience, "the reminder to be removed");
    }

    [EngineFact]
    public async Task Export_sends_the_persons_data_as_a_csv_document()
    {
        telegram.UserSends(Chat, "/export");

        await telegram.WaitUntilAsync(f => f.SentTo(Chat, "sendDocument").Count == 1, Patience, "the document");

        var document = telegram.SentTo(Chat, "sendDocument")[0].Body["document"]!;
        Assert.EndsWith(".csv", document["file_name"]!.GetValue<string>(), StringComparison.Ordinal);
        var csv = document["content"]!.GetValue<string>();
        Assert.StartsWith("record,session,exercise", csv, StringComparison.Ordinal);
        Assert.Contains("profile,,,,,,,,,,,,goal,Strength", csv);
        Assert.Matches(@"\nprofile,,,,,,,,,,,,last_message,20\d\d-", csv);
        Assert.Contains("Here's everything I have stored about you", telegram.TextsTo(Chat)[^1]);
    }

    [EngineFact]
    public async Task Delete_removes_the_person_and_their_reminders()
    {
        telegram.UserSends(Chat, "/delete");
        await telegram.WaitForMessagesAsync(Chat, 8, Patience);
        telegram.UserPresses(Chat, "Yes, delete everything");
        await telegram.WaitForMessagesAsync(Chat, 9, Patience);

        // The reply goes out as soon as it is committed; removing the rows and the reminders follows it.
        var scheduler = await bot.Get<ISchedulerFactory>().GetScheduler();
        await Eventually.HoldsAsync(async () => await scheduler.GetJobDetail(ReminderTriggers.Job(Chat)) is null, Patience, "the reminders to be removed");
        await Eventually.HoldsAsync(async () => (await bot.Get<HipBand.Coaching.Storage.ChatStore>().LoadAsync(Chat)).IsNew, Patience, "the rows to be removed");
        Assert.Contains("everything about you is deleted", telegram.TextsTo(Chat)[^1]);
    }
}
