using HipBand.Testing.Engines;
using HipBand.Bot.Reminders;
using HipBand.Bot.Tests.Support;
using HipBand.Coaching.Dialog;
using HipBand.Coaching.Storage;
using HipBand.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Quartz;

namespace HipBand.Bot.Tests.Reminders;

public sealed class ScheduleReconcilerTests : IAsyncLifetime
{
    private readonly TempFolder folder = new();
    private readonly TestClock clock = new();
    private ChatStore store = null!;
    private IScheduler scheduler = null!;
    private ReminderScheduler reminders = null!;

    public async Task InitializeAsync()
    {
        store = await StateOnFile.OpenAsync(folder.File("state.db"), clock);
        scheduler = await QuartzOnFile.BuildAsync(folder.File("quartz.db"), clock);
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
    public async Task A_schedule_saved_while_quartz_was_not_updated_is_repaired_and_a_stale_trigger_removed()
    {
        // The state was saved but the process died before Quartz heard of it: no observer here.
        var turns = new StoredTurns(store, clock);
        foreach (var line in new[] { "/start", "no", "running", "none", "Tue Thu", "18:00", "Tokyo" })
        {
            await turns.HandleAsync(11, TextCommand.Read(line));
        }

        var stranger = new HipBand.Coaching.Scheduling.Schedule(HipBand.Coaching.Scheduling.Weekdays.Monday, new TimeOnly(9, 0), "UTC");
        await reminders.SetScheduleAsync(scheduler, 99, stranger, CancellationToken.None);

        var reconciler = new ScheduleReconciler(store, new QuartzOnFile.Factory(scheduler), reminders, NullLogger<ScheduleReconciler>.Instance);
        await reconciler.StartAsync(CancellationToken.None);

        var repaired = (ICronTrigger)(await scheduler.GetTrigger(ReminderTriggers.Schedule(11)))!;
        Assert.Equal(("0 0 18 ? * TUE,THU", "Asia/Tokyo"), (repaired.CronExpressionString, repaired.TimeZone.Id));
        Assert.Null(await scheduler.GetTrigger(ReminderTriggers.Schedule(99)));
    }

    [EngineFact]
    public async Task A_reminder_job_stored_before_jobs_asked_for_recovery_is_stored_again_with_it()
    {
        var turns = new StoredTurns(store, clock);
        foreach (var line in new[] { "/start", "no", "running", "none", "Tue Thu", "18:00", "UTC" })
        {
            await turns.HandleAsync(13, TextCommand.Read(line));
        }

        var reconciler = new ScheduleReconciler(store, new QuartzOnFile.Factory(scheduler), reminders, NullLogger<ScheduleReconciler>.Instance);
        await reconciler.StartAsync(CancellationToken.None);

        // As an earlier release stored it: the same job and trigger, the job without recovery.
        var old = ReminderTriggers.JobFor(13).GetJobBuilder().RequestRecovery(false).Build();
        await scheduler.AddJob(old, new AddJobOptions { Replace = true });
        Assert.False((await scheduler.GetJobDetail(ReminderTriggers.Job(13)))!.RequestsRecovery);

        var before = (await scheduler.GetTrigger(ReminderTriggers.Schedule(13)))!;
        clock.Advance(TimeSpan.FromMinutes(1));
        await reconciler.StartAsync(CancellationToken.None);

        Assert.True((await scheduler.GetJobDetail(ReminderTriggers.Job(13)))!.RequestsRecovery);
        var kept = (ICronTrigger)(await scheduler.GetTrigger(ReminderTriggers.Schedule(13)))!;
        Assert.Equal(("0 0 18 ? * TUE,THU", "UTC"), (kept.CronExpressionString, kept.TimeZone.Id));

        // The trigger itself was left alone, not replaced by one starting now: a late slot about to fire still fires.
        Assert.Equal(before.StartTimeUtc, kept.StartTimeUtc);
    }

    [EngineFact]
    public async Task A_paused_trainee_gets_no_trigger()
    {
        var turns = new StoredTurns(store, clock);
        foreach (var line in new[] { "/start", "no", "running", "none", "Tue Thu", "18:00", "UTC", "/pause" })
        {
            await turns.HandleAsync(12, TextCommand.Read(line));
        }

        await new ScheduleReconciler(store, new QuartzOnFile.Factory(scheduler), reminders, NullLogger<ScheduleReconciler>.Instance).StartAsync(CancellationToken.None);

        Assert.Null(await scheduler.GetTrigger(ReminderTriggers.Schedule(12)));
    }
}
