namespace HipBand.Coaching.Catalog;

/// <summary>An easier or harder way to do an exercise, with its own dose when the articles give one.</summary>
public sealed record Variant(string Id, string Name, string HowTo, Dose? Dose = null, bool NeedsBand = false);
