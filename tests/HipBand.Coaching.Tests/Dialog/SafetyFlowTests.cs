using HipBand.Coaching.Safety;
using HipBand.Coaching.Catalog;
using HipBand.Coaching.Dialog;
using HipBand.Coaching.Tests.Support;

namespace HipBand.Coaching.Tests.Dialog;

public class SafetyFlowTests
{
    [Fact]
    public void My_knee_hurts_mid_set_pauses_and_asks_for_a_rating()
    {
        var chat = SessionFlowTests.Started();

        var outcome = chat.Send("my knee hurts");

        Assert.Equal(Phase.AskPain, chat.State.Phase);
        Assert.NotNull(chat.State.Conversation.Session);
        Assert.Contains("from 0 (nothing) to 10 (worst)", chat.LastText);
        Assert.Contains(outcome.Effects, e => e is RestTimerCancelled);
        Assert.Empty(outcome.Effects.OfType<SetLogged>());
    }

    [Fact]
    public void Eight_ends_the_session_kindly_with_advice_and_keeps_what_was_logged()
    {
        var chat = SessionFlowTests.Started();
        chat.Send("15");
        chat.Send("my knee hurts");

        var outcome = chat.Send("8");

        Assert.Equal(Phase.Idle, chat.State.Phase);
        Assert.Null(chat.State.Conversation.Session);
        Assert.Contains("Let's stop here for today", chat.LastText);
        Assert.Contains("see a doctor or physical therapist", chat.LastText);
        Assert.Contains(outcome.Effects, e => e is SessionFinished { Completed: false });
        Assert.Equal(new PainReport(8, BodyPart.Knee, chat.Now, PainContext.InSession, PainAction.Stopped, chat.State.Conversation.Memory.SessionsStarted), chat.State.Conversation.Memory.OpenPain);
    }

    [Theory]
    [InlineData("2")]
    [InlineData("3, knee")]
    public void Mild_pain_carries_on_with_the_same_set_and_offers_lighter(string rating)
    {
        var chat = SessionFlowTests.Started();
        chat.Send("it hurts a bit");

        chat.Send(rating);

        Assert.Equal(Phase.InSession, chat.State.Phase);
        Assert.Contains("Carry on gently", chat.LastText);
        Assert.Contains("Set 1 of 3", chat.LastText);
        Assert.Contains(chat.Last!.Replies[0].AllButtons, b => b.Label == "Make it lighter");
    }

    [Fact]
    public void Moderate_pain_switches_to_a_lighter_band_and_goes_on()
    {
        var chat = SessionFlowTests.Started();
        chat.Send("15");
        chat.Send("/bands");

        chat.Send("ouch");
        chat.Send("5");

        Assert.Equal(Phase.InSession, chat.State.Phase);
        Assert.Contains("Let's ease off.", chat.LastText);
        Assert.Contains("I've noted the pain", chat.LastText);
    }

    [Fact]
    public void Moderate_pain_on_the_lightest_band_takes_the_easier_variant_or_fewer_reps()
    {
        var chat = DialogDriver.Onboarded(goal: "strength");
        chat.Send("/workout");
        chat.Send("done");

        chat.Send("sharp pain 4/10");

        Assert.Equal(Phase.InSession, chat.State.Phase);
        Assert.Contains("Aim for", chat.LastText);
        Assert.True(chat.Session.Current.Target.Max < 60);
    }

    [Fact]
    public void A_rating_in_the_report_itself_is_acted_on_at_once()
    {
        var chat = SessionFlowTests.Started();

        chat.Send("knee pain 9/10");

        Assert.Equal(Phase.Idle, chat.State.Phase);
        Assert.Contains("Let's stop here for today", chat.LastText);
    }

    [Fact]
    public void Chest_pain_with_dizziness_ends_the_session_at_once_with_urgent_care_advice()
    {
        var chat = SessionFlowTests.Started();
        chat.Send("15");

        var outcome = chat.Send("I feel dizzy and my chest hurts");

        Assert.Equal(Phase.Idle, chat.State.Phase);
        Assert.StartsWith("⚠️ Stop now. Chest pain or pressure can be a sign of something serious.", outcome.Replies[0].Text.Plain, StringComparison.Ordinal);
        Assert.Contains("emergency number or get urgent medical care now", outcome.Replies[0].Text.Plain);
        Assert.Contains(outcome.Effects, e => e is SessionFinished { Completed: false });
        Assert.Single(outcome.Effects.OfType<SessionFinished>());
    }

    [Theory]
    [InlineData("I fainted")]
    [InlineData("I can't breathe")]
    [InlineData("my leg suddenly went numb")]
    [InlineData("I fell and can't put weight on it")]
    [InlineData("my knee is swollen and hot and I have a fever")]
    [InlineData("numb between my legs")]
    public void Every_red_flag_gets_urgent_care_advice_in_any_state(string text)
    {
        foreach (var chat in new[] { SessionFlowTests.Started(), DialogDriver.Onboarded(), New() })
        {
            var outcome = chat.Send(text);

            Assert.Contains("get urgent medical care now", outcome.Replies[0].Text.Plain);
            Assert.Null(chat.State.Conversation.Session);
        }
    }

