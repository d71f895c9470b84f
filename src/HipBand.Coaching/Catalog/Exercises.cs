namespace HipBand.Coaching.Catalog;

/// <summary>Every exercise of both source articles, with the articles' figures; their words are in the text catalogues.</summary>
/// <remarks>
/// <see cref="Exercise.Dose"/> is the figure of the article that presents the exercise first; where both articles
/// give one (the lateral walk, the glute bridge, the clamshell), each is kept in <see cref="Exercise.Sources"/> and the
/// programs say which they follow (see <see cref="Programs"/>). A figure neither article gives is marked as ours,
/// both in a comment here and as a <see cref="SourceFact.Ours"/> fact.
/// </remarks>
public static class Exercises
{
    public const string BandArticle = "hip-band-program";
    public const string RunnerArticle = "runner-hip-exercises";

    public static readonly Exercise MonsterWalk = new()
    {
        Id = "monster-walk",
        Unit = DoseUnit.Seconds,
        Dose = new Dose(2, 60, 60),
        MaxSets = 4,
        Tempo = "constant tension",
        Band = BandUse.Required,
        Placements = ["above the knees", "at the ankles"],
        WithoutBand = "squat",
        Sources = [new(BandArticle, "2 sets × 1 minute, constant tension; stabilization", new Dose(2, 60, 60))],
    };

    public static readonly Exercise LateralBandWalk = new()
    {
        Id = "lateral-band-walk",
        Unit = DoseUnit.StepsPerDirection,
        Dose = new Dose(3, 12, 15),
        MaxSets = 4,
        Tempo = "constant tension",
        Band = BandUse.Required,
        Placements = ["above the knees", "below the knees", "at the ankles"],
        WithoutBand = "side-leg-lift-standing",
        Sources =
        [
            new(BandArticle, "3 sets × 12-15 steps per direction, constant tension; dynamic abduction", new Dose(3, 12, 15)),
            new(RunnerArticle, "banded side step: 3 sets × 15, band above the knees; lower it toward the ankles to make it harder", new Dose(3, 15, 15)),
        ],
    };

    public static readonly Exercise GluteBridge = new()
    {
        Id = "glute-bridge",
        Unit = DoseUnit.Reps,
        Dose = new Dose(3, 15, 20),
        MaxSets = 4,
        Tempo = "2-2-2",
        Band = BandUse.Optional,
        Placements = ["above the knees"],
        Harder =
        [
            new Variant("glute-bridge-pause"),
            // The runner article gives 15 with each leg up, and no set count of its own: its bridge's three sets.
            new Variant("single-leg-glute-bridge", new Dose(3, 15, 15), Unit: DoseUnit.RepsPerSide),
        ],
        Sources =
        [
            new(BandArticle, "banded: 3 sets × 15-20, tempo 2-2-2; extension", new Dose(3, 15, 20)),
            new(RunnerArticle, "3 sets × 15 with a 2 s hold; single-leg version 15 per leg; band above the knees optional", new Dose(3, 15, 15)),
        ],
    };

    public static readonly Exercise StandingGluteKickback = new()
    {
        Id = "standing-glute-kickback",
        Unit = DoseUnit.RepsPerSide,
        Dose = new Dose(3, 12, 15),
        MaxSets = 4,
        Tempo = "2-1-2",
        Band = BandUse.Required,
        Placements = ["at the ankles"],
        WithoutBand = "donkey-kick",
        Sources = [new(BandArticle, "3 sets × 12-15 per side, tempo 2-1-2; one-leg extension", new Dose(3, 12, 15))],
    };

    public static readonly Exercise Clamshell = new()
    {
        Id = "clamshell",
        Unit = DoseUnit.RepsPerSide,
        Dose = new Dose(3, 15, 20),
        MaxSets = 4,
        Tempo = "2-1-2",
        Band = BandUse.Optional,
        Placements = ["above the knees"],
        SideLying = true,
        WithoutBand = "clamshell-no-band",
        Easier =
        [
            new Variant("clamshell-no-band", new Dose(3, 10, 10)),
        ],
        Sources =
        [
            new(BandArticle, "banded: 3 sets × 15-20 per side, tempo 2-1-2; external rotation", new Dose(3, 15, 20)),
            new(RunnerArticle, "3 sets × 10 per side with a 1-2 s pause; a light band above the knees makes it harder", new Dose(3, 10, 10)),
        ],
    };

