namespace HipBand.Coaching.Catalog;

/// <summary>
/// A tempo written as the band article writes it: "2-1-2" is seconds on the way out, held at the end, and on the way
/// back. Other tempos ("controlled", "constant tension") are words, and have no code.
/// </summary>
public readonly record struct TempoCode(int Out, int Hold, int Back)
{
    /// <summary>How long one rep takes at this tempo.</summary>
    public int Seconds => Out + Hold + Back;

    /// <summary>The code as written.</summary>
    public override string ToString() => $"{Out}-{Hold}-{Back}";

    /// <summary>The code in a tempo, or null when the tempo is words.</summary>
    public static TempoCode? Parse(string tempo)
    {
        var parts = tempo.Split('-');
        return parts.Length == 3 && int.TryParse(parts[0], out var o) && int.TryParse(parts[1], out var h) && int.TryParse(parts[2], out var b)
            ? new TempoCode(o, h, b)
            : null;
    }
}
