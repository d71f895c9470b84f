using System.Globalization;
using System.Text.RegularExpressions;

namespace HipBand.Coaching.Scheduling;

/// <summary>Reads a time zone the way people type it: an IANA id, a well-known city, or a UTC offset.</summary>
public static partial class TimeZones
{
    /// <summary>Common cities by the name people type, lower case, to their IANA zone.</summary>
    private static readonly Dictionary<string, string> Cities = new(StringComparer.OrdinalIgnoreCase)
    {
        ["london"] = "Europe/London", ["dublin"] = "Europe/Dublin", ["lisbon"] = "Europe/Lisbon",
        ["berlin"] = "Europe/Berlin", ["munich"] = "Europe/Berlin", ["hamburg"] = "Europe/Berlin",
        ["frankfurt"] = "Europe/Berlin", ["cologne"] = "Europe/Berlin", ["paris"] = "Europe/Paris",
        ["madrid"] = "Europe/Madrid", ["barcelona"] = "Europe/Madrid", ["rome"] = "Europe/Rome",
        ["milan"] = "Europe/Rome", ["amsterdam"] = "Europe/Amsterdam", ["brussels"] = "Europe/Brussels",
        ["vienna"] = "Europe/Vienna", ["zurich"] = "Europe/Zurich", ["geneva"] = "Europe/Zurich",
        ["copenhagen"] = "Europe/Copenhagen", ["stockholm"] = "Europe/Stockholm", ["oslo"] = "Europe/Oslo",
        ["helsinki"] = "Europe/Helsinki", ["warsaw"] = "Europe/Warsaw", ["prague"] = "Europe/Prague",
        ["budapest"] = "Europe/Budapest", ["athens"] = "Europe/Athens", ["istanbul"] = "Europe/Istanbul",
        ["kyiv"] = "Europe/Kyiv", ["kiev"] = "Europe/Kyiv", ["moscow"] = "Europe/Moscow",
        ["bucharest"] = "Europe/Bucharest", ["new york"] = "America/New_York", ["nyc"] = "America/New_York",
        ["boston"] = "America/New_York", ["washington"] = "America/New_York", ["miami"] = "America/New_York",
        ["atlanta"] = "America/New_York", ["toronto"] = "America/Toronto", ["montreal"] = "America/Toronto",
        ["chicago"] = "America/Chicago", ["houston"] = "America/Chicago", ["dallas"] = "America/Chicago",
        ["austin"] = "America/Chicago", ["denver"] = "America/Denver", ["phoenix"] = "America/Phoenix",
        ["los angeles"] = "America/Los_Angeles", ["la"] = "America/Los_Angeles",
        ["san francisco"] = "America/Los_Angeles", ["seattle"] = "America/Los_Angeles",
        ["vancouver"] = "America/Vancouver", ["mexico city"] = "America/Mexico_City",
        ["sao paulo"] = "America/Sao_Paulo", ["são paulo"] = "America/Sao_Paulo", ["rio"] = "America/Sao_Paulo",
        ["buenos aires"] = "America/Argentina/Buenos_Aires", ["bogota"] = "America/Bogota", ["lima"] = "America/Lima",
        ["santiago"] = "America/Santiago", ["anchorage"] = "America/Anchorage", ["honolulu"] = "Pacific/Honolulu",
        ["cairo"] = "Africa/Cairo", ["lagos"] = "Africa/Lagos", ["nairobi"] = "Africa/Nairobi",
        ["johannesburg"] = "Africa/Johannesburg", ["cape town"] = "Africa/Johannesburg",
        ["casablanca"] = "Africa/Casablanca", ["dubai"] = "Asia/Dubai", ["abu dhabi"] = "Asia/Dubai",
        ["tel aviv"] = "Asia/Jerusalem", ["jerusalem"] = "Asia/Jerusalem", ["riyadh"] = "Asia/Riyadh",
        ["tehran"] = "Asia/Tehran", ["karachi"] = "Asia/Karachi", ["delhi"] = "Asia/Kolkata",
        ["new delhi"] = "Asia/Kolkata", ["mumbai"] = "Asia/Kolkata", ["bangalore"] = "Asia/Kolkata",
        ["bengaluru"] = "Asia/Kolkata", ["kolkata"] = "Asia/Kolkata", ["chennai"] = "Asia/Kolkata",
        ["dhaka"] = "Asia/Dhaka", ["bangkok"] = "Asia/Bangkok", ["jakarta"] = "Asia/Jakarta",
        ["singapore"] = "Asia/Singapore", ["kuala lumpur"] = "Asia/Kuala_Lumpur", ["manila"] = "Asia/Manila",
        ["hong kong"] = "Asia/Hong_Kong", ["shanghai"] = "Asia/Shanghai", ["beijing"] = "Asia/Shanghai",
        ["taipei"] = "Asia/Taipei", ["seoul"] = "Asia/Seoul", ["tokyo"] = "Asia/Tokyo", ["osaka"] = "Asia/Tokyo",
        ["sydney"] = "Australia/Sydney", ["melbourne"] = "Australia/Melbourne", ["brisbane"] = "Australia/Brisbane",
        ["perth"] = "Australia/Perth", ["adelaide"] = "Australia/Adelaide", ["auckland"] = "Pacific/Auckland",
        ["wellington"] = "Pacific/Auckland",
    };

