using HipBand.Coaching.Catalog;
using HipBand.Coaching.Dialog;
using HipBand.Coaching.Scheduling;
using HipBand.Coaching.Tests.Support;
using HipBand.Testing;

namespace HipBand.Coaching.Tests.Dialog;

public class CommandsTests
{
    [Fact]
    public void Help_lists_the_commands_the_medical_note_and_repeats_the_open_question()
    {
        var chat = SessionFlowTests.Started();
        var before = chat.State;

        var outcome = chat.Send("/help");

        Assert.Same(before, chat.State);
        Assert.Equal(2, outcome.Replies.Count);
        Assert.Contains("/workout", outcome.Replies[0].Text.Plain);
        Assert.Contains("not medical advice", outcome.Replies[0].Text.Plain);
        Assert.Contains("Set 1 of 3", outcome.Replies[1].Text.Plain);
    }

    [Fact]
    public void Stats_before_and_after_a_session()
    {
        var chat = DialogDriver.Onboarded();
        chat.Send("/stats");
        Assert.Contains("No sessions logged yet", chat.LastText);

        chat.Send("/workout");
        SessionFlowTests.DoneToTheEnd(chat);
        chat.Send("/stats");

        Assert.Contains("This week: 1 of 3 sessions", chat.LastText);
        Assert.Contains("Sessions completed: 1 (last: Mon 16 Nov, 13 sets", chat.LastText);
        Assert.Contains("• Glute bridge: no band yet · 15", chat.LastText);
        Assert.Contains(chat.Last!.Replies[0].Text.Spans, s => s.Style == SpanStyle.Pre && s.Text.Contains('█'));
    }

    [Fact]
    public void Pause_and_resume_turn_the_reminders_off_and_on()
    {
        var chat = DialogDriver.Onboarded();

        var paused = chat.Send("/pause");
        Assert.True(chat.State.Profile.Paused);
        Assert.Equal(new ScheduleChanged(null), Assert.Single(paused.Effects));

        var resumed = chat.Send("/resume");
        Assert.False(chat.State.Profile.Paused);
        Assert.Equal(chat.State.Profile.Schedule, Assert.IsType<ScheduleChanged>(Assert.Single(resumed.Effects)).Schedule);
        Assert.Contains("Reminders back on", chat.LastText);
    }

    [Fact]
    public void Pause_twice_says_so_and_changes_nothing()
    {
        var chat = DialogDriver.Onboarded();
        chat.Send("/pause");

        var again = chat.Send("/pause");

        Assert.Empty(again.Effects);
        Assert.Contains("already paused", chat.LastText);
    }

    [Fact]
    public void Schedule_walks_days_time_and_zone_then_returns_to_idle()
    {
        var chat = DialogDriver.Onboarded();

        chat.Send("/schedule");
        Assert.Equal((Phase.AskDays, Flow.Editing), (chat.State.Phase, chat.State.Conversation.Flow));
        chat.Send("Tue Thu");
        chat.Send("18:00");
        Assert.Contains(chat.Last!.Replies.SelectMany(r => r.AllButtons), b => b.Label == "Keep Europe/Berlin");
        var outcome = chat.Press("Keep Europe/Berlin");

        Assert.Equal(Phase.Idle, chat.State.Phase);
        var expected = new Schedule(Weekdays.Tuesday | Weekdays.Thursday, new TimeOnly(18, 0), "Europe/Berlin");
        Assert.Equal(expected, Assert.IsType<ScheduleChanged>(Assert.Single(outcome.Effects)).Schedule);
        Assert.Contains("Schedule saved: Tue, Thu at 18:00 (Europe/Berlin)", chat.LastText);
    }

    [Fact]
    public void A_changed_zone_while_travelling_is_saved()
    {
        var chat = DialogDriver.Onboarded();

        chat.Send("/schedule");
        chat.Send("Mon Wed Fri");
        chat.Send("07:30");
        chat.Send("Tokyo");

        Assert.Equal("Asia/Tokyo", chat.State.Profile.TimeZone);
    }

    [Fact]
    public void Cancel_while_editing_changes_nothing()
    {
        var chat = DialogDriver.Onboarded();
        var profile = chat.State.Profile;

        chat.Send("/goal");
        chat.Press("Cancel");

        Assert.Equal(Phase.Idle, chat.State.Phase);
        Assert.Equal(profile, chat.State.Profile);
        Assert.Contains("nothing changed", chat.LastText);
    }

