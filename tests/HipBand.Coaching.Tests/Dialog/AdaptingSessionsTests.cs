using HipBand.Coaching.Catalog;
using HipBand.Coaching.Dialog;
using HipBand.Coaching.Progress;
using HipBand.Coaching.Tests.Support;

namespace HipBand.Coaching.Tests.Dialog;

/// <summary>Sessions that adapt like a coach: bodyweight first, units that follow the exercise, form, effort, short openings.</summary>
public class AdaptingSessionsTests
{
    /// <summary>Every text of one whole session of "done" taps, from /workout to the summary.</summary>
    private static List<string> DoneSession(DialogDriver chat)
    {
        var said = new List<string> { chat.Send("/workout").Replies.Aggregate("", (all, r) => all + r.Text.Plain + "\n") };
        for (var guard = 0; chat.State.Conversation.Session is not null && guard < 60; guard++)
        {
            said.Add(string.Join("\n", chat.Send("done").Replies.Select(r => r.Text.Plain)));
        }

        return said;
    }

    [Fact]
    public void A_runner_starts_band_optional_exercises_without_a_band_and_band_walks_with_the_lightest()
    {
        var chat = DialogDriver.Onboarded("running", "yellow, green, black");

        chat.Send("/workout");

        var items = chat.Session.Items.ToDictionary(i => i.ExerciseId);
        Assert.Equal("yellow", items["lateral-band-walk"].Band);
        Assert.Null(items["glute-bridge"].Band);
        Assert.Null(items["side-leg-lift-standing"].Band);
        Assert.Equal(new SetTarget(DoseUnit.Reps, 3, 15, 15) { Aim = 15 }, items["glute-bridge"].Target);
    }

    [Fact]
    public void Stats_say_a_bodyweight_start_has_no_band_yet_and_a_band_walk_its_band()
    {
        var chat = DialogDriver.Onboarded("running", "yellow, green, black");
        DoneSession(chat);

        chat.Send("/stats");

        Assert.Contains("• Glute bridge: no band yet · 15", chat.LastText);
        Assert.Contains("• Lateral band walk: yellow band · 15", chat.LastText);
    }

    [Fact]
    public void Stronger_hips_follows_the_band_article_and_starts_banded()
    {
        var chat = DialogDriver.Onboarded("strength", "yellow, green, black");

        chat.Send("/workout");

        Assert.All(chat.Session.Items, item => Assert.Equal("yellow", item.Band));
        Assert.Equal((15, 20), (chat.Session.Items.Single(i => i.ExerciseId == "glute-bridge").Target.Min, chat.Session.Items.Single(i => i.ExerciseId == "glute-bridge").Target.Max));
    }

    [Fact]
    public void I_dont_have_any_bands_gives_a_whole_session_without_a_single_band_word()
    {
        foreach (var goal in new[] { "strength", "running" })
        {
            var chat = DialogDriver.Onboarded(goal, "I don't have any bands");

            var said = DoneSession(chat);

            Assert.True(said.Count > 10, goal);
            Assert.DoesNotContain(said, text => text.Contains("band", StringComparison.OrdinalIgnoreCase));
        }
    }

    [Fact]
    public void Reps_typed_on_a_timed_set_are_asked_again_in_seconds_and_seconds_on_a_counted_set_in_reps()
    {
        var chat = DialogDriver.Onboarded("strength");
        chat.Send("/workout");
        Assert.Equal("monster-walk", chat.Session.Current.ExerciseId);

        var reps = chat.Send("12 reps");
        Assert.Empty(reps.Effects.OfType<SetLogged>());
        Assert.Contains("held for time", chat.LastText);

        var seconds = chat.Send("45 s");
        Assert.Equal(45, Assert.Single(seconds.Effects.OfType<SetLogged>()).Done);

        chat.Send("60");
        chat.Send("60");
        Assert.Equal("lateral-band-walk", chat.Session.Current.ExerciseId);
        var onCounted = chat.Send("30 seconds");
        Assert.Empty(onCounted.Effects.OfType<SetLogged>());
        Assert.Contains("counted in reps", chat.LastText);
    }

