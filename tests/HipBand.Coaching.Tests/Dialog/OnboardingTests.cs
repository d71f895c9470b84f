using HipBand.Coaching.Catalog;
using HipBand.Coaching.Dialog;
using HipBand.Coaching.Scheduling;
using HipBand.Coaching.Tests.Support;
using HipBand.Testing;

namespace HipBand.Coaching.Tests.Dialog;

public class OnboardingTests
{
    [Theory]
    [InlineData("/start")]
    [InlineData("hi")]
    [InlineData("15")]
    public void A_new_chat_is_welcomed_with_the_medical_note_and_asked_the_readiness_question(string first)
    {
        var chat = new DialogDriver();

        var outcome = chat.Send(first);

        Assert.Equal(Phase.AskReadiness, chat.State.Phase);
        var reply = Assert.Single(outcome.Replies);
        Assert.Contains("not medical advice", reply.Text.Plain);
        Assert.Contains("a doctor told you not to exercise", reply.Text.Plain);
        Assert.InRange(reply.Text.Plain.Length, 1, 400);
        Assert.Contains("Does any of these apply to you?", reply.Text.Plain);
        Assert.DoesNotContain("What are you training for?", reply.Text.Plain);
        Assert.Equal(["⚠️ Yes, one applies", "No, none of these"], reply.AllButtons.Select(b => b.Label));
    }

    [Fact]
    public void No_to_the_readiness_question_is_kept_with_its_time_and_asks_the_goal()
    {
        var chat = new DialogDriver();
        chat.Send("/start");

        chat.Press("No, none of these");

        Assert.Equal(Phase.AskGoal, chat.State.Phase);
        Assert.Equal(new ReadinessAnswer(false, chat.Now), chat.State.Conversation.Memory.Readiness);
        Assert.Contains("What are you training for?", chat.LastText);
    }

    [Theory]
    [InlineData("running")]
    [InlineData("pizza")]
    public void Anything_but_yes_or_no_at_the_readiness_question_asks_it_again_and_records_nothing(string text)
    {
        var chat = new DialogDriver();
        chat.Send("/start");

        chat.Send(text);

        Assert.Equal(Phase.AskReadiness, chat.State.Phase);
        Assert.Null(chat.State.Conversation.Memory.Readiness);
        Assert.Null(chat.State.Profile.Goal);
        Assert.Contains("Please answer yes or no", chat.LastText);
    }

    [Fact]
    public void The_goal_can_be_pressed_or_typed()
    {
        var pressed = new DialogDriver();
        pressed.Send("/start");
        pressed.Send("no");
        pressed.Press("Stronger hips");

        var typed = new DialogDriver();
        typed.Send("/start");
        typed.Send("no");
        typed.Send("stronger hips");

        Assert.Equal(Goal.Strength, pressed.State.Profile.Goal);
        Assert.Equal(Goal.Strength, typed.State.Profile.Goal);
        Assert.Equal(Phase.AskBands, pressed.State.Phase);
        Assert.Contains("Which bands do you own?", pressed.LastText);
    }

    [Fact]
    public void An_unknown_goal_gets_a_hint_and_the_question_again()
    {
        var chat = new DialogDriver();
        chat.Send("/start");
        chat.Send("no");
        var before = chat.State;

        chat.Send("pizza");

        Assert.Same(before, chat.State);
        Assert.Contains("type running, stronger hips, warm-up or gentle", chat.LastText);
        Assert.Contains("What are you training for?", chat.LastText);
    }

    [Fact]
    public void Bands_are_saved_lightest_first_and_none_means_band_free()
    {
        var chat = new DialogDriver();
        chat.Send("/start");
        chat.Send("no");
        chat.Send("running");

        chat.Send("none");

        Assert.Equal([], chat.State.Profile.Bands);
        Assert.Contains("band-free", chat.LastText);
        Assert.Equal(Phase.AskDays, chat.State.Phase);
    }

    [Fact]
    public void Running_refuses_one_day_a_week_and_explains_the_range()
    {
        var chat = AtDays("running");

        chat.Send("Mon");

        Assert.Equal(Phase.AskDays, chat.State.Phase);
        Assert.Contains("pick 2 to 4 days", chat.LastText);
    }

