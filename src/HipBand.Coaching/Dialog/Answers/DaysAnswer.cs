using HipBand.Coaching.Text.English;

namespace HipBand.Coaching.Dialog.Answers;

/// <summary>Reads training days: "Mon Wed Fri", "tuesday and thursday", "daily", "weekdays".</summary>
public static class DaysAnswer
{

    public static bool TryParse(string text, out Weekdays days, Words? words = null)
    {
        var w = words ?? EnglishWords.Instance;
        days = Weekdays.None;
        var lower = text.Trim().ToLowerInvariant();
        if (lower.Length is 0 or > 120)
        {
            return false;
        }

        if (lower is "every day" or "all week" or "7")
        {
            days = Weekdays.Every;
            return true;
        }

        var tokens = lower.Split([' ', ',', '/', '-', '.', ';', '+', '\n'], StringSplitOptions.RemoveEmptyEntries);
        foreach (var token in tokens)
        {
            var word = token.EndsWith('s') && w.Days.ContainsKey(token[..^1]) && !w.Days.ContainsKey(token) ? token[..^1] : token;
            if (w.Days.TryGetValue(word, out var day))
            {
                days |= day;
            }
            else if (!w.DayFillers.Contains(word))
            {
                days = Weekdays.None;
                return false;
            }
        }

        return days != Weekdays.None;
    }
}
