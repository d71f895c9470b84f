using HipBand.Coaching.Scheduling;

namespace HipBand.Coaching.Dialog.Answers;

/// <summary>Reads training days: "Mon Wed Fri", "tuesday and thursday", "daily", "weekdays".</summary>
public static class DaysAnswer
{
    private static readonly Dictionary<string, Weekdays> Names = new(StringComparer.Ordinal)
    {
        ["mon"] = Weekdays.Monday, ["monday"] = Weekdays.Monday, ["mo"] = Weekdays.Monday,
        ["tue"] = Weekdays.Tuesday, ["tues"] = Weekdays.Tuesday, ["tuesday"] = Weekdays.Tuesday, ["tu"] = Weekdays.Tuesday,
        ["wed"] = Weekdays.Wednesday, ["weds"] = Weekdays.Wednesday, ["wednesday"] = Weekdays.Wednesday, ["we"] = Weekdays.Wednesday,
        ["thu"] = Weekdays.Thursday, ["thur"] = Weekdays.Thursday, ["thurs"] = Weekdays.Thursday, ["thursday"] = Weekdays.Thursday, ["th"] = Weekdays.Thursday,
        ["fri"] = Weekdays.Friday, ["friday"] = Weekdays.Friday, ["fr"] = Weekdays.Friday,
        ["sat"] = Weekdays.Saturday, ["saturday"] = Weekdays.Saturday, ["sa"] = Weekdays.Saturday,
        ["sun"] = Weekdays.Sunday, ["sunday"] = Weekdays.Sunday, ["su"] = Weekdays.Sunday,
        ["daily"] = Weekdays.Every, ["everyday"] = Weekdays.Every,
        ["weekdays"] = Weekdays.Monday | Weekdays.Tuesday | Weekdays.Wednesday | Weekdays.Thursday | Weekdays.Friday,
        ["weekends"] = Weekdays.Saturday | Weekdays.Sunday, ["weekend"] = Weekdays.Saturday | Weekdays.Sunday,
    };

    private static readonly HashSet<string> Fillers = ["and", "on", "every", "day", "days", "&", "the", "each", "at", "or", "plus"];

    public static bool TryParse(string text, out Weekdays days)
    {
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
            var word = token.EndsWith('s') && Names.ContainsKey(token[..^1]) && !Names.ContainsKey(token) ? token[..^1] : token;
            if (Names.TryGetValue(word, out var day))
            {
                days |= day;
            }
            else if (!Fillers.Contains(word))
            {
                days = Weekdays.None;
                return false;
            }
        }

        return days != Weekdays.None;
    }
}
