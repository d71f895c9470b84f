using HipBand.Coaching.Dialog;
using HipBand.Coaching.Progress;
using HipBand.Coaching.Tests.Support;
using HipBand.Testing;

namespace HipBand.Coaching.Tests.Dialog;

public class SessionFlowTests
{
    [Fact]
    public void Starting_introduces_the_first_exercise_and_gives_set_one_in_one_message()
    {
        var chat = DialogDriver.Onboarded();

        var outcome = chat.Press("Start first session now");

        Assert.Equal(Phase.InSession, chat.State.Phase);
        var reply = Assert.Single(outcome.Replies);
        Assert.Contains("Hip stability for runners · session A", reply.Text.Plain);
        Assert.Contains("1. Loop the band just above your knees", reply.Text.Plain);
        Assert.Contains("Set 1 of 3 · Lateral band walk · 15 steps each way · constant tension · yellow band", reply.Text.Plain);
        Assert.Equal(["✅ Done (15)", "Fewer", "Skip", "❓ How?"], reply.AllButtons.Select(b => b.Label));
        Assert.Contains(outcome.Effects, e => e is SessionStarted { Number: 1, Label: "A" });
    }

    [Fact]
    public void A_logged_set_is_echoed_with_the_rest_and_the_next_set_in_one_message()
    {
        var chat = Started();

        var outcome = chat.Send("15");

        var text = Assert.Single(outcome.Replies).Text.Plain;
        Assert.StartsWith("Logged 15. Rest 45 s, then:", text, StringComparison.Ordinal);
        Assert.Contains("Set 2 of 3 · Lateral band walk", text);
        var logged = Assert.Single(outcome.Effects.OfType<SetLogged>());
        Assert.Equal(("lateral-band-walk", 1, 15, "yellow"), (logged.ExerciseId, logged.SetNumber, logged.Done, logged.Band));
        var timer = Assert.Single(outcome.Effects.OfType<RestTimerWanted>());
        Assert.Equal(chat.Now + TimeSpan.FromSeconds(45), timer.DueAt);
    }

    [Theory]
    [InlineData("done", 15)]
    [InlineData("all", 15)]
    [InlineData("did 12", 12)]
    [InlineData("12/side", 12)]
    [InlineData("12 each", 12)]
    public void Each_way_of_reporting_one_set_logs_one_value(string reply, int expected)
    {
        var chat = Started();

        chat.Send(reply);

        Assert.Equal(expected, Assert.Single(chat.Session.Logged).Done);
        Assert.Equal(1, chat.Session.Set);
    }

    [Fact]
    public void Several_numbers_log_several_sets_and_move_to_the_next_exercise()
    {
        var chat = Started();

        var outcome = chat.Send("12, 10, 8");

        Assert.Equal([12, 10, 8], outcome.Effects.OfType<SetLogged>().Select(s => s.Done));
        Assert.Equal([1, 2, 3], outcome.Effects.OfType<SetLogged>().Select(s => s.SetNumber));
        Assert.Equal((1, 0), (chat.Session.Item, chat.Session.Set));
        Assert.Contains("That's Lateral band walk done.", chat.LastText);
        Assert.Contains("Glute bridge · hip extension", chat.LastText);
        Assert.Contains("Set 1 of 3 · Glute bridge", chat.LastText);
    }

    [Theory]
    [InlineData("-3")]
    [InlineData("0")]
    [InlineData("999")]
    [InlineData("46")]
    public void Implausible_numbers_get_a_question_and_no_log(string reply)
    {
        var chat = Started();
        var before = chat.State;

        var outcome = chat.Send(reply);

        Assert.Same(before, chat.State);
        Assert.Empty(outcome.Effects.OfType<SetLogged>());
        Assert.Contains("How many did you do", chat.LastText);
    }

    [Fact]
    public void Three_times_the_top_of_the_target_is_still_believed()
    {
        var chat = Started();

        chat.Send("45");

        Assert.Equal(45, Assert.Single(chat.Session.Logged).Done);
    }