    /// <summary>
    /// Reads a typed zone; on success <paramref name="zoneId"/> is an id <see cref="Find"/> resolves on any machine:
    /// an IANA id, "UTC", <c>Etc/GMT∓h</c> for a whole-hour offset (the IANA sign is inverted: UTC+2 is Etc/GMT-2),
    /// or a fixed-offset id such as <c>UTC+05:30</c>. An offset never becomes a regional zone, whose daylight
    /// saving would move the reminder.
    /// </summary>
    public static bool TryParse(string text, out string zoneId)
    {
        zoneId = "";
        var typed = Digits.ToAscii(text).Trim().TrimEnd('.');
        if (typed.Length is 0 or > 64)
        {
            return false;
        }

        if (Cities.TryGetValue(typed, out var city))
        {
            zoneId = city;
            return true;
        }

        if (TryParseOffset(typed, out var offset))
        {
            zoneId = OffsetId(offset);
            return true;
        }

        foreach (var candidate in IanaSpellings(typed))
        {
            if (TimeZoneInfo.TryFindSystemTimeZoneById(candidate, out var zone) && zone.HasIanaId)
            {
                zoneId = zone.Id;
                return true;
            }
        }

        return false;
    }

    /// <summary>The zone behind an id produced by <see cref="TryParse"/> (or an older release); UTC if it no longer resolves.</summary>
    public static TimeZoneInfo Find(string zoneId) => Resolve(zoneId) ?? TimeZoneInfo.Utc;

    /// <summary>
    /// The zone behind an id, or null when it names none. Fixed offsets resolve without the machine's time zone
    /// database, so that they read back anywhere; so do the <c>Etc/GMT</c> ids when the database lacks them.
    /// </summary>
    public static TimeZoneInfo? Resolve(string zoneId)
    {
        if (zoneId is "UTC" or "GMT" or "Etc/UTC")
        {
            return TimeZoneInfo.Utc;
        }

        if (TimeZoneInfo.TryFindSystemTimeZoneById(zoneId, out var zone))
        {
            return zone;
        }

        if (TryParseEtcGmt(zoneId, out var etc))
        {
            return TimeZoneInfo.CreateCustomTimeZone(zoneId, etc, zoneId, zoneId);
        }

        return TryParseOffset(zoneId, out var offset)
            ? TimeZoneInfo.CreateCustomTimeZone(zoneId, offset, zoneId, zoneId)
            : null;
    }

    /// <summary>True for a fixed offset (UTC+2, UTC+05:30): it does not follow anyone's daylight saving.</summary>
    public static bool IsFixedOffset(string zoneId) =>
        zoneId.StartsWith("Etc/GMT", StringComparison.Ordinal) || (zoneId.StartsWith("UTC", StringComparison.Ordinal) && zoneId.Length > 3);

