using HipBand.Coaching.Catalog;
using HipBand.Coaching.Progress;

namespace HipBand.Coaching.Tests.Progress;

public class ProgressionTests
{
    private static readonly HipBand.Coaching.Text.English.EnglishTexts English = HipBand.Coaching.Text.English.EnglishTexts.Instance;

    private static readonly string[] ThreeBands = ["yellow", "green", "black"];

    /// <summary>A history of sessions on one exercise, and the level and announcement it leads to.</summary>
    public static TheoryData<string, string, string, string, string?> Histories => new()
    {
        // exercise, sessions ("20 20 20", "h" for too hard), bands, expected level, expected announcement
        { "glute-bridge", "20 20 20", "yellow green black", "start", null },
        { "glute-bridge", "20 20 20|20 20 20", "yellow green black", "band 1", "Glute bridge: You did 20, 20, 20 twice: moving you to the green band." },
        { "glute-bridge", "20 20 20|18 20 20|20 20 20", "yellow green black", "start", null },
        { "glute-bridge", "20 20 20|20 20 20|20 20 20|20 20 20", "yellow green black", "band 2", null },
        { "glute-bridge", "20 20 20 h", "yellow green black", "sets -1", "Glute bridge: That felt too hard: one set less next time." },
        { "glute-bridge", "20 20 20|20 20 20|12 12 12|12 10 10", "yellow green black", "start", "Glute bridge: You did 12, 12, 12 and 12, 10, 10, below 15: back to the yellow band for now." },
        { "glute-bridge", "20 20 20|20 20 20", "", "variant 1", "Glute bridge: You did 20, 20, 20 twice: time for the glute bridge with a longer pause." },
        { "lateral-band-walk", "15 15 15|15 15 15", "green", "placement 1", "Lateral band walk: You did 15, 15, 15 twice: the band goes below the knees now." },
        { "lateral-band-walk", "15 15 15|15 15 15|15 15 15|15 15 15", "a b c d e", "band 2", null },
        { "clamshell", "10 10 h", "yellow", "variant -1", "Clamshells: That felt too hard: switching to bodyweight clamshells." },
        { "squat", "15 15 15|15 15 15", "", "variant 1", "Squats: You did 15, 15, 15 twice: time for the one-legged squat." },
        { "standing-hip-hinge-rotation", "30 30 30|30 30 30", "", "start", null },
        { "heel-drop-hip-hike", "8 8 8|8 8 8", "", "variant 1", "Heel drop and hip hike: You did 8, 8, 8 twice: time for the hip hike." },
    };

    [Theory]
    [MemberData(nameof(Histories))]
    public void A_history_leads_to_a_level_and_says_why(string exerciseId, string sessions, string bandList, string expected, string? announcement)
    {
        var exercise = HipBand.Coaching.Catalog.Exercises.Get(exerciseId);
        var bands = bandList.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var level = ExerciseLevel.Start;
        LevelChange? last = null;
        foreach (var session in sessions.Split('|'))
        {
            var parts = session.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var done = parts.Where(p => p != "h").Select(p => (int?)int.Parse(p, System.Globalization.CultureInfo.InvariantCulture)).ToList();
            var (min, max) = Target(exercise, level);
            var result = new ExerciseResult(exerciseId, min, max, done, TooHard: parts.Contains("h"));
            (level, last) = Progression.Next(level, result, bands, lightestBandOnly: false, currentSets: done.Count);
        }

        Assert.Equal(expected, Describe(level));
        if (announcement is not null)
        {
            Assert.Equal(announcement, last is null ? null : English.Announce(last));
        }
    }

    [Fact]
    public void The_gentle_program_never_moves_up_a_band()
    {
        var result = new ExerciseResult("glute-bridge", 8, 10, [10, 10], TooHard: false);

        var (once, _) = Progression.Next(ExerciseLevel.Start, result, ThreeBands, lightestBandOnly: true, currentSets: 2);
        var (twice, change) = Progression.Next(once, result, ThreeBands, lightestBandOnly: true, currentSets: 2);

        Assert.Equal(0, twice.Band);
        Assert.Equal(1, twice.Variant);
        Assert.Contains("longer pause", English.Announce(change!));
    }

    [Fact]
    public void With_no_harder_step_left_a_set_is_added_then_reps_up_to_the_articles_ceiling()
    {
        var level = new ExerciseLevel { Variant = 2 };
        var top = new ExerciseResult("glute-bridge", 15, 15, [15, 15, 15], TooHard: false);

        var (afterSet, setChange) = TwiceAtTop(level, top, currentSets: 3);
        var (afterReps, repsChange) = TwiceAtTop(afterSet, top with { Done = [15, 15, 15, 15] }, currentSets: 4);

        Assert.Equal(1, afterSet.ExtraSets);
        Assert.EndsWith("adding a set.", English.Announce(setChange!), StringComparison.Ordinal);
        Assert.Equal(2, afterReps.ExtraReps);
        Assert.EndsWith("aiming for 2 more reps a set.", English.Announce(repsChange!), StringComparison.Ordinal);
    }

