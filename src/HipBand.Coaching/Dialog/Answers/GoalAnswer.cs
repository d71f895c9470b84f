using HipBand.Coaching.Catalog;

namespace HipBand.Coaching.Dialog.Answers;

/// <summary>Reads a goal: "running", "stronger hips", "warm-up", "rehab".</summary>
public static class GoalAnswer
{
    private static readonly (Goal Goal, string[] Words)[] Words =
    [
        (Goal.Running, ["running", "run", "runner", "runs", "jogging", "jog", "marathon", "trail"]),
        (Goal.Strength, ["strength", "stronger", "strong", "hips", "glutes", "glute", "muscle", "build"]),
        (Goal.WarmUp, ["warm-up", "warmup", "warm", "activation", "before", "lifting", "primer"]),
        (Goal.Gentle, ["gentle", "rehab", "rehabilitation", "recovery", "recovering", "physio", "therapist", "pt", "easy", "injury"]),
    ];

    public static bool TryParse(string text, out Goal goal)
    {
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
            var words = Words.Single(w => w.Goal == candidate).Words;
            if (tokens.Any(t => words.Contains(t)))
            {
                goal = candidate;
                return true;
            }
        }

        return false;
    }
}
