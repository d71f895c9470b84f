namespace HipBand.Coaching.Dialog.Answers;

/// <summary>
/// Reads a question about how an exercise is done: "how do I do a clamshell?", "how to do glute bridges",
/// "how do i do a clamshel" (a close misspelling is fine). The exercise is found by its name in the person's language.
/// </summary>
public static class ExerciseAnswer
{
    /// <summary>The exercise a how-to question names, if it names one.</summary>
    public static bool TryParse(string text, ITexts texts, out string exerciseId)
    {
        exerciseId = "";
        var said = Plain(text);
        var asked = texts.Words.HowToAsk.Match(said);
        if (!asked.Success)
        {
            return false;
        }

        var name = Singular(said[(asked.Index + asked.Length)..].Trim());
        if (name.Length < 3)
        {
            return false;
        }

        var best = Exercises.All
            .Select(e => (e.Id, Distance: Distance(name, Singular(Plain(texts.ExerciseName(e.Id))))))
            .MinBy(candidate => candidate.Distance);
        if (best.Distance > Math.Max(1, name.Length / 5))
        {
            return false;
        }

        exerciseId = best.Id;
        return true;
    }

    private static string Plain(string text) =>
        string.Join(' ', new string([.. text.ToLowerInvariant().Select(c => char.IsLetterOrDigit(c) ? c : ' ')]).Split(' ', StringSplitOptions.RemoveEmptyEntries));

    /// <summary>"clamshells", "bridges" are asked about as one.</summary>
    private static string Singular(string name) =>
        string.Join(' ', name.Split(' ').Select(word => word.Length > 4 && word.EndsWith("es", StringComparison.Ordinal) && word[^3] is 's' or 'x' or 'h' ? word[..^2]
            : word.Length > 3 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) ? word[..^1] : word));

    /// <summary>Levenshtein distance, for a misspelt name.</summary>
    private static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }

            previous = current;
        }

        return previous[b.Length];
    }
}
