using HipBand.Bot.Turns;
using HipBand.Coaching.Dialog;

namespace HipBand.Bot.Tests.Turns;

public class AfterCommitEffectsTests
{
    [Fact]
    public void Every_effect_the_dialog_can_ask_for_has_a_row_in_the_table()
    {
        var effects = typeof(Effect).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(Effect)) && !t.IsAbstract).ToHashSet();

        var known = new AfterCommitEffects(null!, null!, null!, null!).Known;

        Assert.NotEmpty(effects);
        Assert.Equal(effects.OrderBy(t => t.Name), known.OrderBy(t => t.Name));
    }
}
