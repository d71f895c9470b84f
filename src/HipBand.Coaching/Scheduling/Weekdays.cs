namespace HipBand.Coaching.Scheduling;

/// <summary>A set of days of the week.</summary>
[Flags]
public enum Weekdays
{
    None = 0,
    Monday = 1,
    Tuesday = 2,
    Wednesday = 4,
    Thursday = 8,
    Friday = 16,
    Saturday = 32,
    Sunday = 64,
    Every = 127,
}

/// <summary>Conversions between <see cref="Weekdays"/> and <see cref="DayOfWeek"/>.</summary>
public static class WeekdaysExtensions
{
    /// <summary>Monday first, as people in most of our users' countries write a week.</summary>
    public static readonly IReadOnlyList<DayOfWeek> MondayFirst =
    [
        DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday,
        DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday,
    ];

    public static Weekdays ToFlag(this DayOfWeek day) => (Weekdays)(1 << ((int)day + 6) % 7);

    public static bool Includes(this Weekdays days, DayOfWeek day) => (days & day.ToFlag()) != 0;

    public static IEnumerable<DayOfWeek> Days(this Weekdays days) => MondayFirst.Where(day => days.Includes(day));

    public static int Count(this Weekdays days) => System.Numerics.BitOperations.PopCount((uint)(days & Weekdays.Every));

    /// <summary>True when two chosen days follow each other (Sunday and Monday count as neighbours).</summary>
    public static bool HasBackToBackDays(this Weekdays days)
    {
        if (days == Weekdays.Every)
        {
            return true;
        }

        var bits = (int)(days & Weekdays.Every);
        var rotated = ((bits << 1) | (bits >> 6)) & 127;
        return (bits & rotated) != 0;
    }

    /// <summary>
    /// The days with at least <paramref name="min"/> and at most <paramref name="max"/> of them: too many keeps the most
    /// evenly spread (Monday first); too few adds, one by one, the day farthest from those chosen.
    /// </summary>
    public static Weekdays Within(this Weekdays days, int min, int max)
    {
        var chosen = days.Days().ToList();
        if (chosen.Count > max)
        {
            return Enumerable.Range(0, max).Select(i => chosen[i * chosen.Count / max]).Aggregate(Weekdays.None, (all, day) => all | day.ToFlag());
        }

        var result = days;
        while (result.Count() < min)
        {
            var picked = result.Days().Select(Position).ToList();
            var farthest = Enumerable.Range(0, 7).Where(p => !picked.Contains(p))
                .MaxBy(p => picked.Count == 0 ? 7 - p : picked.Min(q => Math.Min(Math.Abs(p - q), 7 - Math.Abs(p - q))));
            result |= MondayFirst[farthest].ToFlag();
        }

        return result;
    }

    private static int Position(DayOfWeek day) => ((int)day + 6) % 7;
}
