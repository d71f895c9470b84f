using HipBand.Coaching.Catalog;
using HipBand.Coaching.Dialog.Answers;
using HipBand.Coaching.Scheduling;
using HipBand.Coaching.Dialog.Table;
using HipBand.Coaching.Text;

namespace HipBand.Coaching.Dialog.Flows;

/// <summary>The setup questions: goal, bands, days, time, time zone. Each answer is saved the moment it is given.</summary>
/// <remarks>The same questions serve /goal, /bands and /schedule later (<see cref="Flow.Editing"/>).</remarks>
internal static class Onboarding
{
    // ----- prompts -----

    public static Reply WelcomePrompt(Turn turn) => new(Say.Welcome().Paragraph(Say.Readiness).Paragraph(Say.AskGoal), ReadinessGoalButtons);

    /// <summary>During setup, before the readiness check is answered, the goal question carries it.</summary>
    public static Reply GoalPrompt(Turn turn) =>
        turn.Conversation.Flow == Flow.Onboarding && turn.Conversation.Memory.Readiness is null
            ? new(new RichText().Add(Say.Readiness).Paragraph(Say.AskGoal), ReadinessGoalButtons)
            : new(Say.AskGoal, GoalButtons);

    public static Reply ClearancePrompt(Turn turn) => new(Say.CheckWithClinician, ClearanceButtons);

    public static Reply BandsPrompt(Turn turn) => new(Say.AskBands, BandButtons);

    public static Reply DaysPrompt(Turn turn) => new(Say.AskDays(ProgramOf(turn.Profile)), DayButtons(ProgramOf(turn.Profile)));

    public static Reply TimePrompt(Turn turn) => new(Say.AskTime, TimeButtons) { ExpectsNumber = true };

    public static Reply ZonePrompt(Turn turn) => new(Say.AskZone, ZoneButtons(turn.Profile.TimeZone));

    // ----- answers -----

    /// <summary>Whatever a new chat says first, the welcome comes back.</summary>
    public static Outcome? OnFirstMessage(Turn turn, string text) => Begin(turn);

    public static Outcome Begin(Turn turn) =>
        new Outcome(Ask(turn.State, Phase.AskGoal, Flow.Onboarding), WelcomePrompt(turn));

    /// <summary>During setup, before the readiness check is answered: one of its items applies.</summary>
    public static Outcome? OnReadiness(Turn turn, string text)
    {
        var memory = turn.Conversation.Memory;
        if (turn.Conversation.Flow != Flow.Onboarding || memory.Readiness is not null || !ReadinessWords.Contains(text.Trim().ToLowerInvariant()))
        {
            return null;
        }

        var flagged = Ask(turn.State, Phase.AwaitClearance, Flow.Onboarding);
        flagged = flagged with { Conversation = flagged.Conversation with { Memory = memory with { Readiness = new ReadinessAnswer(true, turn.Now) } } };
        return new Outcome(flagged, ClearancePrompt(turn));
    }

    public static Outcome? OnGoal(Turn turn, string text)
    {
        var memory = turn.Conversation.Memory;
        if (!GoalAnswer.TryParse(text, out var goal))
        {
            return null;
        }

        var program = Programs.For(goal);
        var state = turn.State with { Profile = turn.Profile with { Goal = goal } };
        if (memory.Readiness is null && turn.Conversation.Flow == Flow.Onboarding)
        {
            // Answering the goal under the readiness question says none of it applies; that answer is kept with its time.
            state = state with { Conversation = state.Conversation with { Memory = memory with { Readiness = new ReadinessAnswer(false, turn.Now) } } };
        }
        if (turn.Conversation.Flow == Flow.Editing)
        {
            return Idle.Return(turn with { State = state }, Say.GoalChanged(program));
        }

        return Next(turn, state, Phase.AskBands, Say.GoalChosen(program));
    }

    /// <summary>After a readiness "yes": continue once a clinician has said it's OK, with the gentle program.</summary>
    public static Outcome? OnCleared(Turn turn, string text)
    {
        if (!ClearedWords.Contains(text.Trim().ToLowerInvariant()))
        {
            return null;
        }

        var memory = turn.Conversation.Memory;
        var state = turn.State with
        {
            Profile = turn.Profile with { Goal = Goal.Gentle },
            Conversation = turn.Conversation with { Memory = memory with { Readiness = memory.Readiness! with { ClearedAt = turn.Now } } },
        };
        return Next(turn, state, Phase.AskBands, Say.ClearedGentle);
    }

