using System.Globalization;
using HipBand.Coaching.Catalog;
using HipBand.Coaching.Dialog;
using HipBand.Coaching.Progress;
using HipBand.Coaching.Scheduling;
using HipBand.Coaching.Storage;
using HipBand.Coaching.Text;

namespace HipBand.Bot.Charts;

/// <summary>One week's bar: the Monday it starts on, its work and its completed sessions.</summary>
internal sealed record WeekBar(DateTime Monday, int Work, int Sessions);

/// <summary>
/// One session's target for an exercise, placed on the week axis (week i spans i - 0.5 to i + 0.5), with the band and
/// placement it was done with.
/// </summary>
internal sealed record ClimbPoint(double Week, int Aim, string? Band, string? Placement);

/// <summary>An exercise's targets over time, by its name as the person reads it.</summary>
internal sealed record ExerciseClimb(string Name, IReadOnlyList<ClimbPoint> Points);

/// <summary>
/// What the progress picture shows, gathered from the conversation's memory (weekly totals) and the set log (each
/// exercise's target, band and placement per session): no drawing here, so that it can be checked on its own.
/// </summary>
internal sealed record ProgressChartData(IReadOnlyList<WeekBar> Weeks, int Planned, int? PlanWork, IReadOnlyList<ExerciseClimb> Climbs)
{
    public const int FewestWeeks = 8;
    public const int MostWeeks = 12;

    /// <summary>More lines than this and nobody reads them on a phone: the most recently trained are kept.</summary>
    public const int MostExercises = 6;

    public static ProgressChartData From(ChatState state, IReadOnlyList<SetLogRecord> sets, DateTimeOffset now, ITexts texts)
    {
        var zone = state.Profile.TimeZone;
        DateTimeOffset Local(DateTimeOffset instant) => zone is null ? instant : TimeZones.ToLocal(instant, zone);

        var thisMonday = WeeklyStats.MondayOf(Local(now));
        var memory = state.Conversation.Memory;
        var firstRecorded = memory.Weeks.Keys.Select(MondayOfKey).OfType<DateTime>()
            .Concat(sets.Select(s => WeeklyStats.MondayOf(Local(s.LoggedAt))))
            .DefaultIfEmpty(thisMonday)
            .Min();
        var count = Math.Clamp((int)((thisMonday - firstRecorded).TotalDays / 7) + 1, FewestWeeks, MostWeeks);
        var firstMonday = thisMonday.AddDays(-7 * (count - 1));

        var weeks = Enumerable.Range(0, count)
            .Select(i => firstMonday.AddDays(7 * i))
            .Select(monday => memory.Weeks.GetValueOrDefault(WeeklyStats.WeekOf(new DateTimeOffset(monday, TimeSpan.Zero))) is { } totals
                ? new WeekBar(monday, totals.Work, totals.Sessions)
                : new WeekBar(monday, 0, 0))
            .ToList();

        double WeekPosition(DateTimeOffset instant) => ((Local(instant).DateTime - firstMonday).TotalDays / 7) - 0.5;

        var shown = sets.Where(s => s.Aim is not null && WeekPosition(s.LoggedAt) >= -0.5).ToList();
        var climbs = shown
            .GroupBy(s => s.ExerciseId)
            .OrderByDescending(g => g.Max(s => s.LoggedAt))
            .Take(MostExercises)
            .Select(g => new ExerciseClimb(
                texts.ExerciseName(g.Key),
                g.GroupBy(s => s.Session)
                    .OrderBy(session => session.Key)
                    .Select(session =>
                    {
                        var first = session.MinBy(s => s.LoggedAt)!;
                        return new ClimbPoint(WeekPosition(first.LoggedAt), session.Max(s => s.Aim!.Value), first.Band, first.Placement);
                    })
                    .ToList()))
            .ToList();

        var planned = state.Profile.Days.Count();
        return new ProgressChartData(weeks, planned, WeekOfPlan(sets, planned), climbs);
    }

    /// <summary>
    /// A week of the plan at today's targets: the planned sessions, each as much work as the latest session's targets
    /// (reps, and a rep for every 3 s held, as the weekly totals count). Null without a plan or targets on record.
    /// </summary>
    private static int? WeekOfPlan(IReadOnlyList<SetLogRecord> sets, int planned)
    {
        if (planned == 0 || sets.Count == 0)
        {
            return null;
        }

        var latest = sets.Max(s => s.Session);
        var aims = sets.Where(s => s.Session == latest && s.Aim is not null).ToList();
        if (aims.Count == 0)
        {
            return null;
        }

        var perSession = aims.Sum(s => s.Unit.IsTimed() ? s.Aim!.Value / 3 : s.Aim!.Value);
        return perSession * planned;
    }

    /// <summary>The Monday of a stored week key ("2026-W47"), or null for a key of another shape.</summary>
    private static DateTime? MondayOfKey(string key)
    {
        var parts = key.Split("-W");
        return parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var week)
            && week is >= 1 and <= 53 && year is >= 2000 and <= 9999
            ? ISOWeek.ToDateTime(year, week, DayOfWeek.Monday)
            : null;
    }
}
