namespace HipBand.Coaching.Catalog;

/// <summary>One exercise and what the source articles say about its dose; its name, steps and cues are in the text catalogues.</summary>
public sealed record Exercise
{
    public required string Id { get; init; }
    public required DoseUnit Unit { get; init; }

    /// <summary>The default prescription.</summary>
    public required Dose Dose { get; init; }

    /// <summary>The most sets the articles suggest for this exercise.</summary>
    public required int MaxSets { get; init; }

    /// <summary>The tempo, as a key the text catalogues name ("2-1-2", "constant tension").</summary>
    public required string Tempo { get; init; }
    public required BandUse Band { get; init; }

    /// <summary>Band placements from the lightest hold to the hardest, as keys the text catalogues name.</summary>
    public IReadOnlyList<string> Placements { get; init; } = [];

    /// <summary>Easier ways, the nearest first.</summary>
    public IReadOnlyList<Variant> Easier { get; init; } = [];

    /// <summary>Harder ways, the nearest first.</summary>
    public IReadOnlyList<Variant> Harder { get; init; } = [];

    /// <summary>Done lying on one side (left out when the outside of the hip hurts).</summary>
    public bool SideLying { get; init; }

    /// <summary>What to do when the person owns no band: a variant of this exercise, or another exercise's id.</summary>
    public string? WithoutBand { get; init; }

    /// <summary>
    /// The figures each article gives, in short, for people who want the source; a figure of our own (where the articles
    /// give none) is a fact of <see cref="SourceFact.Ours"/>.
    /// </summary>
    public required IReadOnlyList<SourceFact> Sources { get; init; }

    /// <summary>The dose an article gives, as the catalogue counts it; null when that article gives none.</summary>
    public Dose? DoseIn(string article) => Sources.FirstOrDefault(s => s.Article == article)?.Dose;
}

/// <summary>Which article said what about an exercise's dose, and that dose in the catalogue's terms when it gives one.</summary>
public sealed record SourceFact(string Article, string Figures, Dose? Dose = null)
{
    /// <summary>The "article" of a figure we chose ourselves because neither article gives one.</summary>
    public const string Ours = "ours";
}
