using HipBand.Coaching.Text.English;

namespace HipBand.Coaching.Dialog.Answers;

/// <summary>Reads the bands a person owns, lightest first: "yellow, green, black", "red and blue", "none".</summary>
public static class BandsAnswer
{
    public const int MaxBands = 8;
    private const int MaxNameLength = 24;

    /// <summary>A band's name is a word or three ("extra heavy", "dark blue"); more is a sentence, not a list.</summary>
    private const int MaxWordsPerName = 3;

    /// <summary>The name we give the band of someone who owns just one and did not name it.</summary>
    public const string SingleBandName = "your band";

    /// <summary>On success <paramref name="bands"/> is the list (empty for "none").</summary>
    public static bool TryParse(string text, out IReadOnlyList<string> bands, Words? words = null)
    {
        var w = words ?? EnglishWords.Instance;
        bands = [];
        var lower = text.Trim().ToLowerInvariant().Replace('’', '\'').Trim('.', '!');
        if (lower.Length == 0 || lower.Length > MaxBands * (MaxNameLength + 2))
        {
            return false;
        }

        if (w.NoBands.Contains(lower) || w.NoBandsSaid.IsMatch(lower))
        {
            return true;
        }

        lower = w.OwnPrefix.Replace(lower, "");

        if (w.OneBand.Contains(lower))
        {
            bands = [SingleBandName];
            return true;
        }

        var joined = w.ListJoiners.Aggregate(lower, (rest, joiner) => rest.Replace($" {joiner} ", ",", StringComparison.Ordinal));
        var names = joined
            .Split([',', ';', '/', '>', '→', '\n', '+'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .SelectMany(part => SplitPlainWords(part, w))
            .Select(name => name.Replace($" {w.BandWord}", "", StringComparison.Ordinal).Trim())
            .Where(name => name.Length > 0)
            .ToList();

        if (names.Count is 0 or > MaxBands
            || names.Any(n => n.Length > MaxNameLength || !n.Any(char.IsLetterOrDigit) || n.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > MaxWordsPerName))
        {
            return false;
        }

        bands = names.Distinct(StringComparer.Ordinal).ToList();
        return true;
    }

    /// <summary>"yellow green black" typed without commas is three bands; "extra heavy" stays one.</summary>
    private static IEnumerable<string> SplitPlainWords(string part, Words w)
    {
        var words = part.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 1 && words.All(w.Colours.Contains) ? words : [part];
    }
}