    [Fact]
    public void More_numbers_than_sets_left_are_questioned_not_logged()
    {
        var chat = Started();

        var outcome = chat.Send("12, 10, 8, 6");

        Assert.Empty(outcome.Effects.OfType<SetLogged>());
        Assert.Contains("You sent 4 numbers, but Lateral band walk has 3 sets left", chat.LastText);
    }

    [Fact]
    public void Skip_logs_a_skipped_set_and_skip_exercise_skips_the_rest_of_it()
    {
        var chat = Started();

        chat.Send("skip");
        var outcome = chat.Send("skip exercise");

        Assert.Equal([null, null, null], chat.Session.Logged.Select(s => s.Done));
        Assert.Equal(2, outcome.Effects.OfType<SetLogged>().Count());
        Assert.Equal(1, chat.Session.Item);
        Assert.StartsWith("Skipped 2 sets. Next:", chat.LastText, StringComparison.Ordinal);
        Assert.DoesNotContain("Rest", chat.LastText);
        Assert.DoesNotContain(outcome.Effects, e => e is RestTimerWanted);
    }

    [Fact]
    public void Too_hard_asks_for_the_count_and_logs_it_as_too_hard()
    {
        var chat = Started();

        chat.Send("too hard");
        Assert.Contains("How many did you do in set 1?", chat.LastText);
        Assert.Empty(chat.Session.Logged);

        var outcome = chat.Send("8");

        var logged = Assert.Single(outcome.Effects.OfType<SetLogged>());
        Assert.Equal((8, Difficulty.TooHard), (logged.Done, logged.Difficulty));
        Assert.Contains("felt too hard", chat.LastText);
    }

    [Fact]
    public void Fewer_button_asks_for_the_count()
    {
        var chat = Started();

        chat.Press("Fewer");
        chat.Send("11");

        Assert.Equal(11, Assert.Single(chat.Session.Logged).Done);
    }

    [Fact]
    public void Too_easy_logs_the_whole_target_and_remembers_the_feeling()
    {
        var chat = Started();

        var outcome = chat.Send("too easy");

        var logged = Assert.Single(outcome.Effects.OfType<SetLogged>());
        Assert.Equal((15, Difficulty.TooEasy), (logged.Done, logged.Difficulty));
    }

    [Fact]
    public void Stop_ends_the_session_and_keeps_what_was_logged()
    {
        var chat = Started();
        chat.Send("15");

        var outcome = chat.Send("stop");

        Assert.Equal(Phase.Idle, chat.State.Phase);
        Assert.Null(chat.State.Conversation.Session);
        Assert.Contains("Session stopped.", chat.LastText);
        Assert.Contains("1 set", chat.LastText);
        Assert.Contains(outcome.Effects, e => e is SessionFinished { Completed: false });
        Assert.Equal(0, chat.State.Conversation.Memory.SessionsCompleted);
        Assert.Equal(1, chat.State.Conversation.Memory.LastSession!.Sets);
    }

    [Fact]
    public void Done_on_every_set_completes_the_session_with_a_summary()
    {
        var chat = Started();

        var outcome = DoneToTheEnd(chat);

        Assert.Equal(Phase.Idle, chat.State.Phase);
        Assert.StartsWith("Session complete", outcome.Replies[0].Text.Plain, StringComparison.Ordinal);
        Assert.Contains("13 sets across 5 exercises", outcome.Replies[0].Text.Plain);
        Assert.Contains(outcome.Effects, e => e is SessionFinished { Number: 1, Completed: true });
        Assert.DoesNotContain(outcome.Effects, e => e is RestTimerWanted);
        Assert.Equal(1, chat.State.Conversation.Memory.SessionsCompleted);
        Assert.Contains("session B", outcome.Replies[^1].Text.Plain);
    }

    [Fact]
    public void The_next_session_rotates()
    {
        var chat = Started();
        DoneToTheEnd(chat);

        var outcome = chat.Send("/workout");

        Assert.Contains(outcome.Effects, e => e is SessionStarted { Number: 2, Label: "B" });
        Assert.Contains("Monster walk", chat.LastText);
    }

