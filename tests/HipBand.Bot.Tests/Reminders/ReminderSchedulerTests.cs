using HipBand.Testing.Engines;
using HipBand.Bot.Reminders;
using HipBand.Bot.Tests.Support;
using HipBand.Coaching.Dialog;
using HipBand.Coaching.Scheduling;
using HipBand.Coaching.Storage;
using HipBand.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Quartz;

namespace HipBand.Bot.Tests.Reminders;

/// <summary>Effects applied to a real Quartz scheduler on a SQLite store file; it is never started, so nothing fires.</summary>
public sealed class ReminderSchedulerTests : IAsyncLifetime
{
    private const long Chat = 42;
    private static readonly Schedule Berlin = new(Weekdays.Monday | Weekdays.Wednesday | Weekdays.Friday, new TimeOnly(7, 30), "Europe/Berlin");

    private readonly TempFolder folder = new();
    private readonly TestClock clock = new();
    private IScheduler scheduler = null!;
    private ChatStore store = null!;
    private ReminderScheduler reminders = null!;

    public async Task InitializeAsync()
    {
        scheduler = await BuildAsync();
        store = await StateOnFile.OpenAsync(folder.File("state.db"), clock);
        reminders = new ReminderScheduler(new QuartzOnFile.Factory(scheduler), store, clock, NullLogger<ReminderScheduler>.Instance);
    }

    public async Task DisposeAsync()
    {
        await reminders.DisposeAsync();
        await scheduler.Shutdown(false);
        await store.DisposeAsync();
        folder.Dispose();
    }

    [EngineFact]
    public async Task A_schedule_becomes_one_cron_trigger_in_the_persons_zone()
    {
        await ApplyAsync(new ScheduleChanged(Berlin));

        var trigger = Assert.IsAssignableFrom<ICronTrigger>(await scheduler.GetTrigger(ReminderTriggers.Schedule(Chat)));
        Assert.Equal("0 30 7 ? * MON,WED,FRI", trigger.CronExpressionString);
        Assert.Equal("Europe/Berlin", trigger.TimeZone.Id);
    }

    [EngineFact]
    public async Task A_new_zone_while_travelling_replaces_the_trigger()
    {
        await ApplyAsync(new ScheduleChanged(Berlin));

        await ApplyAsync(new ScheduleChanged(Berlin with { TimeZone = "Asia/Tokyo", Time = new TimeOnly(6, 0) }));

        var trigger = (ICronTrigger)(await scheduler.GetTrigger(ReminderTriggers.Schedule(Chat)))!;
        Assert.Equal(("0 0 6 ? * MON,WED,FRI", "Asia/Tokyo"), (trigger.CronExpressionString, trigger.TimeZone.Id));
    }

    [EngineFact]
    public async Task Pause_removes_the_trigger_and_resume_brings_it_back()
    {
        await ApplyAsync(new ScheduleChanged(Berlin));

        await ApplyAsync(new ScheduleChanged(null));
        Assert.Null(await scheduler.GetTrigger(ReminderTriggers.Schedule(Chat)));

        await ApplyAsync(new ScheduleChanged(Berlin));
        Assert.NotNull(await scheduler.GetTrigger(ReminderTriggers.Schedule(Chat)));
    }

    [EngineFact]
    public async Task Applying_the_same_change_twice_leaves_one_trigger()
    {
        await ApplyAsync(new ScheduleChanged(Berlin));
        await ApplyAsync(new ScheduleChanged(Berlin));

        var triggers = await scheduler.QueryTriggers(new TriggerQuery { Job = ReminderTriggers.Job(Chat), Take = PagedQuery.All });
        Assert.Single(triggers.Items);
    }

    [EngineFact]
    public async Task In_one_hour_sets_a_one_off_reminder()
    {
        var at = clock.GetUtcNow() + TimeSpan.FromHours(1);

        await ApplyAsync(new ReminderSnoozed(at));

        var trigger = await scheduler.GetTrigger(ReminderTriggers.Snooze(Chat));
        Assert.Equal(at, trigger!.GetFireTimeAfter(clock.GetUtcNow()));
        Assert.Equal(ReminderTriggers.ReminderKind, trigger.JobDataMap.GetString(ReminderTriggers.KindKey));
    }

    [EngineFact]
    public async Task Blocking_the_bot_removes_every_trigger_of_the_chat()
    {
        await ApplyAsync(new ScheduleChanged(Berlin));
        await ApplyAsync(new ReminderSnoozed(clock.GetUtcNow() + TimeSpan.FromHours(1)));

        await reminders.StopAllForAsync(Chat, CancellationToken.None);
        await reminders.FlushAsync();

        Assert.Null(await scheduler.GetJobDetail(ReminderTriggers.Job(Chat)));
        Assert.Null(await scheduler.GetTrigger(ReminderTriggers.Schedule(Chat)));
        Assert.Null(await scheduler.GetTrigger(ReminderTriggers.Snooze(Chat)));
    }

    [EngineFact]
    public async Task A_restart_keeps_every_schedule_and_snooze()
    {
        var at = clock.GetUtcNow() + TimeSpan.FromHours(1);
        await ApplyAsync(new ScheduleChanged(Berlin));
        await ApplyAsync(new ReminderSnoozed(at));
        await scheduler.Shutdown(false);

        scheduler = await BuildAsync();

        var schedule = (ICronTrigger)(await scheduler.GetTrigger(ReminderTriggers.Schedule(Chat)))!;
        Assert.Equal("Europe/Berlin", schedule.TimeZone.Id);
        var snooze = await scheduler.GetTrigger(ReminderTriggers.Snooze(Chat));
        Assert.Equal(Chat, (await scheduler.GetJobDetail(snooze!.JobKey))!.JobDataMap.GetLong(ReminderTriggers.ChatKey));
        Assert.Equal(at, snooze.GetFireTimeAfter(clock.GetUtcNow()));
    }

    private async Task ApplyAsync(Effect effect)
    {
        await reminders.ApplyAsync(Chat, effect, CancellationToken.None);
        await reminders.FlushAsync();
    }


    private Task<IScheduler> BuildAsync() =>
        QuartzOnFile.BuildAsync(folder.File("quartz.db"), clock);
}