    [Fact]
    public void A_skipped_set_is_not_a_set_at_the_top()
    {
        var result = new ExerciseResult("glute-bridge", 15, 20, [20, null, 20], TooHard: false);

        var (level, _) = Progression.Next(ExerciseLevel.Start, result, ThreeBands, lightestBandOnly: false, currentSets: 3);

        Assert.Equal(0, level.TopStreak);
    }

    private static (ExerciseLevel, LevelChange?) TwiceAtTop(ExerciseLevel level, ExerciseResult result, int currentSets)
    {
        var (once, _) = Progression.Next(level, result, [], lightestBandOnly: false, currentSets);
        return Progression.Next(once, result, [], lightestBandOnly: false, currentSets);
    }

    private static (int Min, int Max) Target(HipBand.Coaching.Catalog.Exercise exercise, ExerciseLevel level) =>
        (exercise.Dose.Min + level.ExtraReps, exercise.Dose.Max + level.ExtraReps);

    /// <summary>The one thing that moved, or "start" when band, placement, variant and volume are where they began.</summary>
    private static string Describe(ExerciseLevel level) => level switch
    {
        { Band: > 0 } => $"band {level.Band}",
        { Placement: > 0 } => $"placement {level.Placement}",
        { Variant: not 0 } => $"variant {level.Variant}",
        { ExtraSets: not 0 } => $"sets {level.ExtraSets}",
        { ExtraReps: not 0 } => $"reps {level.ExtraReps}",
        _ => "start",
    };

    [Fact]
    public void Every_set_at_its_target_raises_the_target_within_the_range_and_keeps_the_band()
    {
        var result = new ExerciseResult("glute-bridge", 15, 20, [15, 15, 15], TooHard: false, TargetAim: 15);

        var (level, change) = Progression.Next(ExerciseLevel.Start, result, ThreeBands, lightestBandOnly: false, currentSets: 3);

        Assert.Equal((17, 0), (level.Aim, level.Band));
        Assert.Equal("Glute bridge: You did 15, 15, 15: next time aim for 17 a set.", English.Announce(change!));
    }

    [Fact]
    public void A_target_never_passes_the_top_of_the_range()
    {
        var result = new ExerciseResult("glute-bridge", 15, 20, [19, 19, 19], TooHard: false, TargetAim: 19);

        var (level, _) = Progression.Next(new ExerciseLevel { Aim = 19 }, result, ThreeBands, lightestBandOnly: false, currentSets: 3);

        Assert.Equal(20, level.Aim);
    }

    [Fact]
    public void Below_the_target_twice_but_within_the_range_lowers_the_target_not_the_band()
    {
        var level = new ExerciseLevel { Aim = 19, Band = 1 };
        var result = new ExerciseResult("glute-bridge", 15, 20, [17, 16, 16], TooHard: false, TargetAim: 19);

        var (once, none) = Progression.Next(level, result, ThreeBands, lightestBandOnly: false, currentSets: 3);
        var (twice, change) = Progression.Next(once, result, ThreeBands, lightestBandOnly: false, currentSets: 3);

        Assert.Null(none);
        Assert.Equal((17, 1), (twice.Aim, twice.Band));
        Assert.Equal("Glute bridge: You did 17, 16, 16 and 17, 16, 16, below 19: aiming for 17 a set for now.", English.Announce(change!));
    }

    [Fact]
    public void Holds_climb_in_seconds()
    {
        var exercise = HipBand.Coaching.Catalog.Exercises.All.First(e => e.Unit.IsTimed() && e.Dose.Max > e.Dose.Min);
        var result = new ExerciseResult(exercise.Id, exercise.Dose.Min, exercise.Dose.Max, [exercise.Dose.Min, exercise.Dose.Min], TooHard: false, TargetAim: exercise.Dose.Min);

        var (level, _) = Progression.Next(ExerciseLevel.Start, result, ThreeBands, lightestBandOnly: false, currentSets: 2);

        Assert.Contains(level.Aim!.Value - exercise.Dose.Min, new[] { 5, 10, exercise.Dose.Max - exercise.Dose.Min });
    }

    [Fact]
    public void While_pain_is_watched_a_reached_target_stays_where_it_is()
    {
        var result = new ExerciseResult("glute-bridge", 15, 20, [15, 15, 15], TooHard: false, TargetAim: 15);

        var (level, change) = Progression.Next(ExerciseLevel.Start, result, ThreeBands, lightestBandOnly: false, currentSets: 3, mayProgress: false);

        Assert.Null(level.Aim);
        Assert.Null(change);
    }

