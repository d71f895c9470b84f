using HipBand.Coaching.Dialog;
using HipBand.Coaching.Tests.Support;

namespace HipBand.Coaching.Tests.Dialog;

public class PersonalDataFlowTests
{
    [Fact]
    public void Export_says_what_is_coming_and_asks_for_the_file()
    {
        var chat = DialogDriver.Onboarded();

        var outcome = chat.Send("/export");

        Assert.IsType<ExportRequested>(Assert.Single(outcome.Effects));
        Assert.Contains("everything I have stored about you", chat.LastText);
    }

    [Fact]
    public void Delete_asks_first_and_no_keeps_everything()
    {
        var chat = DialogDriver.Onboarded();
        var profile = chat.State.Profile;

        chat.Send("/delete");
        Assert.Equal(Phase.ConfirmDelete, chat.State.Phase);
        Assert.Contains("can't be undone", chat.LastText);
        var outcome = chat.Press("No, keep my data");

        Assert.Empty(outcome.Effects);
        Assert.Equal(profile, chat.State.Profile);
        Assert.Contains("nothing was deleted", chat.LastText);
    }

    [Fact]
    public void Yes_deletes_and_stops_the_reminders()
    {
        var chat = DialogDriver.Onboarded();
        chat.Send("/delete");

        var outcome = chat.Press("Yes, delete everything");

        Assert.Contains(outcome.Effects, e => e is DataDeleted);
        Assert.Contains(outcome.Effects, e => e is ScheduleChanged { Schedule: null });
        Assert.Equal(ChatState.Fresh, chat.State);
        Assert.Contains("everything about you is deleted", chat.LastText);
    }

    [Fact]
    public void Delete_mid_session_asks_to_finish_first()
    {
        var chat = SessionFlowTests.Started();

        chat.Send("/delete");

        Assert.Equal(Phase.InSession, chat.State.Phase);
    }

    [Fact]
    public void Two_sessions_of_done_lead_to_an_announced_progression_in_the_third()
    {
        var chat = DialogDriver.Onboarded(goal: "strength");
        for (var session = 0; session < 2; session++)
        {
            chat.Send("/workout");
            SessionFlowTests.DoneToTheEnd(chat);
        }

        var third = chat.Send("/workout").Replies[0].Text.Plain;

        Assert.Contains("Progress since last time:", third);
        Assert.Contains("Glute bridge: You did 20, 20, 20, 20 twice: moving you to the green band.", third);
        Assert.Contains(chat.Session.Items, i => i.ExerciseId == "glute-bridge" && i.Band == "green");
    }
}
