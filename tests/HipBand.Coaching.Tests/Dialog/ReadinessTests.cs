using HipBand.Coaching.Catalog;
using HipBand.Coaching.Dialog;
using HipBand.Coaching.Safety;
using HipBand.Coaching.Scheduling;
using HipBand.Coaching.Tests.Support;

namespace HipBand.Coaching.Tests.Dialog;

/// <summary>Readiness said in words at any point leads to a clinician's OK; until it covers more, the gentle program.</summary>
public class ReadinessTests
{
    [Theory]
    [InlineData("I had knee surgery three weeks ago", ReadinessSign.RecentSurgery)]
    [InlineData("I'm pregnant", ReadinessSign.Pregnancy)]
    [InlineData("my doctor told me not to exercise for now", ReadinessSign.DoctorSaidNo)]
    [InlineData("tore my hamstring two weeks ago", ReadinessSign.RecentInjury)]
    public void A_readiness_statement_at_the_goal_question_leads_to_the_clinicians_ok(string text, ReadinessSign sign)
    {
        var chat = AtGoal();

        var outcome = chat.Send(text);

        Assert.Equal(Phase.AwaitClearance, chat.State.Phase);
        Assert.Contains("Thank you for telling me", outcome.Replies[0].Text.Plain);
        Assert.Contains(outcome.Replies[0].AllButtons, b => b.Label == "✅ I have their OK");
        Assert.Equal(new ReadinessAnswer(true, chat.Now, Sign: sign), chat.State.Conversation.Memory.Readiness);
        Assert.Equal(new ReadinessAnswer(false, chat.Now), Assert.Single(chat.State.Conversation.Memory.EarlierReadiness));
        Assert.Null(chat.State.Profile.Goal);
    }

    [Theory]
    [InlineData("My surgeon said I can do light band work")]
    [InlineData("my physio said it's fine")]
    [InlineData("yes, cleared")]
    [InlineData("my surgeon OKed light band work")]
    public void A_clearance_in_words_is_understood_and_goes_on_gently(string words)
    {
        var chat = AtGoal();
        chat.Send("I had knee surgery three weeks ago");

        chat.Send(words);

        Assert.Equal(Phase.AskBands, chat.State.Phase);
        Assert.Equal(Goal.Gentle, chat.State.Profile.Goal);
        Assert.Equal(chat.Now, chat.State.Conversation.Memory.Readiness!.ClearedAt);
    }

    [Fact]
    public void Injury_and_clearance_in_one_message_is_cleared_at_once()
    {
        var chat = AtGoal();

        chat.Send("had hip surgery last month but my physio said light band work is fine");

        Assert.Equal(Phase.AskBands, chat.State.Phase);
        Assert.Equal(Goal.Gentle, chat.State.Profile.Goal);
        Assert.Equal(ReadinessSign.RecentSurgery, chat.State.Conversation.Memory.Readiness!.Sign);
    }

    [Fact]
    public void Cleared_only_for_the_gentle_program_goal_explains_and_keeps_it()
    {
        var chat = ClearedGentle();

        chat.Send("/goal");
        Assert.Contains("we keep to the gentle program", chat.LastText);
        chat.Send("running");

        Assert.Equal(Goal.Gentle, chat.State.Profile.Goal);
        Assert.Equal(Phase.Idle, chat.State.Phase);
        Assert.Contains("we keep to the gentle program", chat.LastText);
    }

    [Fact]
    public void Once_fully_cleared_any_goal_may_be_picked_and_the_days_fit_the_new_program()
    {
        var chat = ClearedGentle();
        Assert.Equal(Weekdays.Every, chat.State.Profile.Days);

        chat.Send("/goal");
        chat.Press("cleared for full training");
        var outcome = chat.Send("running");

        Assert.Equal(Goal.Running, chat.State.Profile.Goal);
        Assert.Equal(4, chat.State.Profile.Days.Count());
        Assert.False(chat.State.Profile.Days.HasBackToBackDays() && chat.State.Profile.Days.Count() < 4);
        Assert.Contains("trains 2-4 days a week, so your days are now Mon, Tue, Thu, Sat", chat.LastText);
        Assert.Contains(outcome.Effects, e => e is ScheduleChanged { Schedule.Days: var days } && days.Count() == 4);
        Assert.NotNull(chat.State.Conversation.Memory.Readiness!.FullyClearedAt);
    }

    [Fact]
    public void Pregnancy_said_mid_session_ends_it_and_training_waits_for_the_ok()
    {
        var chat = SessionFlowTests.Started();

        var outcome = chat.Send("oh I should say, I'm pregnant");

        Assert.Null(chat.State.Conversation.Session);
        Assert.Equal(Phase.AwaitClearance, chat.State.Phase);
        Assert.Contains("doctor or midwife", outcome.Replies[0].Text.Plain);
        Assert.Contains(outcome.Effects, e => e is SessionFinished { Completed: false });
        chat.Press("I'll check first");
        Assert.Equal(Phase.Idle, chat.State.Phase);
        Assert.Empty(chat.Step(new ReminderDue(chat.Now)).Replies);

        chat.Send("/workout");
        Assert.Equal(Phase.AwaitClearance, chat.State.Phase);
        Assert.Null(chat.State.Conversation.Session);
        chat.Send("my midwife said it's fine");
        Assert.Equal(Goal.Gentle, chat.State.Profile.Goal);
        Assert.Equal(Phase.Idle, chat.State.Phase);
    }

    [Fact]
    public void Chest_pain_when_running_said_in_a_session_is_a_red_flag_not_history()
    {
        var chat = SessionFlowTests.Started();

        chat.Send("I get chest pain when I run");

        Assert.Equal(RedFlagSign.ChestPain, chat.State.Conversation.Memory.ActiveHold?.Reason);
    }

    [Fact]
    public void A_goal_change_brings_daily_training_within_the_new_programs_limits_in_one_line()
    {
        var chat = new DialogDriver();
        foreach (var line in new[] { "/start", "no", "gentle", "yellow", "daily", "07:30", "UTC" })
        {
            chat.Send(line);
        }

        chat.Send("/goal");
        var outcome = chat.Send("warm-up");

        Assert.Equal(6, chat.State.Profile.Days.Count());
        Assert.Single(outcome.Replies);
        Assert.Contains("so your days are now", chat.LastText);
        Assert.Contains(outcome.Effects, e => e is ScheduleChanged);
    }

    private static DialogDriver AtGoal()
    {
        var chat = new DialogDriver();
        chat.Send("/start");
        chat.Send("no");
        return chat;
    }

    private static DialogDriver ClearedGentle()
    {
        var chat = AtGoal();
        foreach (var line in new[] { "I had knee surgery three weeks ago", "my surgeon said light band work is fine", "yellow", "daily", "07:30", "UTC" })
        {
            chat.Send(line);
        }

        return chat;
    }
}