    /// <summary>Not cleared yet: the check comes first, and the question stays.</summary>
    public static Outcome? OnNotYet(Turn turn, string text) =>
        LaterWords.Contains(text.Trim().ToLowerInvariant()) ? turn.Stay(new Reply(Say.CheckFirst, ClearanceButtons)) : null;

    public static Outcome? OnBands(Turn turn, string text)
    {
        if (!BandsAnswer.TryParse(text, out var bands))
        {
            return null;
        }

        var state = turn.State with { Profile = turn.Profile with { Bands = bands } };
        if (turn.Conversation.Flow == Flow.Editing)
        {
            return Idle.Return(turn with { State = state }, Say.BandsSaved(bands));
        }

        return Next(turn, state, Phase.AskDays, Say.BandsSaved(bands));
    }

    public static Outcome? OnDays(Turn turn, string text)
    {
        if (!DaysAnswer.TryParse(text, out var days))
        {
            return null;
        }

        var program = ProgramOf(turn.Profile);
        var count = days.Count();
        if (count < program.MinDaysPerWeek || count > program.MaxDaysPerWeek)
        {
            return turn.Hint(Say.DaysOutOfRange(program, count));
        }

        var state = turn.State with { Profile = turn.Profile with { Days = days } };
        var tip = days.HasBackToBackDays() && program.MaxDaysPerWeek < 7 ? " " + Say.BackToBackTip : "";
        return Next(turn, state, Phase.AskTime, $"{Say.DaysText(days)}.{tip}");
    }

    public static Outcome? OnTime(Turn turn, string text)
    {
        if (!TimeAnswer.TryParse(text, out var time))
        {
            return null;
        }

        var state = turn.State with { Profile = turn.Profile with { TrainAt = time } };
        return Next(turn, state, Phase.AskZone, $"{time:HH\\:mm} it is.");
    }

    public static Outcome? OnZone(Turn turn, string text)
    {
        if (!TimeZones.TryParse(KeepAnswer(turn, text), out var zone))
        {
            return null;
        }

        var profile = turn.Profile with { TimeZone = zone };
        var editing = turn.Conversation.Flow == Flow.Editing && profile.IsOnboarded;
        profile = editing ? profile : profile with { OnboardedAt = turn.Now };
        var next = turn with { State = turn.State with { Profile = profile } };
        var schedule = profile.Schedule!;
        var effect = new ScheduleChanged(profile.Paused ? null : schedule);

        // A fixed offset is said to stay put across daylight saving, once, when it is given.
        var offsetNote = TimeZones.IsFixedOffset(zone) && zone != turn.Profile.TimeZone ? Say.FixedOffsetNote(zone) : null;
        if (editing)
        {
            var saved = Idle.Return(next, new RichText().Add(Say.ScheduleSaved(schedule)).Paragraph(offsetNote ?? ""));
            return WithCityButton(saved, offsetNote).WithEffects(effect);
        }

        var idle = Ask(next.State, Phase.Idle, Flow.Onboarding);
        var summary = new Reply(Say.Summary(profile, ProgramOf(profile)).Paragraph(offsetNote ?? ""), Idle.StartButtons("idle", Say.StartFirstSession));
        return WithCityButton(new Outcome(idle, summary), offsetNote).WithEffects(effect);
    }

    /// <summary>After a fixed offset: a button to give a city instead, under the last reply.</summary>
    private static Outcome WithCityButton(Outcome outcome, string? offsetNote)
    {
        if (offsetNote is null)
        {
            return outcome;
        }

        var last = outcome.Replies[^1];
        var withButton = last with { Buttons = [.. last.Buttons, [ReplyButton.For("idle", Say.UseCityButton, Idle.UseCityAnswer)]] };
        return outcome with { Replies = [.. outcome.Replies.Take(outcome.Replies.Count - 1), withButton] };
    }

    // ----- helpers -----

    /// <summary>Moves to a question phase, keeping everything else.</summary>
    public static ChatState Ask(ChatState state, Phase phase, Flow flow) =>
        state with { Conversation = state.Conversation with { Phase = phase, Flow = flow } };

    /// <summary>Starts changing one setup answer from the idle state.</summary>
    public static Outcome Edit(Turn turn, Phase phase)
    {
        var state = Ask(turn.State, phase, Flow.Editing);
        var next = turn with { State = state };
        var prompt = next.Prompt();
        var cancel = ReplyButton.For(DialogTable.States[phase].QuestionKey(next), "Cancel", "cancel");
        return new Outcome(state, prompt with { Buttons = [.. prompt.Buttons, [cancel]] });
    }

