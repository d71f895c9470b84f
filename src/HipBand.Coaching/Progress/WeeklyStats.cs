using System.Globalization;
using System.Text;

namespace HipBand.Coaching.Progress;

/// <summary>Weeks of training at a glance: ISO weeks in the person's own time zone, streaks, and a block chart.</summary>
public static class WeeklyStats
{
    private const string Blocks = "▁▂▃▄▅▆▇█";

    /// <summary>How many weeks are kept in memory; more than a year, so the chart and streaks never run short.</summary>
    public const int WeeksKept = 60;

    /// <summary>The ISO week a local date falls in, as "2026-W47".</summary>
    public static string WeekOf(DateTimeOffset local) =>
        string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(local.Date)}-W{ISOWeek.GetWeekOfYear(local.Date):00}");

    /// <summary>The Monday of a local date's ISO week.</summary>
    public static DateTime MondayOf(DateTimeOffset local) => local.Date.AddDays(-(((int)local.DayOfWeek + 6) % 7));

    /// <summary>Adds a session's work to its week (and the session, if completed), forgetting weeks beyond <see cref="WeeksKept"/>.</summary>
    public static IReadOnlyDictionary<string, WeekTotals> Add(IReadOnlyDictionary<string, WeekTotals> weeks, DateTimeOffset local, int work, bool completed)
    {
        var key = WeekOf(local);
        var totals = weeks.GetValueOrDefault(key) ?? new WeekTotals(0, 0);
        var next = new Dictionary<string, WeekTotals>(weeks) { [key] = new WeekTotals(totals.Sessions + (completed ? 1 : 0), totals.Work + work) };
        foreach (var old in next.Keys.Order(StringComparer.Ordinal).SkipLast(WeeksKept).ToList())
        {
            next.Remove(old);
        }

        return next;
    }

    /// <summary>Weeks in a row that met the plan, counting this week only once it has.</summary>
    public static int Streak(IReadOnlyDictionary<string, WeekTotals> weeks, DateTimeOffset local, int planned)
    {
        var monday = MondayOf(local);
        var streak = 0;
        var thisWeekMet = weeks.GetValueOrDefault(WeekOf(local))?.Sessions >= planned;
        for (var week = thisWeekMet ? monday : monday.AddDays(-7); ; week = week.AddDays(-7))
        {
            if (weeks.GetValueOrDefault(WeekOf(week))?.Sessions >= planned)
            {
                streak++;
            }
            else
            {
                return streak;
            }
        }
    }

    /// <summary>Work per week for the last <paramref name="count"/> weeks, oldest first, with the Monday each starts on.</summary>
    public static IReadOnlyList<(DateTime Monday, int Work)> Last(IReadOnlyDictionary<string, WeekTotals> weeks, DateTimeOffset local, int count)
    {
        var monday = MondayOf(local);
        return Enumerable.Range(0, count)
            .Select(i => monday.AddDays(-7 * (count - 1 - i)))
            .Select(week => (week, weeks.GetValueOrDefault(WeekOf(week))?.Work ?? 0))
            .ToList();
    }

    /// <summary>
    /// A two-line chart: a bar of two block characters per week, and under each the day of the month its Monday falls
    /// on (a date people read, where ISO week numbers mean nothing to most).
    /// </summary>
    public static string Chart(IReadOnlyList<(DateTime Monday, int Work)> weeks)
    {
        var max = weeks.Count == 0 ? 0 : weeks.Max(w => w.Work);
        var bars = new StringBuilder();
        var labels = new StringBuilder();
        foreach (var (monday, work) in weeks)
        {
            var bar = work == 0 || max == 0 ? ' ' : Blocks[Math.Clamp((int)Math.Ceiling(work * Blocks.Length / (double)max) - 1, 0, Blocks.Length - 1)];
            bars.Append(bar).Append(bar).Append(' ');
            labels.Append(monday.Day.ToString("00", CultureInfo.InvariantCulture)).Append(' ');
        }

        return bars.ToString().TrimEnd() + "\n" + labels.ToString().TrimEnd();
    }

    private static string WeekOf(DateTime monday) => WeekOf(new DateTimeOffset(monday, TimeSpan.Zero));
}
