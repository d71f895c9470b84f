namespace HipBand.Coaching.Catalog;

/// <summary>An easier or harder way to do an exercise, with its own dose when the articles give one; its words are in the text catalogues.</summary>
public sealed record Variant(string Id, Dose? Dose = null, bool NeedsBand = false);