    [Fact]
    public void Goal_and_bands_can_be_changed_later()
    {
        var chat = DialogDriver.Onboarded();

        chat.Send("/goal");
        chat.Send("gentle");
        chat.Send("/bands");
        chat.Send("red, blue");

        Assert.Equal(Goal.Gentle, chat.State.Profile.Goal);
        Assert.Equal(["red", "blue"], chat.State.Profile.Bands);
        Assert.Equal(Phase.Idle, chat.State.Phase);
    }

    [Fact]
    public void Setup_commands_mid_session_ask_to_finish_first()
    {
        var chat = SessionFlowTests.Started();
        var before = chat.State;

        chat.Send("/goal");

        Assert.Same(before, chat.State);
        Assert.Contains("finish or stop this session first", chat.LastText);
    }

    [Fact]
    public void Cancel_mid_session_ends_it_keeping_the_logs()
    {
        var chat = SessionFlowTests.Started();
        chat.Send("15");

        var outcome = chat.Send("/cancel");

        Assert.Equal(Phase.Idle, chat.State.Phase);
        Assert.Contains(outcome.Effects, e => e is SessionFinished { Completed: false });
    }

    [Fact]
    public void Stop_with_no_session_points_to_pause()
    {
        var chat = DialogDriver.Onboarded();

        chat.Send("/stop");

        Assert.Contains("To stop reminders, use /pause", chat.LastText);
    }

    [Fact]
    public void Workout_mid_session_shows_where_we_are()
    {
        var chat = SessionFlowTests.Started();
        chat.Send("15");

        var outcome = chat.Send("/workout");

        Assert.DoesNotContain(outcome.Effects, e => e is SessionStarted);
        Assert.Contains("Set 2 of 3", chat.LastText);
    }

    [Fact]
    public void An_unknown_command_names_help()
    {
        var chat = DialogDriver.Onboarded();

        chat.Send("/dance");

        Assert.Contains("I don't know /dance. /help lists what I can do.", chat.LastText);
    }

    public static TheoryData<string> Inputs => new()
    {
        "/start", "/workout", "/schedule", "/goal", "/bands", "/stats", "/pause", "/resume", "/help", "/cancel",
        "/stop", "/nonsense", "15", "-3", "999", "done", "skip", "🙂", "stop", "", new string('x', 5000), "0",
        "my knee hurts", "8", "I feel dizzy and my chest hurts", "no pain, all good", "/export", "/delete", "yes", "no",
    };

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Every_input_in_every_state_gets_a_reply_and_never_throws(string input)
    {
        foreach (var chat in ChatsInEveryPhase())
        {
            var outcome = chat.Send(input);

            Assert.NotEmpty(outcome.Replies);
            Assert.All(outcome.Replies, r => Assert.False(string.IsNullOrWhiteSpace(r.Text.Plain)));
        }

        foreach (var chat in ChatsInEveryPhase())
        {
            Assert.NotEmpty(chat.Step(new UnsupportedInput(MessageKind.VoiceMessage)).Replies);
            Assert.NotEmpty(chat.Step(new ButtonInput("nonsense|data")).Replies);
            Assert.NotEmpty(chat.Step(new ButtonInput("")).Replies);
        }
    }

    private static IEnumerable<DialogDriver> ChatsInEveryPhase()
    {
        var script = new[] { "/start", "no", "running", "none", "Mon Wed Fri", "07:30", "UTC", "/workout", "12", "fewer" };
        for (var steps = 0; steps <= script.Length; steps++)
        {
            var chat = new DialogDriver();
            foreach (var line in script.Take(steps))
            {
                chat.Send(line);
            }

            yield return chat;
        }

        var editing = DialogDriver.Onboarded();
        editing.Send("/schedule");
        yield return editing;

        var askingPain = SessionFlowTests.Started();
        askingPain.Send("ouch");
        yield return askingPain;

        var awaitingClearance = new DialogDriver();
        awaitingClearance.Send("/start");
        awaitingClearance.Send("yes");
        yield return awaitingClearance;

        var confirmingDelete = DialogDriver.Onboarded();
        confirmingDelete.Send("/delete");
        yield return confirmingDelete;
    }
}
