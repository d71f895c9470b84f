namespace HipBand.Coaching.Catalog;

/// <summary>What the numbers of a set count.</summary>
public enum DoseUnit
{
    Reps,
    RepsPerSide,
    StepsPerDirection,
    Seconds,
    SecondsPerSide,
}

/// <summary>Words and arithmetic for a dose unit.</summary>
public static class DoseUnitExtensions
{
    /// <summary>True when the set is held or timed rather than counted.</summary>
    public static bool IsTimed(this DoseUnit unit) => unit is DoseUnit.Seconds or DoseUnit.SecondsPerSide;

    /// <summary>How many times the dose is done per set (per-side work is done twice).</summary>
    public static int Sides(this DoseUnit unit) =>
        unit is DoseUnit.RepsPerSide or DoseUnit.SecondsPerSide or DoseUnit.StepsPerDirection ? 2 : 1;
}