    [Fact]
    public void Without_a_band_a_result_far_above_the_target_never_speaks_of_a_heavier_band()
    {
        var chat = DialogDriver.Onboarded("running", "none");
        chat.Send("/workout");

        chat.Send("999");

        Assert.Contains("far above the target", chat.LastText);
        Assert.DoesNotContain("band", chat.LastText, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("I can't do the full range")]
    [InlineData("my hip hikes")]
    [InlineData("my knees keep caving in")]
    [InlineData("losing form")]
    public void Form_breaking_down_drops_to_a_lighter_band_and_counts_as_too_hard(string said)
    {
        var onboarded = DialogDriver.Onboarded("strength");
        var memory = onboarded.State.Conversation.Memory with { Levels = new Dictionary<string, ExerciseLevel> { ["monster-walk"] = new() { Band = 1 } } };
        var chat = new DialogDriver(onboarded.State with { Conversation = onboarded.State.Conversation with { Memory = memory } }, onboarded.Now);
        chat.Send("/workout");
        Assert.Equal("green", chat.Session.Current.Band);

        chat.Send(said);

        Assert.Equal("yellow", chat.Session.Current.Band);
        Assert.Contains("yellow band", chat.LastText);
        var logged = Assert.Single(chat.Send("done").Effects.OfType<SetLogged>());
        Assert.Equal(Difficulty.TooHard, logged.Difficulty);
    }

    [Fact]
    public void The_exercise_that_ends_a_session_gets_its_effort_tap_on_the_summary_and_easy_steps_further()
    {
        var tapped = DialogDriver.Onboarded("running");
        var untapped = DialogDriver.Onboarded("running");
        DoneSession(tapped);
        DoneSession(untapped);
        Assert.Contains(tapped.Last!.Replies[0].AllButtons, b => b.Label.Contains("Easy"));
        var stored = HipBand.Coaching.Storage.ConversationJson.Write(tapped.State.Conversation);
        var read = HipBand.Coaching.Storage.ConversationJson.Read(stored);
        Assert.Equal(stored, HipBand.Coaching.Storage.ConversationJson.Write(read));
        Assert.Equal(tapped.State.Conversation.Memory.PendingEffort!.Result.Done, read.Memory.PendingEffort!.Result.Done);

        tapped.Press("Easy");

        Assert.Contains("Noted: easy", tapped.LastText);
        Assert.Contains("Couch stretch", tapped.LastText);
        Assert.Equal(70, untapped.State.Conversation.Memory.Levels["couch-stretch"].Aim);
        Assert.Equal(80, tapped.State.Conversation.Memory.Levels["couch-stretch"].Aim);
        Assert.Null(tapped.State.Conversation.Memory.PendingEffort);
        Assert.Contains(tapped.State.Conversation.Memory.Announcements, c => c.ExerciseId == "couch-stretch" && c.Amount == 80);
    }

    [Fact]
    public void A_summary_effort_button_is_stale_once_the_next_session_has_started()
    {
        var chat = DialogDriver.Onboarded("running");
        DoneSession(chat);
        var easy = chat.Last!.Replies[0].AllButtons.First(b => b.Label.Contains("Easy"));
        chat.Send("/workout");
        var before = chat.State.Conversation.Memory.Levels;

        chat.Step(new ButtonInput(easy.Data));

        Assert.Same(before, chat.State.Conversation.Memory.Levels);
        Assert.DoesNotContain("Noted: easy", chat.LastText);
    }

    [Fact]
    public void The_warm_up_asks_no_effort_even_at_its_end()
    {
        var chat = DialogDriver.Onboarded("warm-up");

        DoneSession(chat);

        Assert.DoesNotContain(chat.Last!.Replies.SelectMany(r => r.AllButtons), b => b.Label.Contains("Easy"));
        Assert.Null(chat.State.Conversation.Memory.PendingEffort);
    }

    [Fact]
    public void A_tempo_code_is_explained_the_first_time_it_appears_and_never_again()
    {
        var chat = DialogDriver.Onboarded("strength");
        var said = new List<string>();
        for (var session = 0; session < 2; session++)
        {
            said.AddRange(DoneSession(chat));
        }

        var all = string.Join("\n", said);
        Assert.Equal(1, Count(all, "Tempo 2-2-2: 2 s out, 2 s hold, 2 s back"));
        Assert.Equal(1, Count(all, "Tempo 2-1-2: 2 s out, 1 s hold, 2 s back"));
        Assert.Equal(1, Count(all, "Tempo 1-0-1: 1 s out, no hold, 1 s back"));
    }

    [Fact]
    public void Once_an_exercise_is_known_a_session_opens_on_one_screen_with_its_steps_behind_how()
    {
        var chat = DialogDriver.Onboarded("strength");
        var first = DoneSession(chat)[0];
        DoneSession(chat);

        var start = chat.Send("/workout").Replies[^1];

        Assert.Contains("1. Put the band around both legs", first);
        Assert.DoesNotContain("1. Put the band around both legs", start.Text.Plain);
        Assert.Contains("Monster walk", start.Text.Plain);
        Assert.True(start.Text.Plain.Length <= 500, $"{start.Text.Plain.Length}: {start.Text.Plain}");
        chat.Press("How?");
        Assert.Contains("1. Put the band around both legs", chat.LastText);
    }

    [Fact]
    public void The_runner_articles_note_is_shown_once_when_running_is_chosen()
    {
        var chat = new DialogDriver();
        chat.Send("/start");
        chat.Send("no");

        chat.Send("running");
        Assert.Contains("healthy athletes with no previous injuries", chat.LastText);
        foreach (var line in new[] { "yellow", "Mon Wed Fri", "07:30", "Europe/Berlin", "/goal", "strength", "/goal" })
        {
            chat.Send(line);
        }

        chat.Send("running");
        Assert.DoesNotContain("healthy athletes", chat.LastText);
    }

    [Fact]
    public void The_warm_up_is_written_for_a_warm_up()
    {
        var chat = new DialogDriver();
        foreach (var line in new[] { "/start", "no", "warm-up", "yellow" })
        {
            chat.Send(line);
        }

        Assert.DoesNotContain("rest day", chat.LastText);
        chat.Send("Mon Tue Wed");
        Assert.DoesNotContain("rest day", chat.LastText);
        foreach (var line in new[] { "07:30", "Europe/Berlin" })
        {
            chat.Send(line);
        }

        var said = DoneSession(chat);
        Assert.Contains("about 5 min", said[0]);
        Assert.Contains("You're warmed up", said[^1]);
        Assert.DoesNotContain("Rest up", said[^1]);
    }

    [Fact]
    public void The_warm_up_stays_one_light_set_whatever_the_levels_elsewhere_and_moves_none()
    {
        var onboarded = DialogDriver.Onboarded("warm-up");
        var strong = new Dictionary<string, ExerciseLevel>
        {
            ["clamshell"] = new() { Band = 2, ExtraSets = 2, Aim = 20 },
            ["glute-bridge"] = new() { Band = 1, Variant = 1 },
        };
        var memory = onboarded.State.Conversation.Memory with { Levels = strong };
        var chat = new DialogDriver(onboarded.State with { Conversation = onboarded.State.Conversation with { Memory = memory } }, onboarded.Now);

        chat.Send("/workout");
        Assert.All(chat.Session.Items, item => Assert.Equal((1, "yellow", null, 10), (item.Target.Sets, item.Band, item.VariantId, item.Target.PerSet)));
        for (var guard = 0; chat.State.Conversation.Session is not null && guard < 10; guard++)
        {
            chat.Send("12");
        }

        Assert.Same(strong, chat.State.Conversation.Memory.Levels);
    }

    private static int Count(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
