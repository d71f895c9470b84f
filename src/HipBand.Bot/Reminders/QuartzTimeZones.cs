using CoachingZones = HipBand.Coaching.Scheduling.TimeZones;

namespace HipBand.Bot.Reminders;

/// <summary>
/// Teaches Quartz the zone ids the bot stores. Quartz reads a trigger's zone back by id; an id it cannot resolve
/// fails its whole trigger scan, which would stop every reminder for everyone. Fixed offsets ("UTC+05:30",
/// "Etc/GMT-2") resolve here on any machine; an id that names no zone at all reads as UTC under its own id, so that
/// one trigger can never stop the scan, and the start-up repair replaces it from the stored schedule.
/// </summary>
internal static class QuartzTimeZones
{
    private static int registered;

    /// <summary>Quartz's resolvers are process-wide: the first call registers ours, later calls do nothing.</summary>
    public static void Register()
    {
        if (Interlocked.Exchange(ref registered, 1) == 0)
        {
            Quartz.TimeZones.AddResolver(Resolve);
        }
    }

    public static TimeZoneInfo Resolve(string id) =>
        CoachingZones.Resolve(id) ?? TimeZoneInfo.CreateCustomTimeZone(id, TimeSpan.Zero, id, id);
}