    [Fact]
    public void Gentle_may_train_daily()
    {
        var chat = AtDays("gentle");
        Assert.Contains(chat.Last!.Replies.SelectMany(r => r.AllButtons), b => b.Label == "Every day");

        chat.Press("Every day");

        Assert.Equal(Weekdays.Every, chat.State.Profile.Days);
        Assert.Equal(Phase.AskTime, chat.State.Phase);
    }

    [Fact]
    public void Back_to_back_days_are_accepted_with_a_tip()
    {
        var chat = AtDays("strength");

        chat.Send("Mon Tue");

        Assert.Equal(Phase.AskTime, chat.State.Phase);
        Assert.Contains("rest day between", chat.LastText);
    }

    [Fact]
    public void A_bad_time_and_a_bad_zone_each_get_a_hint()
    {
        var chat = AtDays("running");
        chat.Send("Mon Wed Fri");

        chat.Send("25:99");
        Assert.Equal(Phase.AskTime, chat.State.Phase);
        Assert.Contains("Type a time like", chat.LastText);

        chat.Send("07:30");
        chat.Send("Atlantis");
        Assert.Equal(Phase.AskZone, chat.State.Phase);
        Assert.Contains("didn't recognise that place", chat.LastText);
    }

    [Fact]
    public void The_last_answer_finishes_setup_schedules_reminders_and_offers_the_first_session()
    {
        var chat = DialogDriver.Onboarded();

        Assert.Equal(Phase.Idle, chat.State.Phase);
        Assert.Equal(chat.Now, chat.State.Profile.OnboardedAt);
        var change = Assert.IsType<ScheduleChanged>(Assert.Single(chat.Last!.Effects));
        Assert.Equal(new Schedule(Weekdays.Monday | Weekdays.Wednesday | Weekdays.Friday, new TimeOnly(7, 30), "Europe/Berlin"), change.Schedule);
        Assert.Contains("All set.", chat.LastText);
        Assert.Contains("Mon, Wed, Fri at 07:30 (Europe/Berlin)", chat.LastText);
        Assert.Contains(chat.Last.Replies.SelectMany(r => r.AllButtons), b => b.Label.Contains("Start first session now", StringComparison.Ordinal));
    }

    [Fact]
    public void A_button_from_an_earlier_question_changes_nothing()
    {
        var chat = new DialogDriver();
        chat.Send("/start");
        chat.Send("no");
        var goalButton = chat.Last!.Replies[0].AllButtons.First();
        chat.Send("running");
        var before = chat.State;

        chat.Step(new ButtonInput(goalButton.Data));

        Assert.Same(before, chat.State);
        Assert.Contains("That question has passed.", chat.LastText);
        Assert.Contains("Which bands do you own?", chat.LastText);
    }

    [Fact]
    public void Workout_before_setup_is_finished_asks_the_open_question_first()
    {
        var chat = AtDays("running");

        chat.Send("/workout");

        Assert.Equal(Phase.AskDays, chat.State.Phase);
        Assert.Contains("finish setting you up first", chat.LastText);
        Assert.Contains("Which days", chat.LastText);
    }

    [Fact]
    public void Start_in_the_middle_of_setup_picks_up_where_it_left_off()
    {
        var chat = AtDays("running");

        chat.Send("/start");

        Assert.Equal(Phase.AskDays, chat.State.Phase);
        Assert.Equal(Goal.Running, chat.State.Profile.Goal);
        Assert.Contains("Welcome back", chat.LastText);
    }

    [Fact]
    public void Cancel_during_setup_keeps_the_answers_so_far()
    {
        var chat = AtDays("running");

        chat.Send("/cancel");
        chat.Send("Tue Thu");

        Assert.Equal(Goal.Running, chat.State.Profile.Goal);
        Assert.Equal(Weekdays.Tuesday | Weekdays.Thursday, chat.State.Profile.Days);
    }

    private static DialogDriver AtDays(string goal)
    {
        var chat = new DialogDriver();
        chat.Send("/start");
        chat.Send("no");
        chat.Send(goal);
        chat.Send("yellow, green, black");
        return chat;
    }
}
