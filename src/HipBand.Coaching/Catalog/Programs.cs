namespace HipBand.Coaching.Catalog;

/// <summary>The four programs, one per goal, built from the articles' figures.</summary>
/// <remarks>
/// Longer programs rotate sessions so that nobody repeats the identical workout: running spreads the
/// runner article's exercises and the band walks over A, B and C (every exercise about once a week at
/// 2-3 sessions a week, the couch stretch closing the days that have a hip-flexor focus); stronger hips
/// keeps all seven band exercises in both but changes their order and gives the three big movers a
/// fourth set on B. The warm-up is one short session on purpose: it is the same activation every time.
///
/// Where both articles give a figure, running follows the runner article (it is written for runners, and its
/// bodyweight start suits people new to the work: the bridge 3 × 15 with a 2 s hold, the clamshell 3 × 10 per side,
/// the side step 3 × 15), and the other programs follow the band article, whose program they are. Rests other than
/// the band article's 30 s, and the gentle program's doses, are ours (marked where they are set).
/// </remarks>
public static class Programs
{
    public static readonly TrainingProgram Running = new()
    {
        Goal = Goal.Running,
        Rest = TimeSpan.FromSeconds(45), // ours: the runner article gives no rest
        StartsWithoutBand = true,
        MinDaysPerWeek = 2,
        MaxDaysPerWeek = 4,
        Rotation =
        [
            new("A",
            [
                Runner(Exercises.LateralBandWalk),
                Runner(Exercises.GluteBridge),
                Default(Exercises.SideLegLiftStanding),
                Default(Exercises.HeelDropHipHike),
                Default(Exercises.CouchStretch),
            ]),
            new("B",
            [
                Default(Exercises.MonsterWalk),
                Runner(Exercises.Clamshell),
                Default(Exercises.DonkeyKick),
                Default(Exercises.Squat),
                Default(Exercises.KneeDrive),
            ]),
            new("C",
            [
                Default(Exercises.QuadrupedHipExtension),
                Default(Exercises.SideLegLiftLying),
                Default(Exercises.HipAdductionStep),
                Default(Exercises.StandingHipHinge),
                Default(Exercises.CouchStretch),
            ]),
        ],
    };

    /// <summary>The seven-exercise band program as a primary workout: 3-4 sets and 30 s rest.</summary>
    public static readonly TrainingProgram Strength = new()
    {
        Goal = Goal.Strength,
        Rest = TimeSpan.FromSeconds(30),
        MinDaysPerWeek = 2,
        MaxDaysPerWeek = 4,
        Rotation =
        [
            new("A",
            [
                WithSets(Exercises.MonsterWalk, 3),
                WithSets(Exercises.LateralBandWalk, 3),
                WithSets(Exercises.GluteBridge, 3),
                WithSets(Exercises.StandingGluteKickback, 3),
                WithSets(Exercises.Clamshell, 3),
                WithSets(Exercises.FireHydrant, 3),
                WithSets(Exercises.SeatedBandAbduction, 3),
            ]),
            new("B",
            [
                WithSets(Exercises.GluteBridge, 4),
                WithSets(Exercises.Clamshell, 4),
                WithSets(Exercises.FireHydrant, 3),
                WithSets(Exercises.SeatedBandAbduction, 3),
                WithSets(Exercises.StandingGluteKickback, 3),
                WithSets(Exercises.LateralBandWalk, 4),
                WithSets(Exercises.MonsterWalk, 3),
            ]),
        ],
    };

    /// <summary>Activation before a run or a lift: one set of 10-12 of three exercises, about five minutes.</summary>
    public static readonly TrainingProgram WarmUp = new()
    {
        Goal = Goal.WarmUp,
        Rest = TimeSpan.FromSeconds(15), // ours: the article gives none for the warm-up
        Climbs = Climb.Never,
        MinDaysPerWeek = 2,
        MaxDaysPerWeek = 6,
        Rotation =
        [
            new("",
            [
                new(Exercises.Clamshell.Id, new Dose(1, 10, 12)),
                new(Exercises.LateralBandWalk.Id, new Dose(1, 10, 12)),
                new(Exercises.GluteBridge.Id, new Dose(1, 10, 12)),
            ]),
        ],
    };

    /// <summary>
    /// Lower intensity for rehab: fewer sets, fewer reps, the lightest band, daily allowed ("lower-intensity, daily
    /// work"). The doses and the rest are ours: the band article gives none for rehab and defers to the physical
    /// therapist. The target climbs within its range and a band-optional exercise may take the lightest band; nothing
    /// else goes up.
    /// </summary>
    public static readonly TrainingProgram Gentle = new()
    {
        Goal = Goal.Gentle,
        Rest = TimeSpan.FromSeconds(60),
        StartsWithoutBand = true,
        Climbs = Climb.WithinRange,
        MinDaysPerWeek = 1,
        MaxDaysPerWeek = 7,
        LightestBandOnly = true,
        Rotation =
        [
            new("A",
            [
                new(Exercises.GluteBridge.Id, new Dose(2, 8, 10)),
                new(Exercises.Clamshell.Id, new Dose(2, 8, 10)),
                new(Exercises.SideLegLiftStanding.Id, new Dose(2, 8, 10)),
            ]),
            new("B",
            [
                new(Exercises.GluteBridge.Id, new Dose(2, 8, 10)),
                new(Exercises.SeatedBandAbduction.Id, new Dose(2, 10, 15)),
                new(Exercises.QuadrupedHipExtension.Id, new Dose(2, 5, 6)),
            ]),
        ],
    };

    public static readonly IReadOnlyList<TrainingProgram> All = [Running, Strength, WarmUp, Gentle];

    /// <summary>The program for a goal.</summary>
    public static TrainingProgram For(Goal goal) => goal switch
    {
        Goal.Running => Running,
        Goal.Strength => Strength,
        Goal.WarmUp => WarmUp,
        Goal.Gentle => Gentle,
        _ => throw new ArgumentOutOfRangeException(nameof(goal), goal, null),
    };

    private static PlannedExercise Default(Exercise exercise) => new(exercise.Id, Dose: null);

    /// <summary>The runner article's figure, for an exercise both articles give.</summary>
    private static PlannedExercise Runner(Exercise exercise) =>
        new(exercise.Id, exercise.DoseIn(Exercises.RunnerArticle) ?? throw new InvalidOperationException($"The runner article gives {exercise.Id} no dose."));

    private static PlannedExercise WithSets(Exercise exercise, int sets) => new(exercise.Id, exercise.Dose with { Sets = sets });
}
