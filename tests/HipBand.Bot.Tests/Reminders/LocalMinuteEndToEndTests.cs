using HipBand.Testing.Engines;
using Dapper;
using HipBand.Bot.Reminders;
using HipBand.Bot.Tests.Support;
using HipBand.Coaching.Storage;
using HipBand.Testing;
using Microsoft.Extensions.Time.Testing;
using Quartz;
using CoachingZones = HipBand.Coaching.Scheduling.TimeZones;

namespace HipBand.Bot.Tests.Reminders;

/// <summary>
/// The real host and Quartz on a fake clock that the test moves: people in fixed offsets and in a city each get
/// their reminder at their own local minute, and the bot starts again on the same files. Nothing waits for real time.
/// </summary>
public sealed class LocalMinuteEndToEndTests : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private static readonly DateTimeOffset MondayMidnight = new(2026, 11, 16, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Four people, 09:00 local on Mon/Wed/Fri, and when that is in UTC on Monday 16 November.</summary>
    private static readonly (long Chat, string Zone, DateTimeOffset Due)[] People =
    [
        (7101, "UTC+5:30", MondayMidnight.AddHours(3.5)),
        (7102, "UTC+2", MondayMidnight.AddHours(7)),
        (7103, "Europe/Berlin", MondayMidnight.AddHours(8)),
        (7104, "UTC-3:30", MondayMidnight.AddHours(12.5)),
    ];

    private readonly TempFolder folder = new();
    private readonly FakeTimeProvider clock = new(MondayMidnight.AddDays(-1));
    private FakeBotApi telegram = null!;

    public async Task InitializeAsync() => telegram = await FakeBotApi.StartAsync(clock: clock);

    public async Task DisposeAsync()
    {
        await telegram.DisposeAsync();
        folder.Dispose();
    }

    [EngineFact]
    public async Task Offsets_and_a_city_each_get_their_reminder_at_their_local_minute_and_again_after_a_restart()
    {
        var path = folder.File("bot.db");
        await using (var bot = await StartAsync(path))
        {
            foreach (var (chat, zone, _) in People)
            {
                await OnboardAsync(bot, chat, zone);
            }

            foreach (var (chat, zone, due) in People)
            {
                await ReminderArrivesAtAsync(chat, zone, due);
            }
        }

        await using (await StartAsync(path))
        {
            foreach (var (chat, zone, due) in People)
            {
                await ReminderArrivesAtAsync(chat, zone, due.AddDays(2));
            }
        }
    }

    [EngineTheory]
    [MemberData(nameof(ZoneForms.NineLocalOnMonday), MemberType = typeof(ZoneForms))]
    public async Task Every_zone_form_fires_at_nine_local_from_quartzs_store_after_a_restart(string zone, int utcDay, int utcHour, int utcMinute)
    {
        const long chat = 7301;
        var path = folder.File("bot.db");
        await using (var bot = await StartAsync(path))
        {
            await OnboardAsync(bot, chat, zone);
        }

        await using (await StartAsync(path))
        {
            await ReminderArrivesAtAsync(chat, zone, new DateTimeOffset(2026, 11, utcDay, utcHour, utcMinute, 0, TimeSpan.Zero));
        }
    }

    [EngineFact]
    public async Task Files_written_by_the_earlier_release_with_a_utc_plus_two_trigger_start_cleanly_and_fire_on_time()
    {
        const long chat = 7201;
        var path = folder.File("bot.db");
        await using (var bot = await StartAsync(path))
        {
            await OnboardAsync(bot, chat, "UTC+2");
        }

        // What the earlier release left: the offset as "UTC+02:00" in the state, and a trigger in that custom zone.
        await using (var store = await StateOnFile.OpenAsync(path, clock))
        await using (var connection = await store.Database.OpenAsync())
        {
            await connection.ExecuteAsync("UPDATE trainees SET time_zone = 'UTC+02:00' WHERE chat_id = @chat", new { chat });
            await connection.ExecuteAsync("DELETE FROM schema_migrations WHERE version = 4");
        }

        var quartz = await QuartzOnFile.BuildForBotAsync(path, clock);
        var legacy = TimeZoneInfo.CreateCustomTimeZone("UTC+02:00", TimeSpan.FromHours(2), "UTC+02:00", "UTC+02:00");
        await quartz.ScheduleTrigger(
            TriggerBuilder.Create(clock).WithIdentity(ReminderTriggers.Schedule(chat)).ForJob(ReminderTriggers.Job(chat))
                .UsingJobData(ReminderTriggers.KindKey, ReminderTriggers.ReminderKind)
                .WithSchedule(CronScheduleBuilder.Create("0 0 9 ? * MON,WED,FRI").InTimeZone(legacy)).Build(),
            TriggerConflict.Replace);
        await quartz.Shutdown(false);

        await using (var bot = await StartAsync(path))
        {
            var scheduler = await bot.Get<ISchedulerFactory>().GetScheduler();
            var repaired = (ICronTrigger)(await scheduler.GetTrigger(ReminderTriggers.Schedule(chat)))!;
            Assert.Equal("Etc/GMT-2", repaired.TimeZone.Id);
            Assert.Equal("Etc/GMT-2", (await bot.Get<ChatStore>().LoadAsync(chat)).State.Profile.TimeZone);
            await ReminderArrivesAtAsync(chat, "UTC+2", MondayMidnight.AddHours(7));

            telegram.UserSends(chat, "/pause");
            await Eventually.HoldsAsync(async () => await scheduler.GetTrigger(ReminderTriggers.Schedule(chat)) is null, Patience, "/pause to remove the trigger");
        }
    }

    private async Task<RunningBot> StartAsync(string path) => await RunningBot.StartAsync(telegram, path, clock: clock);

    private async Task OnboardAsync(RunningBot bot, long chat, string zone)
    {
        var expected = telegram.SentTo(chat).Count;
        foreach (var line in new[] { "/start", "no", "strength", "yellow, green", "Mon Wed Fri", "09:00", zone })
        {
            telegram.UserSends(chat, line);
            await telegram.WaitForMessagesAsync(chat, ++expected, Patience);
        }

        var scheduler = await bot.Get<ISchedulerFactory>().GetScheduler();
        await Eventually.HoldsAsync(async () => await scheduler.GetTrigger(ReminderTriggers.Schedule(chat)) is not null, Patience, $"chat {chat}'s schedule in Quartz");
    }

    /// <summary>Moves the clock to <paramref name="due"/> (in steps Quartz takes as on time) and waits for the reminder.</summary>
    private async Task ReminderArrivesAtAsync(long chat, string zone, DateTimeOffset due)
    {
        var before = Reminders(chat).Count;
        while (clock.GetUtcNow() < due)
        {
            var step = due - clock.GetUtcNow();
            clock.Advance(step > TimeSpan.FromMinutes(30) ? TimeSpan.FromMinutes(30) : step);
        }

        await telegram.WaitUntilAsync(_ => Reminders(chat).Count > before, Patience, $"the reminder of chat {chat}");

        var reminder = Reminders(chat)[^1];
        Assert.Equal(due, reminder.At);
        Assert.True(CoachingZones.TryParse(zone, out var id));
        Assert.Equal(new TimeOnly(9, 0), TimeOnly.FromDateTime(CoachingZones.ToLocal(reminder.At, id).DateTime));
    }

    private List<SentRequest> Reminders(long chat) =>
        [.. telegram.SentTo(chat).Where(r => r.Text!.Contains("Time for your hip session", StringComparison.Ordinal))];
}
