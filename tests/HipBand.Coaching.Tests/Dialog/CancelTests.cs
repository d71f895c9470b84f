using HipBand.Coaching.Catalog;
using HipBand.Coaching.Dialog;
using HipBand.Coaching.Tests.Support;

namespace HipBand.Coaching.Tests.Dialog;

/// <summary>/cancel does what /help and the menu say: it leaves the current question; a session ends, and what was logged is kept.</summary>
public class CancelTests
{
    private static readonly string Promise = HipBand.Coaching.Text.English.EnglishTexts.Instance.CommandCancel;

    [Fact]
    public void The_promise_is_the_one_help_and_the_menu_show()
    {
        var help = DialogDriver.Onboarded().Send("/help").Replies[0].Text.Plain;

        Assert.Equal("Leave the current question (a session ends, what you logged is kept)", Promise);
        Assert.Contains("/cancel leave the current question (a session ends, what you logged is kept)", help);
        Assert.Contains(("cancel", Promise), Coach.Menu());
    }

    [Fact]
    public void Mid_session_it_ends_the_session_and_keeps_what_was_logged()
    {
        var chat = SessionFlowTests.Started();
        chat.Send("15");

        var outcome = chat.Send("/cancel");

        Assert.Equal(Phase.Idle, chat.State.Phase);
        Assert.Contains(outcome.Effects, e => e is SessionFinished { Completed: false });
        Assert.Contains("I kept what you logged: 1 set", outcome.Replies[0].Text.Plain);
        Assert.Equal(1, chat.State.Conversation.Memory.LastSession?.Sets);
    }

    [Fact]
    public void At_the_question_whether_a_doctor_has_checked_them_it_leaves_the_question_and_the_hold_stays()
    {
        var chat = SessionFlowTests.Started();
        chat.Send("crushing chest pain");
        chat.Send("/workout");
        Assert.Equal(Phase.AskCheckedUp, chat.State.Phase);

        chat.Send("/cancel");

        Assert.Equal(Phase.Idle, chat.State.Phase);
        Assert.Contains("OK, nothing changed.", chat.LastText);
        Assert.DoesNotContain("Setup paused", chat.LastText);
        chat.Send("/workout");
        Assert.Equal(Phase.AskCheckedUp, chat.State.Phase);
    }

    [Fact]
    public void While_a_clinicians_ok_is_awaited_after_setup_it_leaves_the_question_and_training_still_waits()
    {
        var chat = SessionFlowTests.Started();
        chat.Send("I'm pregnant");
        Assert.Equal(Phase.AwaitClearance, chat.State.Phase);

        chat.Send("/cancel");

        Assert.Equal(Phase.Idle, chat.State.Phase);
        Assert.DoesNotContain("Setup paused", chat.LastText);
        Assert.True(chat.State.Conversation.Memory.Readiness?.AwaitsClearance);
        chat.Send("/workout");
        Assert.Equal(Phase.AwaitClearance, chat.State.Phase);
    }

    [Fact]
    public void During_setup_it_pauses_with_the_answers_kept_and_start_picks_up_the_same_question()
    {
        var chat = new DialogDriver();
        chat.Send("/start");
        chat.Send("no");
        chat.Send("running");
        Assert.Equal(Phase.AskBands, chat.State.Phase);

        chat.Send("/cancel");

        Assert.Contains("Setup paused; your answers so far are saved.", chat.LastText);
        Assert.Equal(Goal.Running, chat.State.Profile.Goal);
        chat.Send("/start");
        Assert.Equal(Phase.AskBands, chat.State.Phase);
    }

    [Fact]
    public void With_no_question_open_it_says_there_is_nothing_to_cancel()
    {
        var chat = DialogDriver.Onboarded();

        chat.Send("/cancel");

        Assert.Equal(Phase.Idle, chat.State.Phase);
        Assert.Contains("Nothing to cancel right now.", chat.LastText);
    }
}