    public static readonly Exercise FireHydrant = new()
    {
        Id = "fire-hydrant",
        Unit = DoseUnit.RepsPerSide,
        Dose = new Dose(2, 12, 15),
        MaxSets = 4,
        Tempo = "controlled",
        Band = BandUse.Optional,
        Placements = ["above the knees"],
        Sources = [new(BandArticle, "2 sets × 12-15 per side, controlled; abduction and rotation", new Dose(2, 12, 15))],
    };

    public static readonly Exercise SeatedBandAbduction = new()
    {
        Id = "seated-band-abduction",
        Unit = DoseUnit.Reps,
        Dose = new Dose(3, 20, 30),
        MaxSets = 4,
        Tempo = "1-0-1",
        Band = BandUse.Required,
        Placements = ["above the knees"],
        WithoutBand = "side-leg-lift-lying",
        Sources = [new(BandArticle, "3 sets × 20-30, tempo 1-0-1; high-rep abduction", new Dose(3, 20, 30))],
    };

    public static readonly Exercise SideLegLiftStanding = new()
    {
        Id = "side-leg-lift-standing",
        Unit = DoseUnit.RepsPerSide,
        Dose = new Dose(3, 15, 15),
        MaxSets = 3,
        Tempo = "lift, hold 2 s, lower",
        Band = BandUse.Optional,
        Placements = ["at the ankles"],
        Sources = [new(RunnerArticle, "3 sets × 15 per leg, 2 s hold at the top", new Dose(3, 15, 15))],
    };

    public static readonly Exercise SideLegLiftLying = new()
    {
        Id = "side-leg-lift-lying",
        Unit = DoseUnit.RepsPerSide,
        Dose = new Dose(3, 15, 15),
        MaxSets = 3,
        Tempo = "lift, hold 2 s, lower",
        Band = BandUse.Optional,
        Placements = ["at the ankles"],
        SideLying = true,
        Sources = [new(RunnerArticle, "3 sets × 15 per leg, 2 s hold, legs kept about 2 inches apart at the bottom", new Dose(3, 15, 15))],
    };

    public static readonly Exercise DonkeyKick = new()
    {
        Id = "donkey-kick",
        Unit = DoseUnit.RepsPerSide,
        Dose = new Dose(3, 15, 15),
        MaxSets = 3,
        Tempo = "controlled",
        Band = BandUse.Optional,
        Placements = ["around the lifted foot"],
        Harder =
        [
            new Variant("donkey-kick-straight"),
            new Variant("donkey-kick-side"),
        ],
        Sources = [new(RunnerArticle, "3 sets × 15; up to five times a week; a band around the lifted foot adds load", new Dose(3, 15, 15))],
    };

    public static readonly Exercise Squat = new()
    {
        Id = "squat",
        Unit = DoseUnit.Reps,
        Dose = new Dose(3, 15, 15),
        MaxSets = 3,
        Tempo = "controlled",
        Band = BandUse.None,
        Harder =
        [
            // Ours: the article gives the one-legged squat no figure; 3 × 8 per leg is the dose of its other one-leg work.
            new Variant("single-leg-squat", new Dose(3, 8, 8), Unit: DoseUnit.RepsPerSide),
        ],
        Sources =
        [
            new(RunnerArticle, "3 sets × 15; one-legged version, not too deep", new Dose(3, 15, 15)),
            new(SourceFact.Ours, "one-legged squat: 3 sets × 8 per leg (the article gives it no figure)"),
        ],
    };

    public static readonly Exercise HipAdductionStep = new()
    {
        Id = "hip-adduction-step",
        Unit = DoseUnit.RepsPerSide,
        Dose = new Dose(3, 8, 8),
        MaxSets = 3,
        Tempo = "controlled",
        Band = BandUse.None,
        Harder =
        [
            new Variant("hip-adduction-step-hands-up"),
        ],
        Sources = [new(RunnerArticle, "3 sets × 8 per side; hands around the head for the advanced version", new Dose(3, 8, 8))],
    };