    [Theory]
    [InlineData("15")]
    [InlineData("no pain, all good")]
    [InlineData("pain-free today")]
    [InlineData("painting my room after this")]
    public void Ordinary_replies_and_negations_change_nothing_about_safety(string text)
    {
        var chat = SessionFlowTests.Started();

        chat.Send(text);

        Assert.NotEqual(Phase.AskPain, chat.State.Phase);
        Assert.DoesNotContain("urgent", chat.LastText);
        Assert.Empty(chat.State.Conversation.Memory.PainReports);
    }

    [Fact]
    public void A_red_flag_in_a_long_message_is_still_heard()
    {
        var chat = SessionFlowTests.Started();

        chat.Send(new string('x', 3000) + " and now I have chest pain");

        Assert.Equal(Phase.Idle, chat.State.Phase);
        Assert.Contains("get urgent medical care now", chat.LastText);
    }

    [Fact]
    public void Feeling_a_bit_dizzy_ends_the_session_kindly()
    {
        var chat = SessionFlowTests.Started();

        chat.Send("I feel a bit dizzy");

        Assert.Equal(Phase.Idle, chat.State.Phase);
        Assert.Contains("Sit or lie down and have some water", chat.LastText);
    }

    [Fact]
    public void Pain_outside_a_session_is_rated_and_the_question_returns_where_it_was()
    {
        var chat = DialogDriver.Onboarded();

        chat.Send("my back aches");
        chat.Send("2");

        Assert.Equal(Phase.Idle, chat.State.Phase);
        Assert.Contains("Thanks, noted.", chat.LastText);
    }

    [Fact]
    public void The_next_session_after_a_pain_report_first_asks_how_it_feels()
    {
        var chat = SessionFlowTests.Started();
        chat.Send("my knee hurts");
        chat.Send("8");

        chat.Send("/workout");
        Assert.Equal(Phase.AskPain, chat.State.Phase);
        Assert.Contains("last time you told me about pain in your knee (8/10). How does it feel now", chat.LastText);

        chat.Send("4");

        Assert.Equal(Phase.InSession, chat.State.Phase);
        Assert.Contains("We'll go a little lighter today", chat.LastText);
        Assert.Equal(4, chat.State.Conversation.Memory.OpenPain?.Rating);
    }

    [Fact]
    public void Too_much_pain_at_the_check_keeps_the_session_closed()
    {
        var chat = SessionFlowTests.Started();
        chat.Send("my knee hurts");
        chat.Send("6");
        chat.Send("/workout");

        chat.Send("7");

        Assert.Equal(Phase.Idle, chat.State.Phase);
        Assert.Null(chat.State.Conversation.Session);
        Assert.Contains("too much pain to train today", chat.LastText);
    }

    [Fact]
    public void Outer_hip_pain_leaves_side_lying_exercises_out_of_the_next_session_until_it_is_better()
    {
        var chat = DialogDriver.Onboarded(goal: "strength");
        chat.Send("pain on the outside of my hip");
        var answer = chat.Send("3");
        Assert.Contains("leave out side-lying exercises", answer.Replies[0].Text.Plain);

        chat.Send("/workout");
        chat.Send("0");
        Assert.DoesNotContain(chat.Session.Items, i => Exercises.Get(i.ExerciseId).SideLying);
        chat.Send("stop");

        chat.Send("my hip is better");
        chat.Send("/workout");
        Assert.Contains(chat.Session.Items, i => i.ExerciseId == "clamshell");
    }

    [Fact]
    public void Cancel_leaves_the_pain_question_for_where_we_were()
    {
        var chat = SessionFlowTests.Started();
        chat.Send("ouch");

        chat.Send("/cancel");

        Assert.Equal(Phase.InSession, chat.State.Phase);
        Assert.Contains("Set 1 of 3", chat.LastText);
    }

    [Fact]
    public void A_readiness_yes_asks_for_a_clinicians_ok_and_then_continues_gently()
    {
        var chat = New();

        chat.Press("Yes, one applies");
        Assert.Equal(Phase.AwaitClearance, chat.State.Phase);
        Assert.Contains("check with a doctor or physical therapist", chat.LastText);
        Assert.True(chat.State.Conversation.Memory.Readiness!.AnyApplies);

        chat.Press("I'll check first");
        Assert.Equal(Phase.AwaitClearance, chat.State.Phase);

        chat.Press("I have their OK");
        Assert.Equal(Goal.Gentle, chat.State.Profile.Goal);
        Assert.Equal(Phase.AskBands, chat.State.Phase);
        Assert.Equal(chat.Now, chat.State.Conversation.Memory.Readiness!.ClearedAt);
    }

    private static DialogDriver New()
    {
        var chat = new DialogDriver();
        chat.Send("/start");
        return chat;
    }
}
