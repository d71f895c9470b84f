using HipBand.Coaching.Text.English;

namespace HipBand.Coaching.Dialog.Answers;

/// <summary>Reads a goal: "running", "stronger hips", "warm-up", "rehab".</summary>
public static class GoalAnswer
{

    public static bool TryParse(string text, out Goal goal, Words? words = null)
    {
        var w = words ?? EnglishWords.Instance;
        goal = default;
        var lower = text.Trim().ToLowerInvariant();
        var tokens = lower.Split([' ', ',', '.', '!', '/', '(', ')'], StringSplitOptions.RemoveEmptyEntries);
        if (tokens.Length is 0 or > 8)
        {
            return false;
        }

        // "warm-up before running" is a warm-up, not running: the more specific goals are checked first.
        foreach (var candidate in new[] { Goal.Gentle, Goal.WarmUp, Goal.Running, Goal.Strength })
        {
            var named = w.Goals.Single(g => g.Goal == candidate).Words;
            if (tokens.Any(t => named.Contains(t)))
            {
                goal = candidate;
                return true;
            }
        }

        return false;
    }
}