    /// <summary>How a zone is shown to the person: "Europe/Berlin", "UTC", "UTC+2", "UTC+5:30".</summary>
    public static string Display(string zoneId)
    {
        if (zoneId is "UTC" or "Etc/UTC" or "GMT")
        {
            return "UTC";
        }

        if (TryParseEtcGmt(zoneId, out var offset) || (IsFixedOffset(zoneId) && TryParseOffset(zoneId, out offset)))
        {
            var sign = offset < TimeSpan.Zero ? '-' : '+';
            var size = offset.Duration();
            return size.Minutes == 0
                ? string.Create(CultureInfo.InvariantCulture, $"UTC{sign}{size.Hours}")
                : string.Create(CultureInfo.InvariantCulture, $"UTC{sign}{size.Hours}:{size.Minutes:00}");
        }

        return zoneId;
    }

    /// <summary>The local time in a zone.</summary>
    public static DateTimeOffset ToLocal(DateTimeOffset instant, string zoneId) =>
        TimeZoneInfo.ConvertTime(instant, Find(zoneId));

    private static string OffsetId(TimeSpan offset)
    {
        if (offset == TimeSpan.Zero)
        {
            return "UTC";
        }

        if (offset.Minutes == 0)
        {
            // IANA's Etc zones count the other way: Etc/GMT-2 is two hours ahead of UTC.
            return string.Create(CultureInfo.InvariantCulture, $"Etc/GMT{(offset < TimeSpan.Zero ? '+' : '-')}{Math.Abs(offset.Hours)}");
        }

        return string.Create(CultureInfo.InvariantCulture, $"UTC{(offset < TimeSpan.Zero ? '-' : '+')}{offset.Duration():hh\\:mm}");
    }

    private static bool TryParseEtcGmt(string zoneId, out TimeSpan offset)
    {
        offset = TimeSpan.Zero;
        var match = EtcGmtPattern().Match(zoneId);
        if (!match.Success)
        {
            return false;
        }

        var hours = int.Parse(match.Groups["h"].Value, CultureInfo.InvariantCulture);
        offset = TimeSpan.FromHours(match.Groups["sign"].Value == "+" ? -hours : hours);
        return hours <= 14;
    }

    private static bool TryParseOffset(string text, out TimeSpan offset)
    {
        offset = TimeSpan.Zero;
        var match = OffsetPattern().Match(text);
        if (!match.Success)
        {
            return false;
        }

        if (!match.Groups["sign"].Success)
        {
            return match.Groups["zone"].Success; // plain "UTC" or "GMT"
        }

        var hours = int.Parse(match.Groups["h"].Value, CultureInfo.InvariantCulture);
        var minutes = match.Groups["m"].Success ? int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture) : 0;
        if (hours > 14 || minutes is not (0 or 15 or 30 or 45))
        {
            return false;
        }

        offset = new TimeSpan(hours, minutes, 0);
        if (match.Groups["sign"].Value is "-" or "−")
        {
            offset = -offset;
        }

        return offset >= TimeSpan.FromHours(-12) && offset <= TimeSpan.FromHours(14);
    }

    private static IEnumerable<string> IanaSpellings(string typed)
    {
        yield return typed;
        var underscored = typed.Replace(' ', '_');
        yield return underscored;
        yield return string.Join('/', underscored.Split('/').Select(TitleCaseSegment));
    }

    private static string TitleCaseSegment(string segment) =>
        string.Join('_', segment.Split('_').Select(word =>
            word.Length == 0 ? word : char.ToUpperInvariant(word[0]) + word[1..].ToLowerInvariant()));

    [GeneratedRegex(@"^Etc/GMT(?<sign>[+\-])(?<h>[0-9]{1,2})$", RegexOptions.CultureInvariant)]
    private static partial Regex EtcGmtPattern();

    [GeneratedRegex(@"^(?:(?<zone>utc|gmt)\s*)?(?:(?<sign>[+\-−])\s*(?<h>[0-9]{1,2})(?::?(?<m>[0-9]{2}))?)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OffsetPattern();
}
