using HipBand.Coaching.Dialog;
using HipBand.Coaching.Progress;

namespace HipBand.Coaching.Tests.Progress;

public class WeeklyStatsTests
{
    // 2026 has 53 ISO weeks: Monday 28 December 2026 starts 2026-W53, Monday 4 January 2027 starts 2027-W01.
    private static readonly DateTimeOffset NewYearsWeek = new(2027, 1, 6, 12, 0, 0, TimeSpan.Zero);

    private static readonly Dictionary<string, WeekTotals> Fixture = new()
    {
        ["2026-W49"] = new(3, 300),
        ["2026-W50"] = new(1, 100),
        ["2026-W51"] = new(3, 450),
        ["2026-W52"] = new(3, 480),
        ["2026-W53"] = new(3, 600),
        ["2027-W01"] = new(2, 200),
    };

    [Theory]
    [InlineData(2026, 12, 31, "2026-W53")]
    [InlineData(2027, 1, 3, "2026-W53")]
    [InlineData(2027, 1, 4, "2027-W01")]
    [InlineData(2025, 12, 29, "2026-W01")]
    public void Weeks_are_iso_weeks(int year, int month, int day, string expected) =>
        Assert.Equal(expected, WeeklyStats.WeekOf(new DateTimeOffset(year, month, day, 10, 0, 0, TimeSpan.Zero)));

    [Fact]
    public void The_streak_runs_back_across_the_new_year_and_waits_for_an_unfinished_week()
    {
        Assert.Equal(3, WeeklyStats.Streak(Fixture, NewYearsWeek, planned: 3));
        Assert.Equal(4, WeeklyStats.Streak(Fixture, NewYearsWeek, planned: 2));
    }

    [Fact]
    public void The_chart_shows_the_last_eight_weeks_across_the_new_year_with_the_tallest_bar_at_the_top()
    {
        var weeks = WeeklyStats.Last(Fixture, NewYearsWeek, 8);

        Assert.Equal([16, 23, 30, 7, 14, 21, 28, 4], weeks.Select(w => w.Monday.Day));
        Assert.All(weeks, w => Assert.Equal(DayOfWeek.Monday, w.Monday.DayOfWeek));
        Assert.Equal([0, 0, 300, 100, 450, 480, 600, 200], weeks.Select(w => w.Work));
        var chart = WeeklyStats.Chart(weeks).Split('\n');
        Assert.Equal("16 23 30 07 14 21 28 04", chart[1]);
        Assert.Equal("      ▄▄ ▂▂ ▆▆ ▇▇ ██ ▃▃", chart[0]);
    }

    [Fact]
    public void Only_the_last_sixty_weeks_are_kept()
    {
        IReadOnlyDictionary<string, WeekTotals> weeks = new Dictionary<string, WeekTotals>();
        var day = new DateTimeOffset(2025, 1, 6, 9, 0, 0, TimeSpan.Zero);
        for (var i = 0; i < 70; i++)
        {
            weeks = WeeklyStats.Add(weeks, day.AddDays(7 * i), work: 10, completed: true);
        }

        Assert.Equal(WeeklyStats.WeeksKept, weeks.Count);
        Assert.DoesNotContain("2025-W02", weeks.Keys);
    }
}
