namespace HipBand.Coaching.Catalog;

/// <summary>A prescription: how many sets, and the target range per set in the exercise's unit.</summary>
public sealed record Dose(int Sets, int Min, int Max);
