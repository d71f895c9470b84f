using HipBand.Coaching.Dialog;
using HipBand.Coaching.Tests.Support;

namespace HipBand.Coaching.Tests.Dialog;

/// <summary>How an exercise is done can be asked for whenever it is wanted.</summary>
public class HowToTests
{
    [Theory]
    [InlineData("how")]
    [InlineData("help")]
    [InlineData("?")]
    [InlineData("what do I do?")]
    [InlineData("How do I do this?")]
    public void Mid_set_the_bare_words_show_the_open_exercises_steps_then_the_open_set(string text)
    {
        var chat = SessionFlowTests.Started();
        var before = chat.State;

        chat.Send(text);

        Assert.Same(before, chat.State);
        Assert.Contains("1. Loop the band just above your knees", chat.LastText);
        Assert.Contains("Set 1 of 3 · Lateral band walk", chat.LastText);
    }

    [Fact]
    public void The_how_button_under_every_set_does_the_same()
    {
        var chat = SessionFlowTests.Started();
        chat.Send("15");

        chat.Press("How?");

        Assert.Contains("1. Loop the band just above your knees", chat.LastText);
        Assert.Contains("Set 2 of 3 · Lateral band walk", chat.LastText);
        Assert.Empty(chat.Last!.Effects);
    }

    [Theory]
    [InlineData("how do I do a clamshell?")]
    [InlineData("how to do clamshells")]
    [InlineData("how do i do a clamshel")]
    public void Any_exercise_by_name_mid_set_shows_its_steps_then_the_open_set(string text)
    {
        var chat = SessionFlowTests.Started();
        var before = chat.State;

        chat.Send(text);

        Assert.Same(before, chat.State);
        Assert.Contains("Clamshell", chat.LastText);
        Assert.Contains("Watch out for:", chat.LastText);
        Assert.StartsWith("Set 1 of 3 · Lateral band walk", chat.LastText.Split("\n\n")[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void By_name_between_sessions_and_during_setup_too()
    {
        var idle = DialogDriver.Onboarded();
        idle.Send("how do I do a glute bridge?");
        Assert.Contains("Watch out for:", idle.LastText);
        Assert.Contains("Next up", idle.LastText);

        var setup = new DialogDriver();
        setup.Send("/start");
        setup.Send("how do you do clamshells");
        Assert.Contains("Watch out for:", setup.LastText);
        Assert.Equal(Phase.AskReadiness, setup.State.Phase);
    }

    [Fact]
    public void Outside_a_session_help_alone_is_what_help_says()
    {
        var chat = DialogDriver.Onboarded();

        chat.Send("help");

        Assert.Contains("/workout", chat.LastText);
        Assert.Contains("Next up", chat.LastText);
    }

    [Fact]
    public void Safety_comes_first()
    {
        var chat = SessionFlowTests.Started();

        chat.Send("help, I can't breathe");

        Assert.NotNull(chat.State.Conversation.Memory.ActiveHold);
        Assert.Null(chat.State.Conversation.Session);
    }

    [Fact]
    public void A_name_that_is_no_exercise_is_not_taken_for_one()
    {
        var chat = SessionFlowTests.Started();

        chat.Send("how do I do a backflip");

        Assert.DoesNotContain("Watch out for:", chat.LastText);
    }
}
