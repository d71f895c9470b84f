using HipBand.Bot.Reminders;
using HipBand.Coaching.Scheduling;
using HipBand.Testing;
using Quartz;

namespace HipBand.Bot.Tests.Reminders;

public class ReminderTriggersTests
{
    private const Weekdays MonWedFri = Weekdays.Monday | Weekdays.Wednesday | Weekdays.Friday;

    [Fact]
    public void The_cron_names_the_minute_hour_and_days()
    {
        Assert.Equal("0 30 7 ? * MON,WED,FRI", ReminderTriggers.Cron(new Schedule(MonWedFri, new TimeOnly(7, 30), "Europe/Berlin")));
        Assert.Equal("0 5 18 ? * TUE,SUN", ReminderTriggers.Cron(new Schedule(Weekdays.Tuesday | Weekdays.Sunday, new TimeOnly(18, 5), "UTC")));
    }

    [Fact]
    public void Berlin_0730_stays_at_0730_local_across_the_march_change()
    {
        // Summer time in the EU began on Sunday 29 March 2026: 07:30 moves from 06:30 to 05:30 UTC.
        var fires = FireTimes(new Schedule(MonWedFri, new TimeOnly(7, 30), "Europe/Berlin"), new(2026, 3, 22, 0, 0, 0, TimeSpan.Zero), 5);

        Assert.Equal(
        [
            Utc(2026, 3, 23, 6, 30), Utc(2026, 3, 25, 6, 30), Utc(2026, 3, 27, 6, 30),
            Utc(2026, 3, 30, 5, 30), Utc(2026, 4, 1, 5, 30),
        ], fires);
    }

    [Fact]
    public void Berlin_0730_stays_at_0730_local_across_the_october_change()
    {
        // Summer time ended on Sunday 25 October 2026: 07:30 moves from 05:30 back to 06:30 UTC.
        var fires = FireTimes(new Schedule(MonWedFri, new TimeOnly(7, 30), "Europe/Berlin"), new(2026, 10, 20, 0, 0, 0, TimeSpan.Zero), 4);

        Assert.Equal([Utc(2026, 10, 21, 5, 30), Utc(2026, 10, 23, 5, 30), Utc(2026, 10, 26, 6, 30), Utc(2026, 10, 28, 6, 30)], fires);
    }

    [Fact]
    public void New_york_follows_its_own_changes_in_march_and_november()
    {
        var schedule = new Schedule(MonWedFri, new TimeOnly(7, 30), "America/New_York");

        var march = FireTimes(schedule, new(2026, 3, 5, 0, 0, 0, TimeSpan.Zero), 2);
        var november = FireTimes(schedule, new(2026, 10, 29, 0, 0, 0, TimeSpan.Zero), 2);

        Assert.Equal([Utc(2026, 3, 6, 12, 30), Utc(2026, 3, 9, 11, 30)], march);
        Assert.Equal([Utc(2026, 10, 30, 11, 30), Utc(2026, 11, 2, 12, 30)], november);
    }

    [Theory]
    [InlineData("Asia/Kolkata")]
    [InlineData("UTC+05:30")]
    public void Kolkata_and_a_plain_offset_never_shift(string zone)
    {
        var fires = FireTimes(new Schedule(MonWedFri, new TimeOnly(7, 30), zone), new(2026, 3, 27, 0, 0, 0, TimeSpan.Zero), 3);

        Assert.Equal([Utc(2026, 3, 27, 2, 0), Utc(2026, 3, 30, 2, 0), Utc(2026, 4, 1, 2, 0)], fires);
    }

    private static List<DateTimeOffset> FireTimes(Schedule schedule, DateTimeOffset from, int count)
    {
        var trigger = ReminderTriggers.ScheduleTrigger(1, schedule, new TestClock(from));
        var fires = new List<DateTimeOffset>();
        var after = from;
        for (var i = 0; i < count; i++)
        {
            after = trigger.GetFireTimeAfter(after)!.Value;
            fires.Add(after);
        }

        return fires;
    }

    private static DateTimeOffset Utc(int year, int month, int day, int hour, int minute) => new(year, month, day, hour, minute, 0, TimeSpan.Zero);
}
