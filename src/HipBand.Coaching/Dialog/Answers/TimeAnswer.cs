using System.Globalization;
using System.Text.RegularExpressions;
using HipBand.Coaching.Text.English;

namespace HipBand.Coaching.Dialog.Answers;

/// <summary>Reads a time of day: "07:30", "7.30", "7am", "6:15 pm", "18h", "morning".</summary>
public static partial class TimeAnswer
{

    public static bool TryParse(string text, out TimeOnly time, Words? words = null)
    {
        var w = words ?? EnglishWords.Instance;
        time = default;
        var lower = Digits.ToAscii(text).Trim().ToLowerInvariant().Trim('.', '!');
        if (lower.Length > 20)
        {
            return false;
        }

        var said = w.TimePrefixes.Aggregate(lower, (rest, prefix) => rest.Replace(prefix + " ", "", StringComparison.Ordinal));
        if (w.Times.TryGetValue(said, out time))
        {
            return true;
        }

        var match = ClockPattern().Match(lower);
        if (!match.Success)
        {
            return false;
        }

        var hour = int.Parse(match.Groups["h"].Value, CultureInfo.InvariantCulture);
        var minute = match.Groups["m"].Success ? int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture) : 0;
        var meridiem = match.Groups["ampm"].Value.Replace(".", "", StringComparison.Ordinal);
        if (meridiem.Length > 0)
        {
            if (hour is < 1 or > 12)
            {
                return false;
            }

            hour = (hour % 12) + (meridiem.StartsWith('p') ? 12 : 0);
        }

        if (hour > 23 || minute > 59)
        {
            return false;
        }

        time = new TimeOnly(hour, minute);
        return true;
    }

    [GeneratedRegex(@"^(?:at\s+)?(?<h>[0-9]{1,2})(?:[:.h](?<m>[0-9]{2}))?\s*(?:h|(?<ampm>a\.?m\.?|p\.?m\.?))?$", RegexOptions.CultureInvariant)]
    private static partial Regex ClockPattern();
}
