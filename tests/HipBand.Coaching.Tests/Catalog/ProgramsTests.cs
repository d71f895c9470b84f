using HipBand.Coaching.Catalog;

namespace HipBand.Coaching.Tests.Catalog;

public class ProgramsTests
{
    [Fact]
    public void Stronger_hips_is_the_seven_band_exercises_at_three_to_four_sets_with_30s_rest()
    {
        var program = Programs.Strength;
        var seven = new[] { "monster-walk", "lateral-band-walk", "glute-bridge", "standing-glute-kickback", "clamshell", "fire-hydrant", "seated-band-abduction" };

        Assert.Equal(TimeSpan.FromSeconds(30), program.Rest);
        foreach (var session in program.Rotation)
        {
            Assert.Equal(seven.Order(), session.Items.Select(i => i.ExerciseId).Order());
            Assert.All(session.Items, item => Assert.InRange(item.Dose!.Sets, 3, 4));
        }
    }

    [Fact]
    public void Warm_up_is_one_set_of_10_to_12_of_clamshells_lateral_walks_and_bridges()
    {
        var session = Assert.Single(Programs.WarmUp.Rotation);

        Assert.Equal(["clamshell", "lateral-band-walk", "glute-bridge"], session.Items.Select(i => i.ExerciseId));
        Assert.All(session.Items, item => Assert.Equal(new Dose(1, 10, 12), item.Dose));
    }

    [Fact]
    public void Gentle_is_lighter_than_each_exercises_default_and_may_be_daily()
    {
        var program = Programs.Gentle;

        Assert.True(program.LightestBandOnly);
        Assert.Equal(7, program.MaxDaysPerWeek);
        foreach (var item in program.Rotation.SelectMany(s => s.Items))
        {
            var standard = Exercises.Get(item.ExerciseId).Dose;
            Assert.True(item.Dose!.Sets < standard.Sets, item.ExerciseId);
            Assert.True(item.Dose.Max < standard.Max, item.ExerciseId);
        }
    }

    [Fact]
    public void Running_trains_two_to_three_times_a_week_and_rotates_through_distinct_sessions()
    {
        var program = Programs.Running;

        Assert.Equal(2, program.MinDaysPerWeek);
        Assert.True(program.Rotation.Count >= 2);
        var sessions = program.Rotation.Select(s => string.Join(",", s.Items.Select(i => i.ExerciseId))).ToList();
        Assert.Equal(sessions.Count, sessions.Distinct().Count());
        Assert.Contains(program.Rotation.SelectMany(s => s.Items), i => Exercises.Get(i.ExerciseId).Band == BandUse.Required);
    }

    [Theory]
    [InlineData("glute-bridge", 3, 15, 15)]
    [InlineData("clamshell", 3, 10, 10)]
    [InlineData("lateral-band-walk", 3, 15, 15)]
    public void Running_follows_the_runner_article_where_both_articles_give_a_figure(string id, int sets, int min, int max)
    {
        var doses = Programs.Running.Rotation.SelectMany(s => s.Items).Where(i => i.ExerciseId == id).Select(i => i.Dose).Distinct();

        Assert.Equal([new Dose(sets, min, max)], doses);
    }

    [Fact]
    public void Running_and_gentle_start_band_optional_exercises_without_a_band_and_the_band_programs_do_not()
    {
        Assert.True(Programs.Running.StartsWithoutBand);
        Assert.True(Programs.Gentle.StartsWithoutBand);
        Assert.False(Programs.Strength.StartsWithoutBand);
        Assert.False(Programs.WarmUp.StartsWithoutBand);
    }

    [Fact]
    public void Longer_programs_never_give_the_same_session_twice_in_a_row()
    {
        foreach (var program in new[] { Programs.Running, Programs.Strength, Programs.Gentle })
        {
            for (var i = 0; i < 6; i++)
            {
                Assert.NotEqual(Describe(program.SessionAt(i)), Describe(program.SessionAt(i + 1)));
            }
        }
    }

    [Fact]
    public void Every_program_names_only_catalog_exercises_and_each_goal_has_one() =>
        Assert.All(Enum.GetValues<Goal>(), goal =>
        {
            var program = Programs.For(goal);
            Assert.Equal(goal, program.Goal);
            Assert.All(program.Rotation.SelectMany(s => s.Items), item => Assert.NotNull(Exercises.Find(item.ExerciseId)));
        });

    private static string Describe(SessionTemplate session) =>
        string.Join(",", session.Items.Select(i => $"{i.ExerciseId}:{i.Dose}"));
}