    [Fact]
    public void The_summary_says_what_went_better_than_last_time()
    {
        var chat = DialogDriver.Onboarded(goal: "warm-up");
        chat.Send("/workout");
        chat.Send("10");
        chat.Send("10");
        chat.Send("10");
        Assert.Contains("today is your baseline", chat.LastText);

        chat.Send("/workout");
        chat.Send("12");
        chat.Send("10");
        var outcome = chat.Send("11");

        var summary = outcome.Replies[0].Text.Plain;
        Assert.Contains("Better than last time:", summary);
        Assert.Contains("Clamshells: best set 12 (last time 10)", summary);
        Assert.Contains("Glute bridge: best set 11 (last time 10)", summary);
        Assert.DoesNotContain("Lateral band walk:", summary);
    }

    [Fact]
    public void A_button_from_an_earlier_set_logs_nothing()
    {
        var chat = Started();
        var oldDone = chat.Last!.Replies[0].AllButtons.First();
        chat.Send("15");
        var before = chat.State;

        chat.Step(new ButtonInput(oldDone.Data));

        Assert.Same(before, chat.State);
        Assert.Contains("That question has passed.", chat.LastText);
        Assert.Contains("Set 2 of 3", chat.LastText);
    }

    [Fact]
    public void Without_bands_band_exercises_are_replaced_and_no_band_is_named()
    {
        var chat = DialogDriver.Onboarded(goal: "strength", bands: "none");

        chat.Send("/workout");

        var items = chat.Session.Items;
        Assert.All(items, item => Assert.Null(item.Band));
        Assert.DoesNotContain(items, i => i.ExerciseId is "monster-walk" or "lateral-band-walk" or "seated-band-abduction" or "standing-glute-kickback");
        Assert.Contains(items, i => i.ExerciseId == "clamshell" && i.VariantId == "clamshell-no-band");
        Assert.DoesNotContain("band", chat.LastText, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData(MessageKind.Sticker, "I can't read stickers")]
    [InlineData(MessageKind.Photo, "I can't read photos")]
    [InlineData(MessageKind.VoiceMessage, "I can't read voice messages")]
    [InlineData(MessageKind.Other, "I can't read that kind of message")]
    public void Unreadable_input_mid_set_is_answered_kindly_and_changes_nothing(MessageKind kind, string answer)
    {
        var chat = Started();
        var before = chat.State;

        chat.Step(new UnsupportedInput(kind));

        Assert.Same(before, chat.State);
        Assert.Contains(answer, chat.LastText);
        Assert.Contains("Set 1 of 3", chat.LastText);
    }

    [Theory]
    [InlineData("what happened there")]
    [InlineData("🙂")]
    public void An_unclear_reply_gets_a_hint_of_what_to_send(string reply)
    {
        var chat = Started();

        chat.Send(reply);

        Assert.Empty(chat.Session.Logged);
        Assert.Contains("Reply with the reps you did", chat.LastText);
        Assert.Contains("Set 1 of 3", chat.LastText);
    }

    [Fact]
    public void A_five_thousand_character_message_is_not_logged()
    {
        var chat = Started();

        chat.Send(new string('5', 5000));

        Assert.Empty(chat.Session.Logged);
        Assert.Contains("didn't catch that", chat.LastText);
    }

    [Fact]
    public void Timed_exercises_log_seconds()
    {
        var chat = DialogDriver.Onboarded(goal: "strength");
        chat.Send("/workout");

        var outcome = chat.Send("done");

        Assert.Equal(60, Assert.Single(outcome.Effects.OfType<SetLogged>()).Done);
        Assert.StartsWith("Logged 60 s.", chat.LastText, StringComparison.Ordinal);
    }

    [Fact]
    public void The_dialog_is_deterministic()
    {
        var first = Started();
        var second = Started();

        var a = first.Send("12, 10");
        var b = second.Send("12, 10");

        Assert.Equal(a.Replies.Select(r => r.Text.Plain), b.Replies.Select(r => r.Text.Plain));
        Assert.Equal(a.Effects, b.Effects);
    }

    [Fact]
    public void A_session_stopped_before_anything_was_answered_does_not_move_the_rotation_on()
    {
        var chat = Started();
        Assert.Equal("A", chat.Session.Label);
        chat.Send("stop");

        chat.Send("/workout");
        Assert.Equal("A", chat.Session.Label);
        Assert.Equal(2, chat.Session.Number);
        chat.Send("15");
        chat.Send("stop");

        chat.Send("/workout");
        Assert.Equal("B", chat.Session.Label);
    }

    [Fact]
    public void Next_asks_whether_the_set_was_done_or_skipped_and_logs_nothing()
    {
        var chat = Started();
        var before = chat.State;

        var outcome = chat.Send("next");

        Assert.Same(before, chat.State);
        Assert.Empty(outcome.Effects.OfType<SetLogged>());
        Assert.Contains("Did you do this set, or skip it?", chat.LastText);
        Assert.Contains(outcome.Replies[0].AllButtons, b => b.Label == "Skip");
    }

    [Fact]
    public void A_result_far_below_the_target_is_asked_once_then_logged_as_said()
    {
        var chat = Started();

        var asked = chat.Send("1");
        Assert.Empty(asked.Effects.OfType<SetLogged>());
        Assert.StartsWith("Just 1? The target is 15 steps each way.", chat.LastText, StringComparison.Ordinal);

        var logged = chat.Press("Yes, 1");
        Assert.Equal(1, Assert.Single(logged.Effects.OfType<SetLogged>()).Done);
        Assert.Null(chat.Session.Confirming);
    }

    [Fact]
    public void A_different_number_after_the_question_is_the_answer()
    {
        var chat = Started();
        chat.Send("1");

        var logged = chat.Send("11");

        Assert.Equal(11, Assert.Single(logged.Effects.OfType<SetLogged>()).Done);
    }

    [Fact]
    public void Couldnt_do_any_logs_zero_kindly_and_offers_a_lighter_version()
    {
        var chat = Started();

        var outcome = chat.Send("couldn't do any");

        var set = Assert.Single(outcome.Effects.OfType<SetLogged>());
        Assert.Equal((0, Difficulty.TooHard), (set.Done, set.Difficulty));
        Assert.StartsWith("That's OK: some days a set just won't go.", chat.LastText, StringComparison.Ordinal);
        Assert.Contains(outcome.Replies[0].AllButtons, b => b.Label == "Make it lighter");
    }

    [Fact]
    public void After_an_exercises_last_set_one_optional_tap_says_how_it_felt()
    {
        var chat = Started();
        chat.Send("done");
        chat.Send("done");
        var moved = chat.Send("done");
        Assert.Equal(["😌 Easy", "🙂 Good", "😮‍💨 Hard"], moved.Replies[0].Buttons[0].Select(b => b.Label));

        chat.Press("Hard");

        Assert.Equal(Effort.Hard, chat.Session.Efforts[0]);
        Assert.Null(chat.Session.EffortOf);
        Assert.Contains("Noted: hard.", chat.LastText);
        Assert.Contains("Set 1 of", chat.LastText);
        chat.Send("hard");
        Assert.DoesNotContain("Noted", chat.LastText);
    }

    [Fact]
    public void The_effort_question_is_never_asked_in_the_warm_up()
    {
        var chat = DialogDriver.Onboarded("warm-up", "yellow");
        chat.Send("/workout");

        var guard = 0;
        while (chat.State.Conversation.Session is { } session && guard++ < 40)
        {
            Assert.Null(session.EffortOf);
            chat.Send("done");
        }
    }

    internal static DialogDriver Started()
    {
        var chat = DialogDriver.Onboarded();
        chat.Send("/workout");
        return chat;
    }

    internal static Outcome DoneToTheEnd(DialogDriver chat)
    {
        Outcome outcome;
        var guard = 0;
        do
        {
            outcome = chat.Send("done");
            Assert.True(++guard < 100, "the session never ended");
        }
        while (chat.State.Phase == Phase.InSession);

        return outcome;
    }
}
