namespace HipBand.Coaching.Catalog;

/// <summary>
/// An easier or harder way to do an exercise, with its own dose (and unit, when it counts differently: the single-leg
/// bridge is per leg) when there is one; its words are in the text catalogues.
/// </summary>
public sealed record Variant(string Id, Dose? Dose = null, bool NeedsBand = false, DoseUnit? Unit = null);
