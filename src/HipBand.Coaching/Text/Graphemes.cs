using System.Globalization;

namespace HipBand.Coaching.Text;

/// <summary>Shortens text without splitting what a person sees as one character (an emoji, a flag, an accented letter).</summary>
public static class Graphemes
{
    /// <summary>At most <paramref name="max"/> UTF-16 units, with "…" counted in when shortened; cut between graphemes.</summary>
    public static string Clip(string text, int max)
    {
        if (text.Length <= max)
        {
            return text;
        }

        var budget = Math.Max(0, max - 1);
        var end = 0;
        while (end < text.Length)
        {
            var next = StringInfo.GetNextTextElementLength(text, end);
            if (end + next > budget)
            {
                break;
            }

            end += next;
        }

        return text[..end] + "…";
    }
}