    public static TrainingProgram ProgramOf(Profile profile) => Programs.For(profile.Goal ?? Goal.Strength);

    private static Outcome Next(Turn turn, ChatState state, Phase phase, string acknowledgement)
    {
        var next = Ask(state, phase, turn.Conversation.Flow);
        var prompt = new Turn(next, turn.Now).Prompt();
        return new Outcome(next, prompt with { Text = new RichText().Add(acknowledgement).Paragraph(prompt.Text) });
    }

    private static string KeepAnswer(Turn turn, string text) =>
        text == "keep" && turn.Profile.TimeZone is { } zone ? zone : text;

    private static readonly HashSet<string> ReadinessWords = ["readiness", "yes", "one applies", "one of these applies to me", "some apply", "it applies"];
    private static readonly HashSet<string> ClearedWords = ["cleared", "i have clearance", "i have their ok", "yes", "ok", "they said ok", "i have the ok"];
    private static readonly HashSet<string> LaterWords = ["later", "no", "not yet", "i'll check first", "ill check first", "check first"];

    private static readonly IReadOnlyList<IReadOnlyList<ReplyButton>> ReadinessGoalButtons =
    [
        [ReplyButton.For("goal", "🏃 Running", "running"), ReplyButton.For("goal", "💪 Stronger hips", "strength")],
        [ReplyButton.For("goal", "🔥 Warm-up", "warm-up"), ReplyButton.For("goal", "🌱 Gentle / rehab", "gentle")],
        [ReplyButton.For("goal", Say.ReadinessButton, "readiness")],
    ];

    private static readonly IReadOnlyList<IReadOnlyList<ReplyButton>> ClearanceButtons =
    [
        [ReplyButton.For("clearance", Say.ClearanceButton, "cleared"), ReplyButton.For("clearance", Say.CheckFirstButton, "later")],
    ];

    private static readonly IReadOnlyList<IReadOnlyList<ReplyButton>> GoalButtons =
    [
        [ReplyButton.For("goal", "🏃 Running", "running"), ReplyButton.For("goal", "💪 Stronger hips", "strength")],
        [ReplyButton.For("goal", "🔥 Warm-up", "warm-up"), ReplyButton.For("goal", "🌱 Gentle / rehab", "gentle")],
    ];

    private static readonly IReadOnlyList<IReadOnlyList<ReplyButton>> BandButtons =
    [
        [ReplyButton.For("bands", "Yellow, green, black", "yellow, green, black")],
        [ReplyButton.For("bands", "Just one band", "one band"), ReplyButton.For("bands", "No bands", "none")],
    ];

    private static readonly IReadOnlyList<IReadOnlyList<ReplyButton>> TimeButtons =
    [
        [ReplyButton.For("time", "07:00", "07:00"), ReplyButton.For("time", "12:30", "12:30")],
        [ReplyButton.For("time", "18:00", "18:00"), ReplyButton.For("time", "20:00", "20:00")],
    ];

    private static IReadOnlyList<IReadOnlyList<ReplyButton>> DayButtons(TrainingProgram program)
    {
        List<IReadOnlyList<ReplyButton>> rows =
        [
            [ReplyButton.For("days", "Mon Wed Fri", "mon wed fri"), ReplyButton.For("days", "Tue Thu Sat", "tue thu sat")],
            [ReplyButton.For("days", "Mon Thu", "mon thu"), ReplyButton.For("days", "Tue Fri", "tue fri")],
        ];
        if (program.MaxDaysPerWeek >= 7)
        {
            rows.Add([ReplyButton.For("days", "Every day", "daily")]);
        }

        return rows;
    }

    private static IReadOnlyList<IReadOnlyList<ReplyButton>> ZoneButtons(string? current)
    {
        List<IReadOnlyList<ReplyButton>> rows =
        [
            [ReplyButton.For("zone", "London", "London"), ReplyButton.For("zone", "Berlin", "Berlin"), ReplyButton.For("zone", "New York", "New York")],
            [ReplyButton.For("zone", "Los Angeles", "Los Angeles"), ReplyButton.For("zone", "Delhi", "Delhi"), ReplyButton.For("zone", "Sydney", "Sydney")],
        ];
        if (current is not null)
        {
            rows.Insert(0, [ReplyButton.For("zone", Say.KeepZone(current), "keep")]);
        }

        return rows;
    }
}
