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
    public void Sessions_of_done_raise_the_target_within_the_range_and_the_band_changes_only_at_its_top()
    {
        var chat = DialogDriver.Onboarded(goal: "strength");
        chat.Send("/workout");
        var bridge = chat.Session.Items.Single(i => i.ExerciseId == "glute-bridge");
        Assert.Equal((15, 15, 20), (bridge.Target.PerSet, bridge.Target.Min, bridge.Target.Max));
        SessionFlowTests.DoneToTheEnd(chat);

        var seen = new List<(int Aim, string? Band)>();
        for (var session = 0; session < 12 && seen.All(s => s.Band == "yellow"); session++)
        {
            var started = chat.Send("/workout").Replies[0].Text.Plain;
            var item = chat.Session.Items.SingleOrDefault(i => i.ExerciseId == "glute-bridge");
            if (item is not null)
            {
                seen.Add((item.Target.PerSet, item.Band));
            }

            if (item?.Band == "green")
            {
                Assert.Contains("Glute bridge: You did 20, 20, 20 twice: moving you to the green band.", started);
                Assert.Equal(15, item.Target.PerSet);
            }

            SessionFlowTests.DoneToTheEnd(chat);
        }

        Assert.Equal([(17, "yellow"), (19, "yellow"), (20, "yellow"), (20, "yellow"), (15, "green")], seen);
    }

    [Fact]
    public void A_raised_target_is_announced_with_its_reason()
    {
        var chat = DialogDriver.Onboarded(goal: "strength");
        chat.Send("/workout");
        SessionFlowTests.DoneToTheEnd(chat);

        var next = chat.Send("/workout").Replies[0].Text.Plain;

        Assert.Contains("Every set reached its target, so the targets go up: lateral band walk 13, glute bridge 17,", next);
        for (var guard = 0; chat.Session.Current.ExerciseId != "glute-bridge"; guard++)
        {
            Assert.True(guard < 40, "no glute bridge in the session");
            chat.Send("done");
        }

        Assert.Contains("17 reps (15-20)", chat.LastText);
        Assert.Contains("✅ Done (17)", chat.Last!.Replies.SelectMany(r => r.AllButtons).Select(b => b.Label));
    }
}
