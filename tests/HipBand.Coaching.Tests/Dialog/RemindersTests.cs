using HipBand.Coaching.Dialog;
using HipBand.Coaching.Tests.Support;

namespace HipBand.Coaching.Tests.Dialog;

public class RemindersTests
{
    [Fact]
    public void A_reminder_names_the_session_its_length_and_offers_start_later_and_skip()
    {
        var chat = DialogDriver.Onboarded();

        var outcome = chat.Step(new ReminderDue(chat.Now));

        var reply = Assert.Single(outcome.Replies);
        Assert.StartsWith("Time for your hip session!", reply.Text.Plain, StringComparison.Ordinal);
        Assert.Contains("session A of Hip stability for runners, about", reply.Text.Plain);
        Assert.Contains("lateral band walk, glute bridge, standing side leg lift and 2 more", reply.Text.Plain);
        Assert.Equal(["▶️ Start now", "⏰ In 1 hour", "Skip today"], reply.AllButtons.Select(b => b.Label));
    }

    [Fact]
    public void Start_now_on_a_reminder_starts_the_session()
    {
        var chat = DialogDriver.Onboarded();
        chat.Step(new ReminderDue(chat.Now));

        chat.Press("Start now");

        Assert.Equal(Phase.InSession, chat.State.Phase);
    }

    [Fact]
    public void In_one_hour_asks_for_a_reminder_an_hour_later_in_local_time()
    {
        var chat = DialogDriver.Onboarded();
        chat.Step(new ReminderDue(chat.Now));

        var outcome = chat.Press("In 1 hour");

        Assert.Equal(new ReminderSnoozed(chat.Now + TimeSpan.FromHours(1)), Assert.Single(outcome.Effects));
        Assert.Equal("OK, I'll remind you again at 09:00.", chat.LastText);
    }

    [Fact]
    public void Skip_today_is_accepted_without_fuss()
    {
        var chat = DialogDriver.Onboarded();
        chat.Step(new ReminderDue(chat.Now));

        chat.Press("Skip today");

        Assert.Equal(Phase.Idle, chat.State.Phase);
        Assert.Contains("skipping today", chat.LastText);
    }

    [Theory]
    [InlineData("paused")]
    [InlineData("in session")]
    [InlineData("not set up")]
    public void No_reminder_while_paused_mid_session_or_before_setup(string situation)
    {
        var chat = situation switch
        {
            "paused" => DialogDriver.Onboarded(),
            "in session" => SessionFlowTests.Started(),
            _ => new DialogDriver(),
        };
        if (situation == "paused")
        {
            chat.Send("/pause");
        }

        var before = chat.State;
        var outcome = chat.Step(new ReminderDue(chat.Now));

        Assert.Empty(outcome.Replies);
        Assert.Same(before, chat.State);
    }

    [Fact]
    public void After_three_unanswered_reminders_the_bot_asks_once_about_frequency()
    {
        var chat = DialogDriver.Onboarded();
        for (var i = 0; i < 3; i++)
        {
            Assert.StartsWith("Time for", chat.Step(new ReminderDue(chat.Now)).Replies[0].Text.Plain, StringComparison.Ordinal);
        }

        var fourth = chat.Step(new ReminderDue(chat.Now));
        var fifth = chat.Step(new ReminderDue(chat.Now));

        Assert.Contains("3 reminders without hearing back", fourth.Replies[0].Text.Plain);
        Assert.Equal(["Fewer days", "Pause reminders", "Keep as is"], fourth.Replies[0].AllButtons.Select(b => b.Label));
        Assert.StartsWith("Time for", fifth.Replies[0].Text.Plain, StringComparison.Ordinal);
    }

    [Fact]
    public void Any_message_resets_the_count_of_unanswered_reminders()
    {
        var chat = DialogDriver.Onboarded();
        chat.Step(new ReminderDue(chat.Now));
        chat.Step(new ReminderDue(chat.Now));

        chat.Send("/stats");

        Assert.Equal(0, chat.State.Conversation.Memory.UnansweredReminders);
    }

    [Theory]
    [InlineData("Fewer days", Phase.AskDays)]
    [InlineData("Pause reminders", Phase.Idle)]
    [InlineData("Keep as is", Phase.Idle)]
    public void The_frequency_question_leads_where_the_person_chooses(string button, Phase phase)
    {
        var chat = DialogDriver.Onboarded();
        for (var i = 0; i < 4; i++)
        {
            chat.Step(new ReminderDue(chat.Now));
        }

        chat.Press(button);

        Assert.Equal(phase, chat.State.Phase);
        Assert.Equal(button == "Pause reminders", chat.State.Profile.Paused);
    }

    [Fact]
    public void After_two_weeks_away_the_next_session_is_lighter_with_a_plain_welcome_back()
    {
        var chat = DialogDriver.Onboarded(goal: "strength");
        chat.Send("/workout");
        SessionFlowTests.DoneToTheEnd(chat);
        chat.Now += TimeSpan.FromDays(15);

        var reminder = chat.Step(new ReminderDue(chat.Now)).Replies[0].Text.Plain;
        var start = chat.Send("/workout").Replies[^1].Text.Plain;

        Assert.StartsWith("Welcome back! It has been a while", reminder, StringComparison.Ordinal);
        Assert.StartsWith("Welcome back! We'll start a little lighter today", start, StringComparison.Ordinal);
        Assert.DoesNotContain("missed", start, StringComparison.OrdinalIgnoreCase);
        var planned = HipBand.Coaching.Catalog.Programs.Strength.SessionAt(1).Items.Select(i => i.Dose!.Sets - 1);
        Assert.Equal(planned, chat.Session.Items.Select(i => i.Target.Sets));
    }

    [Fact]
    public void A_rest_timer_nudges_once_for_the_set_it_was_set_for()
    {
        var chat = SessionFlowTests.Started();
        var timer = Assert.Single(chat.Send("15").Effects.OfType<RestTimerWanted>());

        var nudge = chat.Step(new RestOver(timer.QuestionKey));

        Assert.StartsWith("Rest is over: time for the next set.", nudge.Replies[0].Text.Plain, StringComparison.Ordinal);
        Assert.Contains("Set 2 of 3", nudge.Replies[0].Text.Plain);
    }

    [Fact]
    public void A_rest_timer_for_a_set_already_answered_says_nothing()
    {
        var chat = SessionFlowTests.Started();
        var timer = Assert.Single(chat.Send("15").Effects.OfType<RestTimerWanted>());
        chat.Send("14");

        var late = chat.Step(new RestOver(timer.QuestionKey));

        Assert.Empty(late.Replies);
    }
}
