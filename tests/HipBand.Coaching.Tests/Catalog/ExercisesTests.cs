using HipBand.Coaching.Catalog;

namespace HipBand.Coaching.Tests.Catalog;

public class ExercisesTests
{
    private static readonly HipBand.Coaching.Text.English.EnglishTexts English = HipBand.Coaching.Text.English.EnglishTexts.Instance;

    /// <summary>Every figure of both articles: the article, the exercise, sets, bottom and top of the range, unit.</summary>
    public static TheoryData<string, string, int, int, int, DoseUnit> ArticleFigures => new()
    {
        // hip-band-program.txt, program table
        { Exercises.BandArticle, "monster-walk", 2, 60, 60, DoseUnit.Seconds },
        { Exercises.BandArticle, "lateral-band-walk", 3, 12, 15, DoseUnit.StepsPerDirection },
        { Exercises.BandArticle, "glute-bridge", 3, 15, 20, DoseUnit.Reps },
        { Exercises.BandArticle, "standing-glute-kickback", 3, 12, 15, DoseUnit.RepsPerSide },
        { Exercises.BandArticle, "clamshell", 3, 15, 20, DoseUnit.RepsPerSide },
        { Exercises.BandArticle, "fire-hydrant", 2, 12, 15, DoseUnit.RepsPerSide },
        { Exercises.BandArticle, "seated-band-abduction", 3, 20, 30, DoseUnit.Reps },
        // runner-hip-exercises.txt
        { Exercises.RunnerArticle, "side-leg-lift-standing", 3, 15, 15, DoseUnit.RepsPerSide },
        { Exercises.RunnerArticle, "side-leg-lift-lying", 3, 15, 15, DoseUnit.RepsPerSide },
        { Exercises.RunnerArticle, "glute-bridge", 3, 15, 15, DoseUnit.Reps },
        { Exercises.RunnerArticle, "donkey-kick", 3, 15, 15, DoseUnit.RepsPerSide },
        { Exercises.RunnerArticle, "squat", 3, 15, 15, DoseUnit.Reps },
        { Exercises.RunnerArticle, "lateral-band-walk", 3, 15, 15, DoseUnit.StepsPerDirection },
        { Exercises.RunnerArticle, "hip-adduction-step", 3, 8, 8, DoseUnit.RepsPerSide },
        { Exercises.RunnerArticle, "heel-drop-hip-hike", 3, 8, 8, DoseUnit.RepsPerSide },
        { Exercises.RunnerArticle, "knee-drive", 3, 8, 8, DoseUnit.RepsPerSide },
        { Exercises.RunnerArticle, "quadruped-hip-extension", 3, 8, 8, DoseUnit.RepsPerSide },
        { Exercises.RunnerArticle, "clamshell", 3, 10, 10, DoseUnit.RepsPerSide },
        { Exercises.RunnerArticle, "standing-hip-hinge-rotation", 3, 30, 30, DoseUnit.SecondsPerSide },
    };

    [Theory]
    [MemberData(nameof(ArticleFigures))]
    public void Every_exercise_carries_each_articles_sets_and_reps(string article, string id, int sets, int min, int max, DoseUnit unit)
    {
        var exercise = Exercises.Get(id);

        Assert.Equal(new Dose(sets, min, max), exercise.DoseIn(article));
        Assert.Equal(unit, exercise.Unit);
    }

    [Fact]
    public void An_exercises_default_dose_is_the_figure_of_the_article_that_presents_it_first()
    {
        foreach (var exercise in Exercises.All.Where(e => e.Id != "couch-stretch"))
        {
            Assert.Equal(exercise.DoseIn(exercise.Sources[0].Article), exercise.Dose);
        }
    }

    [Fact]
    public void The_couch_stretch_keeps_the_articles_three_minutes_and_marks_its_60_second_start_as_ours()
    {
        var stretch = Exercises.CouchStretch;

        Assert.Equal(180, stretch.Dose.Max);
        Assert.Null(stretch.DoseIn(Exercises.RunnerArticle));
        Assert.Contains("3 minutes", stretch.Sources.Single(s => s.Article == Exercises.RunnerArticle).Figures);
        Assert.Contains("60 s", stretch.Sources.Single(s => s.Article == SourceFact.Ours).Figures);
    }

    [Fact]
    public void The_one_legged_squat_figure_is_marked_as_ours()
    {
        var variant = Exercises.Squat.Harder.Single(v => v.Id == "single-leg-squat");

        Assert.Equal(DoseUnit.RepsPerSide, variant.Unit);
        Assert.Contains(Exercises.Squat.Sources, s => s.Article == SourceFact.Ours && s.Figures.Contains("one-legged squat"));
    }

    [Fact]
    public void The_catalog_is_exactly_the_articles_exercises_with_overlaps_merged()
    {
        var expected = ArticleFigures.Select(row => (string)row[1]).Distinct().Append("couch-stretch").Order();

        Assert.Equal(expected, Exercises.All.Select(e => e.Id).Order());
    }

    [Theory]
    [InlineData("glute-bridge-pause", null, null)]
    [InlineData("single-leg-glute-bridge", 15, DoseUnit.RepsPerSide)]
    [InlineData("clamshell-no-band", 10, null)]
    [InlineData("single-leg-squat", 8, DoseUnit.RepsPerSide)]
    [InlineData("hip-hike", null, null)]
    [InlineData("couch-stretch-2", null, null)]
    [InlineData("couch-stretch-3", null, null)]
    [InlineData("knee-drive-pause", null, null)]
    [InlineData("quadruped-hip-extension-banded", null, null)]
    [InlineData("donkey-kick-side", null, null)]
    [InlineData("hip-adduction-step-hands-up", null, null)]
    public void Variants_the_articles_name_exist_with_their_figures(string variantId, int? reps, DoseUnit? unit)
    {
        var variant = Exercises.All.SelectMany(e => e.Easier.Concat(e.Harder)).Single(v => v.Id == variantId);

        Assert.Equal(reps, variant.Dose?.Max);
        Assert.Equal(unit, variant.Unit);
    }

    [Theory]
    [InlineData("seated-band-abduction", "quick")]
    [InlineData("side-leg-lift-standing", "swing the")]
    public void Cues_and_steps_never_contradict_the_articles_advice_on_control(string id, string contradiction)
    {
        var words = English.HowTo(id).Concat(English.Cues(id));

        Assert.DoesNotContain(words, line => line.Contains(contradiction, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void The_hip_hinge_keeps_the_articles_three_to_four_inches() =>
        Assert.Contains(English.HowTo("standing-hip-hinge-rotation"), step => step.Contains("no more than 3-4 inches"));

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
