using HipBand.Coaching.Catalog;

namespace HipBand.Coaching.Tests.Catalog;

public class ExercisesTests
{
    private static readonly HipBand.Coaching.Text.English.EnglishTexts English = HipBand.Coaching.Text.English.EnglishTexts.Instance;

    /// <summary>The figures of both articles: id, sets, bottom and top of the range, unit.</summary>
    public static TheoryData<string, int, int, int, DoseUnit> ArticleFigures => new()
    {
        // hip-band-program.txt, program table
        { "monster-walk", 2, 60, 60, DoseUnit.Seconds },
        { "lateral-band-walk", 3, 12, 15, DoseUnit.StepsPerDirection },
        { "glute-bridge", 3, 15, 20, DoseUnit.Reps },
        { "standing-glute-kickback", 3, 12, 15, DoseUnit.RepsPerSide },
        { "clamshell", 3, 15, 20, DoseUnit.RepsPerSide },
        { "fire-hydrant", 2, 12, 15, DoseUnit.RepsPerSide },
        { "seated-band-abduction", 3, 20, 30, DoseUnit.Reps },
        // runner-hip-exercises.txt
        { "side-leg-lift-standing", 3, 15, 15, DoseUnit.RepsPerSide },
        { "side-leg-lift-lying", 3, 15, 15, DoseUnit.RepsPerSide },
        { "donkey-kick", 3, 15, 15, DoseUnit.RepsPerSide },
        { "squat", 3, 15, 15, DoseUnit.Reps },
        { "hip-adduction-step", 3, 8, 8, DoseUnit.RepsPerSide },
        { "heel-drop-hip-hike", 3, 8, 8, DoseUnit.RepsPerSide },
        { "couch-stretch", 1, 60, 180, DoseUnit.SecondsPerSide },
        { "knee-drive", 3, 8, 8, DoseUnit.RepsPerSide },
        { "quadruped-hip-extension", 3, 8, 8, DoseUnit.RepsPerSide },
        { "standing-hip-hinge-rotation", 3, 30, 30, DoseUnit.SecondsPerSide },
    };

    [Theory]
    [MemberData(nameof(ArticleFigures))]
    public void Every_exercise_carries_its_articles_sets_and_reps(string id, int sets, int min, int max, DoseUnit unit)
    {
        var exercise = Exercises.Get(id);

        Assert.Equal(new Dose(sets, min, max), exercise.Dose);
        Assert.Equal(unit, exercise.Unit);
    }

    [Fact]
    public void The_catalog_is_exactly_the_articles_exercises_with_overlaps_merged()
    {
        var expected = ArticleFigures.Select(row => (string)row[0]).Order();

        Assert.Equal(expected, Exercises.All.Select(e => e.Id).Order());
    }

    [Theory]
    [InlineData("glute-bridge-pause", null)]
    [InlineData("single-leg-glute-bridge", 15)]
    [InlineData("clamshell-no-band", 10)]
    [InlineData("single-leg-squat", 15)]
    [InlineData("hip-hike", null)]
    [InlineData("couch-stretch-2", null)]
    [InlineData("couch-stretch-3", null)]
    [InlineData("knee-drive-pause", null)]
    [InlineData("quadruped-hip-extension-banded", null)]
    [InlineData("donkey-kick-side", null)]
    [InlineData("hip-adduction-step-hands-up", null)]
    public void Variants_the_articles_name_exist_with_their_figures(string variantId, int? reps)
    {
        var variant = Exercises.All.SelectMany(e => e.Easier.Concat(e.Harder)).Single(v => v.Id == variantId);

        Assert.Equal(reps, variant.Dose?.Max);
    }

    [Theory]
    [InlineData("clamshell", "2-1-2")]
    [InlineData("glute-bridge", "2-2-2")]
    [InlineData("standing-glute-kickback", "2-1-2")]
    [InlineData("seated-band-abduction", "1-0-1")]
    [InlineData("lateral-band-walk", "constant tension")]
    [InlineData("monster-walk", "constant tension")]
    [InlineData("fire-hydrant", "controlled")]
    public void Band_program_tempos_come_from_its_table(string id, string tempo) =>
        Assert.Equal(tempo, Exercises.Get(id).Tempo);

    [Theory]
    [InlineData("clamshell")]
    [InlineData("glute-bridge")]
    [InlineData("lateral-band-walk")]
    public void Overlapping_exercises_keep_both_articles_facts(string id)
    {
        var articles = Exercises.Get(id).Sources.Select(s => s.Article).ToList();

        Assert.Contains("hip-band-program", articles);
        Assert.Contains("runner-hip-exercises", articles);
    }

    [Fact]
    public void Every_exercise_is_complete_enough_to_coach()
    {
        foreach (var exercise in Exercises.All)
        {
            Assert.InRange(English.Cues(exercise.Id).Count, 1, 3);
            Assert.All(English.Cues(exercise.Id), cue => Assert.InRange(cue.Length, 5, 60));
            Assert.NotEmpty(English.HowTo(exercise.Id));
            Assert.NotEmpty(English.Mistakes(exercise.Id));
            Assert.NotEmpty(exercise.Sources);
            Assert.InRange(exercise.Dose.Sets, 1, exercise.MaxSets);
            Assert.True(exercise.Dose.Min <= exercise.Dose.Max, exercise.Id);
        }
    }

    [Fact]
    public void Every_band_only_exercise_has_a_band_free_replacement()
    {
        foreach (var exercise in Exercises.All.Where(e => e.Band == BandUse.Required))
        {
            var replacement = exercise.WithoutBand;
            Assert.NotNull(replacement);
            var isVariant = exercise.Easier.Concat(exercise.Harder).Any(v => v.Id == replacement && !v.NeedsBand);
            var isBandFreeExercise = Exercises.Find(replacement) is { Band: not BandUse.Required };
            Assert.True(isVariant || isBandFreeExercise, $"{exercise.Id} -> {replacement}");
        }
    }

    [Fact]
    public void Side_lying_exercises_are_marked()
    {
        var sideLying = Exercises.All.Where(e => e.SideLying).Select(e => e.Id).Order();

        Assert.Equal(["clamshell", "side-leg-lift-lying"], sideLying);
    }
}
