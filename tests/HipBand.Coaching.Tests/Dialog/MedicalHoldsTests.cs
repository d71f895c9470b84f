using HipBand.Coaching.Dialog;
using HipBand.Coaching.Safety;
using HipBand.Coaching.Tests.Support;

namespace HipBand.Coaching.Tests.Dialog;

/// <summary>A red flag holds training until the person says a doctor has checked them.</summary>
public class MedicalHoldsTests
{
    [Fact]
    public void Tightness_in_the_chest_mid_set_ends_the_session_with_no_way_to_start_another()
    {
        var chat = SessionFlowTests.Started();

        var outcome = chat.Send("tightness in my chest");

        Assert.Equal(Phase.Idle, chat.State.Phase);
        Assert.Null(chat.State.Conversation.Session);
        Assert.Contains("urgent medical care now", outcome.Replies[0].Text.Plain);
        Assert.Empty(outcome.Replies.SelectMany(r => r.AllButtons));
        Assert.DoesNotContain(outcome.Replies, r => r.Text.Plain.Contains("Next up", StringComparison.Ordinal));
        Assert.Contains("Training is paused until a doctor has checked you", chat.LastText);
        Assert.Equal(new MedicalHold(RedFlagSign.ChestPain, chat.Now), chat.State.Conversation.Memory.ActiveHold);
    }

    [Theory]
    [InlineData("/workout")]
    [InlineData("start")]
    public void While_held_every_start_asks_about_a_medical_check_first(string start)
    {
        var chat = Held();

        chat.Send(start);

        Assert.Equal(Phase.AskCheckedUp, chat.State.Phase);
        Assert.Null(chat.State.Conversation.Session);
        Assert.Contains("has a doctor checked you", chat.LastText);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("not yet")]
    [InlineData("maybe tomorrow")]
    public void Anything_but_yes_keeps_the_hold_and_starts_nothing(string answer)
    {
        var chat = Held();
        chat.Send("/workout");

        var outcome = chat.Send(answer);

        Assert.Null(chat.State.Conversation.Session);
        Assert.NotNull(chat.State.Conversation.Memory.ActiveHold);
        Assert.Empty(outcome.Effects.OfType<SessionStarted>());
        Assert.Contains("training stays paused", chat.LastText);
        Assert.Empty(outcome.Replies.SelectMany(r => r.AllButtons));
    }

    [Fact]
    public void A_red_flag_at_the_question_keeps_the_hold_and_repeats_the_urgent_care_line()
    {
        var chat = Held();
        chat.Send("/workout");

        chat.Send("my chest still hurts");

        Assert.Contains("urgent medical care now", chat.LastText);
        Assert.NotNull(chat.State.Conversation.Memory.ActiveHold);
        Assert.Null(chat.State.Conversation.Session);
    }

    [Theory]
    [InlineData("yes")]
    [InlineData("Yes, I've been checked")]
    [InlineData("the doctor said it's fine")]
    public void Yes_lifts_the_hold_with_the_time_and_starts_the_session(string answer)
    {
        var chat = Held();
        chat.Send("/workout");
        chat.Now += TimeSpan.FromDays(2);

        var outcome = chat.Send(answer);

        Assert.Null(chat.State.Conversation.Memory.ActiveHold);
        var hold = Assert.Single(chat.State.Conversation.Memory.Holds);
        Assert.Equal(chat.Now, hold.LiftedAt);
        Assert.Contains(outcome.Effects, e => e is SessionStarted);
    }

    [Fact]
    public void The_button_lifts_it_too()
    {
        var chat = Held();
        chat.Send("/workout");

        chat.Press("I've been checked");

        Assert.Null(chat.State.Conversation.Memory.ActiveHold);
        Assert.NotNull(chat.State.Conversation.Session);
    }

    [Fact]
    public void No_reminder_goes_out_while_held()
    {
        var chat = Held();

        var outcome = chat.Step(new ReminderDue(chat.Now));

        Assert.Empty(outcome.Replies);
        Assert.Equal(0, chat.State.Conversation.Memory.UnansweredReminders);
    }

    [Fact]
    public void A_second_red_flag_keeps_the_first_hold_in_force()
    {
        var chat = Held();
        var first = chat.State.Conversation.Memory.ActiveHold;
        chat.Now += TimeSpan.FromHours(1);

        chat.Send("I fainted");

        Assert.Equal(first, chat.State.Conversation.Memory.ActiveHold);
        Assert.Single(chat.State.Conversation.Memory.Holds);
    }

    private static DialogDriver Held()
    {
        var chat = SessionFlowTests.Started();
        chat.Send("tightness in my chest");
        return chat;
    }
}
