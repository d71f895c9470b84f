namespace HipBand.Coaching.Catalog;

/// <summary>A prescription: how many sets, and the target range per set in the exercise's unit.</summary>
public sealed record Dose(int Sets, int Min, int Max)
{
    /// <summary>The range as people read it: "15-20" or "15".</summary>
    public string RangeText => Min == Max ? $"{Min}" : $"{Min}-{Max}";
}
