using System.Text;

namespace HipBand.Coaching.Text;

/// <summary>People write numbers in their own script ("١٥", "१५", "１５"); the parsers read ASCII digits only.</summary>
public static class Digits
{
    /// <summary>Every Unicode decimal digit as its ASCII digit; everything else as it was.</summary>
    public static string ToAscii(string text)
    {
        if (!HasOtherDigits(text))
        {
            return text;
        }

        var ascii = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            if (Rune.IsDigit(rune) && rune.Value > 0x7F && Rune.GetNumericValue(rune) is var value and >= 0 and <= 9)
            {
                ascii.Append((char)('0' + (int)value));
            }
            else
            {
                ascii.Append(rune.ToString());
            }
        }

        return ascii.ToString();
    }

    private static bool HasOtherDigits(string text)
    {
        foreach (var c in text)
        {
            // Non-ASCII decimal digits, and surrogates, which may pair into one (mathematical digits).
            if (c > 0x7F && (char.IsDigit(c) || char.IsSurrogate(c)))
            {
                return true;
            }
        }

        return false;
    }
}