    public static readonly Exercise HeelDropHipHike = new()
    {
        Id = "heel-drop-hip-hike",
        Unit = DoseUnit.RepsPerSide,
        Dose = new Dose(3, 8, 8),
        MaxSets = 3,
        Tempo = "controlled",
        Band = BandUse.None,
        Harder =
        [
            new Variant("hip-hike"),
        ],
        Sources = [new(RunnerArticle, "3 sets × 8; the hip hike is the progression, ankle weights or a vest make it harder still", new Dose(3, 8, 8))],
    };

    public static readonly Exercise CouchStretch = new()
    {
        Id = "couch-stretch",
        Unit = DoseUnit.SecondsPerSide,
        // The article: "up to three minutes for each leg". The 60 s start is ours.
        Dose = new Dose(1, 60, 180),
        MaxSets = 1,
        Tempo = "hold",
        Band = BandUse.None,
        Harder =
        [
            new Variant("couch-stretch-2"),
            new Variant("couch-stretch-3"),
        ],
        Sources =
        [
            new(RunnerArticle, "three levels; hold up to 3 minutes per leg, after a hip or glute workout"),
            new(SourceFact.Ours, "one hold per leg starting at 60 s (the article gives only the 3-minute ceiling)"),
        ],
    };

    public static readonly Exercise KneeDrive = new()
    {
        Id = "knee-drive",
        Unit = DoseUnit.RepsPerSide,
        Dose = new Dose(3, 8, 8),
        MaxSets = 3,
        Tempo = "explosive up, controlled down",
        Band = BandUse.Optional,
        Placements = ["around both feet"],
        Harder =
        [
            new Variant("knee-drive-pause"),
        ],
        Sources = [new(RunnerArticle, "3 sets × 8 per side; a 2-3 s pause at the top makes it harder", new Dose(3, 8, 8))],
    };

    public static readonly Exercise QuadrupedHipExtension = new()
    {
        Id = "quadruped-hip-extension",
        Unit = DoseUnit.RepsPerSide,
        Dose = new Dose(3, 8, 8),
        MaxSets = 3,
        Tempo = "lift, pause 1-2 s, lower",
        Band = BandUse.None,
        Harder =
        [
            new Variant("quadruped-hip-extension-banded", NeedsBand: true),
        ],
        Sources = [new(RunnerArticle, "3 sets × 8 per side with a 1-2 s pause; band under one knee and over the other to progress", new Dose(3, 8, 8))],
    };

    public static readonly Exercise StandingHipHinge = new()
    {
        Id = "standing-hip-hinge-rotation",
        Unit = DoseUnit.SecondsPerSide,
        Dose = new Dose(3, 30, 30),
        MaxSets = 3,
        Tempo = "slow rotation",
        Band = BandUse.None,
        Sources = [new(RunnerArticle, "3 sets × 30 s per side", new Dose(3, 30, 30))],
    };

    /// <summary>Every exercise, in the order the articles present them.</summary>
    public static readonly IReadOnlyList<Exercise> All =
    [
        MonsterWalk, LateralBandWalk, GluteBridge, StandingGluteKickback, Clamshell, FireHydrant, SeatedBandAbduction,
        SideLegLiftStanding, SideLegLiftLying, DonkeyKick, Squat, HipAdductionStep, HeelDropHipHike, CouchStretch,
        KneeDrive, QuadrupedHipExtension, StandingHipHinge,
    ];

    private static readonly Dictionary<string, Exercise> ById = All.ToDictionary(e => e.Id, StringComparer.Ordinal);

    /// <summary>The exercise with this id.</summary>
    public static Exercise Get(string id) =>
        ById.TryGetValue(id, out var exercise) ? exercise : throw new KeyNotFoundException($"No exercise '{id}'.");

    /// <summary>The exercise with this id, if there is one.</summary>
    public static Exercise? Find(string id) => ById.GetValueOrDefault(id);
}
