using HipBand.Coaching.Catalog;
using HipBand.Coaching.Dialog;
using HipBand.Coaching.Safety;
using HipBand.Coaching.Tests.Support;

namespace HipBand.Coaching.Tests.Dialog;

/// <summary>Pain is watched across sessions: 0-3 fine, 4-5 if it settles by the next morning, above 5 too much.</summary>
public class PainMonitoringTests
{
    [Fact]
    public void Pain_7_then_6_at_the_next_check_starts_no_session_that_day()
    {
        var chat = KneePainInSession(7);

        chat.Send("/workout");
        Assert.Equal(Phase.AskPain, chat.State.Phase);
        var outcome = chat.Send("6");

        Assert.Equal(Phase.Idle, chat.State.Phase);
        Assert.Null(chat.State.Conversation.Session);
        Assert.Contains("too much pain to train today", chat.LastText);
        Assert.Empty(outcome.Replies.SelectMany(r => r.AllButtons));
        Assert.Equal(6, chat.State.Conversation.Memory.OpenPain?.Rating);
        Assert.Equal(PainAction.RestDay, chat.State.Conversation.Memory.PainReports[^1].Action);

        var again = chat.Send("/workout");
        Assert.Null(chat.State.Conversation.Session);
        Assert.Contains("Let's rest today", chat.LastText);
        Assert.Empty(again.Replies.SelectMany(r => r.AllButtons));
        Assert.Empty(chat.Step(new ReminderDue(chat.Now)).Replies);
    }

    [Fact]
    public void The_next_day_the_check_comes_again_and_3_or_lower_closes_the_report()
    {
        var chat = KneePainInSession(7);
        chat.Send("/workout");
        chat.Send("6");

        chat.Now += TimeSpan.FromDays(1);
        chat.Send("/workout");
        Assert.Contains("pain in your knee (6/10). How does it feel now", chat.LastText);
        chat.Send("3");

        Assert.Equal(Phase.InSession, chat.State.Phase);
        Assert.Null(chat.State.Conversation.Memory.OpenPain);
        Assert.Null(chat.State.Conversation.Memory.RestUntil);
    }

    [Fact]
    public void A_check_of_4_or_5_gives_a_lighter_session_and_the_report_stays_open()
    {
        var chat = KneePainInSession(7);
        chat.Now += TimeSpan.FromDays(1);

        chat.Send("/workout");
        chat.Send("5");

        Assert.Equal(Phase.InSession, chat.State.Phase);
        Assert.Contains("We'll go a little lighter today", chat.LastText);
        Assert.Equal(5, chat.State.Conversation.Memory.OpenPain?.Rating);
        chat.Send("stop");
        chat.Send("/workout");
        Assert.Equal(Phase.AskPain, chat.State.Phase);
    }

    [Fact]
    public void Nothing_progresses_while_a_pain_report_is_open()
    {
        var chat = DialogDriver.Onboarded(goal: "strength");
        chat.Send("/workout");
        SessionFlowTests.DoneToTheEnd(chat);
        chat.Send("/workout");
        chat.Send("my knee hurts a bit");
        chat.Send("2");

        SessionFlowTests.DoneToTheEnd(chat);

        Assert.NotNull(chat.State.Conversation.Memory.OpenPain);
        Assert.Empty(chat.State.Conversation.Memory.Announcements);
    }

    [Fact]
    public void In_the_week_after_pain_rose_between_two_sessions_nothing_progresses_and_after_it_the_streak_goes_on()
    {
        var chat = DialogDriver.Onboarded(goal: "strength");
        chat.Send("/workout");
        SessionFlowTests.DoneToTheEnd(chat);

        // Pain where there was none: the report closes at the next check, but pain rose.
        chat.Send("/workout");
        chat.Send("my knee hurts a bit");
        chat.Send("2");
        SessionFlowTests.DoneToTheEnd(chat);
        Assert.Equal(chat.Now + TimeSpan.FromDays(7), chat.State.Conversation.Memory.NoProgressionUntil);

        chat.Now += TimeSpan.FromDays(2);
        chat.Send("/workout");
        chat.Send("0");
        SessionFlowTests.DoneToTheEnd(chat);
        Assert.Null(chat.State.Conversation.Memory.OpenPain);
        Assert.Empty(chat.State.Conversation.Memory.Announcements);

        chat.Now += TimeSpan.FromDays(6);
        chat.Send("/workout");
        SessionFlowTests.DoneToTheEnd(chat);
        Assert.NotEmpty(chat.State.Conversation.Memory.Announcements);
    }

    [Fact]
    public void After_a_session_with_pain_of_4_the_next_asks_about_the_morning_after_and_worse_means_lighter_and_no_progression()
    {
        var chat = KneePainInSession(4);
        SessionFlowTests.DoneToTheEnd(chat);
        chat.Now += TimeSpan.FromDays(1);

        chat.Send("/workout");
        Assert.Contains("How did it feel the morning after", chat.LastText);
        Assert.Contains("pain in your knee (4/10)", chat.LastText);
        chat.Send("5");

        Assert.Equal(Phase.InSession, chat.State.Phase);
        Assert.Contains("Worse the morning after", chat.LastText);
        Assert.Contains("We'll go a little lighter today", chat.LastText);
        Assert.Equal(chat.Now + TimeSpan.FromDays(7), chat.State.Conversation.Memory.NoProgressionUntil);
        Assert.Equal(PainAction.StartedLighterNoProgression, chat.State.Conversation.Memory.PainReports[^1].Action);
        Assert.Null(chat.State.Conversation.Memory.MorningAfter);
    }

