using HipBand.Testing.Engines;
using HipBand.Bot.Reminders;
using HipBand.Bot.Tests.Support;
using HipBand.Coaching.Scheduling;
using HipBand.Testing;
using Quartz;
using CoachingZones = HipBand.Coaching.Scheduling.TimeZones;

namespace HipBand.Bot.Tests.Reminders;

/// <summary>Every zone a person can give is stored in Quartz so that a restarted scheduler reads it back and fires on time.</summary>
public sealed class ZoneFormsInQuartzTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [EngineTheory]
    [MemberData(nameof(ZoneForms.NineLocalOnMonday), MemberType = typeof(ZoneForms))]
    public async Task A_reminder_at_nine_local_reads_back_after_a_restart_and_is_due_at_nine_local(string typed, int utcDay, int utcHour, int utcMinute)
    {
        Assert.True(CoachingZones.TryParse(typed, out var zone));
        var schedule = new Schedule(Weekdays.Monday | Weekdays.Wednesday, new TimeOnly(9, 0), zone);
        var clock = new TestClock(new DateTimeOffset(2026, 11, 15, 12, 0, 0, TimeSpan.Zero));
        var path = folder.File("quartz.db");

        var writer = await QuartzOnFile.BuildAsync(path, clock);
        await writer.AddJob(ReminderTriggers.JobFor(1), new AddJobOptions { Replace = true });
        await writer.ScheduleTrigger(ReminderTriggers.ScheduleTrigger(1, schedule, clock), TriggerConflict.Replace);
        await writer.Shutdown(false);

        var reader = await QuartzOnFile.BuildAsync(path, clock);
        var stored = (ICronTrigger)(await reader.GetTrigger(ReminderTriggers.Schedule(1)))!;
        await reader.Shutdown(false);

        // Monday 16 November 09:00 local; far east of UTC that is still Sunday the 15th in UTC.
        var first = new DateTimeOffset(2026, 11, utcDay, utcHour, utcMinute, 0, TimeSpan.Zero);
        Assert.Equal(zone, stored.TimeZone.Id);
        Assert.Equal(first, stored.GetFireTimeAfter(clock.GetUtcNow()));
        Assert.Equal(first.AddDays(2), stored.GetFireTimeAfter(first));
        Assert.Equal(new TimeOnly(9, 0), TimeOnly.FromDateTime(CoachingZones.ToLocal(first, zone).DateTime));
    }

    [EngineFact]
    public async Task A_trigger_written_with_a_zone_id_no_machine_knows_does_not_stop_the_scheduler_reading_it()
    {
        var clock = new TestClock();
        var path = folder.File("quartz.db");
        var writer = await QuartzOnFile.BuildAsync(path, clock);
        var nowhere = TimeZoneInfo.CreateCustomTimeZone("Atlantis/Capital", TimeSpan.FromHours(3), "Atlantis", "Atlantis");
        var trigger = TriggerBuilder.Create(clock).WithIdentity(ReminderTriggers.Schedule(2)).ForJob(ReminderTriggers.Job(2))
            .WithSchedule(CronScheduleBuilder.Create("0 0 9 ? * MON").InTimeZone(nowhere)).Build();
        await writer.AddJob(ReminderTriggers.JobFor(2), new AddJobOptions { Replace = true });
        await writer.ScheduleTrigger(trigger, TriggerConflict.Replace);
        await writer.Shutdown(false);

        var reader = await QuartzOnFile.BuildAsync(path, clock);
        var stored = (ICronTrigger)(await reader.GetTrigger(ReminderTriggers.Schedule(2)))!;
        await reader.Shutdown(false);

        Assert.Equal(("Atlantis/Capital", TimeSpan.Zero), (stored.TimeZone.Id, stored.TimeZone.BaseUtcOffset));
    }
}
