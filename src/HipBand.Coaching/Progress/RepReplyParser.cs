using System.Globalization;
using System.Text.RegularExpressions;
using HipBand.Coaching.Text.English;

namespace HipBand.Coaching.Progress;

/// <summary>Reads how people report a set: "15", "did 12", "12/side", "12, 10, 8", "3x15", "done", "too hard", "skip".</summary>
public static partial class RepReplyParser
{
    /// <summary>Longer messages are not set results; we do not try to read them.</summary>
    private const int MaxLength = 120;

    /// <summary>Parses one reply; anything it cannot read with confidence is <see cref="RepReplyKind.Unclear"/>.</summary>
    /// <param name="text">What the person typed.</param>
    /// <param name="words">The language's words; English when not given.</param>
    public static RepReply Parse(string text, Words? words = null)
    {
        var w = words ?? EnglishWords.Instance;
        var normalized = Normalize(text);
        if (normalized.Length is 0 or > MaxLength)
        {
            return RepReply.Unclear;
        }

        var difficulty = Difficulty.Normal;
        var withoutFeeling = w.Feeling.Replace(normalized, match =>
        {
            if (!match.Groups["not"].Success)
            {
                difficulty = match.Groups["hard"].Success ? Difficulty.TooHard : Difficulty.TooEasy;
            }

            return " ";
        });
        var rest = Squash(withoutFeeling);

        if (rest.Length == 0)
        {
            // "too hard" alone: ask how many; "too easy" alone: the whole set was done.
            return difficulty switch
            {
                Difficulty.TooHard => RepReply.Of(RepReplyKind.Fewer, difficulty),
                Difficulty.TooEasy => RepReply.Of(RepReplyKind.All, difficulty),
                _ => RepReply.Unclear,
            };
        }

        if (w.Stop.Contains(rest))
        {
            return RepReply.Of(RepReplyKind.Stop);
        }

        if (w.SkipExercise.Contains(rest))
        {
            return RepReply.Of(RepReplyKind.SkipExercise);
        }

        if (w.SkipSet.Contains(rest))
        {
            return RepReply.Of(RepReplyKind.Skip);
        }

        if (w.NoneDone.Contains(rest))
        {
            return RepReply.Of(RepReplyKind.NoneDone, Difficulty.TooHard);
        }

        if (w.Next.Contains(rest))
        {
            return RepReply.Of(RepReplyKind.Next);
        }

        if (w.FewerReps.Contains(rest))
        {
            return RepReply.Of(RepReplyKind.Fewer, difficulty);
        }

        if (w.AllReps.Contains(rest))
        {
            return RepReply.Of(RepReplyKind.All, difficulty);
        }

        // One set, both sides: the weaker side is the set's result.
        if (w.PerSide.Match(rest) is { Success: true } sides)
        {
            var weaker = Math.Min(int.Parse(sides.Groups["a"].Value, CultureInfo.InvariantCulture), int.Parse(sides.Groups["b"].Value, CultureInfo.InvariantCulture));
            return new RepReply(RepReplyKind.Counts, [weaker], difficulty);
        }

        var minutes = w.Minutes.IsMatch(rest);
        var values = ReadNumbers(w.Minutes.Replace(rest, ToSeconds), w, out var unit);
        return values is null ? RepReply.Unclear : new RepReply(RepReplyKind.Counts, values, difficulty) { Unit = minutes ? SaidUnit.Time : unit };
    }

    private static List<int>? ReadNumbers(string text, Words w, out SaidUnit unit)
    {
        unit = SaidUnit.None;
        var values = new List<int>();
        var multiplyNext = false;
        foreach (Match token in TokenPattern().Matches(text))
        {
            if (token.Groups["clock"].Success)
            {
                var parts = token.Value.Split(':');
                values.Add((int.Parse(parts[0], CultureInfo.InvariantCulture) * 60) + int.Parse(parts[1], CultureInfo.InvariantCulture));
            }
            else if (token.Groups["num"].Success)
            {
                if (!TryAddNumber(values, token.Value, ref multiplyNext))
                {
                    return null;
                }
            }
            else if (token.Groups["word"].Success)
            {
                var word = token.Value;
                if (w.Numbers.TryGetValue(word, out var number))
                {
                    AddValue(values, number, ref multiplyNext);
                }
                else if (word is "x" && values.Count > 0)
                {
                    multiplyNext = true;
                }
                else if (!w.RepFillers.Contains(word))
                {
                    return null;
                }
                else if (w.CountUnits.Contains(word))
                {
                    unit = SaidUnit.Count;
                }
                else if (w.TimeUnits.Contains(word))
                {
                    unit = SaidUnit.Time;
                }
            }
            else if (token.Value is "×" or "*" && values.Count > 0)
            {
                multiplyNext = true;
            }
        }

        return values.Count == 0 || multiplyNext ? null : values;
    }

    private static bool TryAddNumber(List<int> values, string raw, ref bool multiplyNext)
    {
        var sign = raw[0] is '-' or '−' ? -1 : 1;
        var digits = raw.TrimStart('-', '−');
        if (digits.Length > 6 || !int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            return false;
        }

        AddValue(values, sign * value, ref multiplyNext);
        return true;
    }

    private static void AddValue(List<int> values, int value, ref bool multiplyNext)
    {
        if (!multiplyNext)
        {
            values.Add(value);
            return;
        }

        // "3x15": three sets of fifteen.
        multiplyNext = false;
        var sets = values[^1];
        values.RemoveAt(values.Count - 1);
        if (sets is > 0 and <= 10)
        {
            values.AddRange(Enumerable.Repeat(value, sets));
        }
        else
        {
            values.Add(-1); // an impossible set count: the dialog will ask again
        }
    }

    /// <summary>"1 min", "1.5 minutes" and "a minute" become seconds before the numbers are read.</summary>
    private static string ToSeconds(Match match)
    {
        // "a minute" and "half a minute" as well as "1.5 min".
        decimal minutes;
        bool read;
        if (match.Groups["one"].Success || match.Groups["half"].Success)
        {
            minutes = match.Groups["one"].Success ? 1m : 0.5m;
            read = true;
        }
        else
        {
            read = decimal.TryParse(match.Groups["minutes"].Value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out minutes);
        }

        return !read || minutes > 60 ? "-1" : ((int)Math.Round(minutes * 60)).ToString(CultureInfo.InvariantCulture);
    }

    private static string Normalize(string text) => Squash(Digits.ToAscii(text).Trim().ToLowerInvariant().Replace('’', '\''));

    private static string Squash(string text) => WhitespacePattern().Replace(text, " ").Trim().Trim('.', '!', ',', ';', ' ');

    [GeneratedRegex(@"(?<clock>\b[0-9]{1,2}:[0-9]{2}\b)|(?<num>[-−]?[0-9]+(?:\.[0-9]+)?)|(?<word>[\p{L}'][\p{L}'\-]*)|(?<other>\S)", RegexOptions.CultureInvariant)]
    private static partial Regex TokenPattern();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhitespacePattern();
}
