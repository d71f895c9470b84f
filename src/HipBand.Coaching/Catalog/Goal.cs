namespace HipBand.Coaching.Catalog;

/// <summary>What a person trains for; each goal has its own program.</summary>
public enum Goal
{
    Running,
    Strength,
    WarmUp,
    Gentle,
}