    [Fact]
    public void A_morning_after_that_settled_closes_the_report_and_starts_as_planned()
    {
        var chat = KneePainInSession(5);
        SessionFlowTests.DoneToTheEnd(chat);

        chat.Send("/workout");
        chat.Send("1");

        Assert.Equal(Phase.InSession, chat.State.Phase);
        Assert.DoesNotContain("lighter", chat.LastText);
        Assert.Null(chat.State.Conversation.Memory.OpenPain);
        Assert.Null(chat.State.Conversation.Memory.NoProgressionUntil);
    }

    [Theory]
    [InlineData("my hip kind of wobbled")]
    [InlineData("my hip clicks")]
    [InlineData("knee popped")]
    public void A_click_or_a_wobble_only_asks_whether_it_hurts_and_no_never_closes_an_earlier_report(string text)
    {
        var chat = KneePainInSession(4);

        var asked = chat.Send(text);
        Assert.Equal(Phase.AskIfHurts, chat.State.Phase);
        Assert.Equal("Does it hurt?", asked.Replies[0].Text.Plain);
        Assert.DoesNotContain("0 to 10", asked.Replies[0].Text.Plain);
        chat.Press("No, it doesn't hurt");

        Assert.Equal(Phase.InSession, chat.State.Phase);
        Assert.Equal(new PainReport(4, BodyPart.Knee, chat.Now, PainContext.InSession, PainAction.Eased, 1), chat.State.Conversation.Memory.OpenPain);
        Assert.Single(chat.State.Conversation.Memory.PainReports);
        chat.Send("stop");
        chat.Send("/workout");
        Assert.Contains("pain in your knee (4/10)", chat.LastText);
    }

    [Fact]
    public void Yes_it_hurts_asks_for_the_rating()
    {
        var chat = SessionFlowTests.Started();
        chat.Send("my hip clicks");

        chat.Send("yes");
        Assert.Equal(Phase.AskPain, chat.State.Phase);
        chat.Send("2");

        Assert.Equal(Phase.InSession, chat.State.Phase);
        Assert.Equal(new PainReport(2, BodyPart.Hip, chat.Now, PainContext.InSession, PainAction.CarriedOn, 1), chat.State.Conversation.Memory.OpenPain);
    }

    [Fact]
    public void A_zero_after_a_pain_question_that_was_a_false_alarm_closes_nothing()
    {
        var chat = DialogDriver.Onboarded();
        chat.Send("my knee hurts");
        chat.Send("4");

        chat.Send("ouch");
        chat.Send("0");

        Assert.Equal(4, chat.State.Conversation.Memory.OpenPain?.Rating);
        Assert.Equal([4, 0], chat.State.Conversation.Memory.PainReports.Select(p => p.Rating));
    }

    [Fact]
    public void An_idiom_does_not_start_the_pain_questions()
    {
        var chat = SessionFlowTests.Started();

        chat.Send("setting this up is a real pain in the neck");

        Assert.NotEqual(Phase.AskPain, chat.State.Phase);
        Assert.Empty(chat.State.Conversation.Memory.PainReports);
    }

    [Fact]
    public void Outer_hip_pain_leaves_side_lying_exercises_out_of_the_session_under_way()
    {
        var tried = 0;
        foreach (var goal in new[] { "running", "strength", "warm-up", "gentle" })
        {
            var chat = DialogDriver.Onboarded(goal);
            chat.Send("/workout");
            if (!chat.Session.Items.Skip(1).Any(i => Exercises.Get(i.ExerciseId).SideLying))
            {
                continue;
            }

            tried++;
            var count = chat.Session.Items.Count;
            chat.Send("The outside of my hip hurts, 2");

            Assert.Contains("leave out side-lying exercises", chat.LastText);
            Assert.DoesNotContain(chat.Session.Items.Skip(chat.Session.Item), i => Exercises.Get(i.ExerciseId).SideLying);
            Assert.True(chat.Session.Items.Count < count);
            var shown = new List<string>();
            var guard = 0;
            while (chat.State.Conversation.Session is { } session && guard++ < 60)
            {
                shown.Add(session.Current.ExerciseId);
                chat.Press("Done");
            }

            Assert.DoesNotContain(shown, id => Exercises.Get(id).SideLying);
        }

        Assert.True(tried > 0, "no program has a side-lying exercise after the first");
    }

    /// <summary>A session under way in which the person said their knee hurts, and rated it.</summary>
    private static DialogDriver KneePainInSession(int rating)
    {
        var chat = SessionFlowTests.Started();
        chat.Send("my knee hurts");
        chat.Send(rating.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return chat;
    }
}
