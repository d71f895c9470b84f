namespace HipBand.Coaching.Catalog;

/// <summary>Whether an exercise needs a resistance band.</summary>
public enum BandUse
{
    /// <summary>Body weight; a band is not part of it.</summary>
    None,

    /// <summary>Works without a band; a band adds resistance.</summary>
    Optional,

    /// <summary>The band is the exercise; without one a substitute is used.</summary>
    Required,
}