    [Theory]
    [InlineData(Effort.Easy, 19)]
    [InlineData(Effort.Good, 17)]
    [InlineData(Effort.Hard, null)]
    public void Easy_steps_up_faster_and_hard_holds(Effort effort, int? aim)
    {
        var result = new ExerciseResult("glute-bridge", 15, 20, [15, 15, 15], TooHard: false, TargetAim: 15);

        var (level, _) = Progression.Next(ExerciseLevel.Start, result, ThreeBands, lightestBandOnly: false, currentSets: 3, effort: effort);

        Assert.Equal(aim, level.Aim);
    }
}

public class BodyweightFirstTests
{
    private static readonly HipBand.Coaching.Text.English.EnglishTexts English = HipBand.Coaching.Text.English.EnglishTexts.Instance;

    private static ExerciseResult Bridge(params int[] sets) => new("glute-bridge", 15, 15, [.. sets.Select(s => (int?)s)], TooHard: false, TargetAim: 15);

    [Fact]
    public void A_bodyweight_range_mastered_twice_puts_the_lightest_band_on_at_the_bottom_of_the_range()
    {
        var level = ExerciseLevel.StartFor(Programs.Running, "glute-bridge");
        Assert.True(level.Bodyweight);

        var (once, none) = Progression.Next(level, Bridge(15, 15, 15), ["yellow", "green"], false, 3);
        var (twice, change) = Progression.Next(once, Bridge(15, 15, 15), ["yellow", "green"], false, 3);

        Assert.Null(none);
        Assert.Equal(ChangeKind.AddBand, change!.Kind);
        Assert.Equal("yellow", change.To);
        Assert.Equal((false, 0, (int?)null), (twice.Bodyweight, twice.Band, twice.Aim));
        Assert.Equal("Glute bridge: You did 15, 15, 15 twice: you've mastered it without a band, so the yellow band goes on.", English.Announce(change));
    }

    [Fact]
    public void Without_bands_a_bodyweight_start_goes_on_to_the_harder_variant()
    {
        var level = ExerciseLevel.StartFor(Programs.Running, "glute-bridge");

        var (once, _) = Progression.Next(level, Bridge(15, 15, 15), [], false, 3);
        var (_, change) = Progression.Next(once, Bridge(15, 15, 15), [], false, 3);

        Assert.Equal(ChangeKind.HarderVariant, change!.Kind);
    }

    [Fact]
    public void The_gentle_program_climbs_within_its_range_and_adds_only_the_first_band()
    {
        var banded = new ExerciseLevel { Aim = 10 };
        var result = new ExerciseResult("glute-bridge", 8, 10, [10, 10], TooHard: false, TargetAim: 10);

        var (once, _) = Progression.Next(banded, result, ["yellow", "green"], true, 2, climb: Climb.WithinRange);
        var (twice, change) = Progression.Next(once, result, ["yellow", "green"], true, 2, climb: Climb.WithinRange);
        var (_, addBand) = Progression.Next(ExerciseLevel.StartFor(Programs.Gentle, "glute-bridge") with { TopStreak = 1, Aim = 10 }, result, ["yellow", "green"], true, 2, climb: Climb.WithinRange);

        Assert.Null(change);
        Assert.Equal((0, 0, 0, 0), (twice.Band, twice.Variant, twice.ExtraSets, twice.ExtraReps));
        Assert.Equal(ChangeKind.AddBand, addBand!.Kind);
    }

    [Fact]
    public void A_plan_counts_the_single_leg_bridge_per_leg()
    {
        var levels = new Dictionary<string, ExerciseLevel> { ["glute-bridge"] = new() { Variant = 2 } };

        var plan = SessionPlanner.Plan(Programs.Strength, 0, ["yellow"], levels: levels);

        var bridge = plan.Single(i => i.ExerciseId == "glute-bridge");
        Assert.Equal(("single-leg-glute-bridge", DoseUnit.RepsPerSide), (bridge.VariantId, bridge.Target.Unit));
    }

    [Fact]
    public void A_sessions_length_comes_from_its_plan_sets_reps_tempo_and_rest()
    {
        var warmUp = SessionPlanner.Plan(Programs.WarmUp, 0, ["yellow"]);
        var strength = SessionPlanner.Plan(Programs.Strength, 0, ["yellow"]);

        Assert.Equal(5, SessionPlanner.EstimateMinutes(warmUp, Programs.WarmUp.Rest));
        Assert.InRange(SessionPlanner.EstimateMinutes(strength, Programs.Strength.Rest), 38, 50);
    }
}
