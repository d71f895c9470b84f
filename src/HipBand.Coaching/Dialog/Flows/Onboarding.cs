using HipBand.Coaching.Dialog.Answers;
using HipBand.Coaching.Dialog.Table;

namespace HipBand.Coaching.Dialog.Flows;

/// <summary>
/// The setup questions: readiness (<see cref="ReadinessFlow"/>), goal, bands, days, time, time zone. Each answer is saved
/// the moment it is given.
/// </summary>
/// <remarks>The same questions serve /goal, /bands and /schedule later (<see cref="Flow.Editing"/>).</remarks>
internal static class Onboarding
{
    // ----- prompts -----

    public static Reply WelcomePrompt(Turn turn)
    {
        var readiness = ReadinessFlow.Prompt(turn);
        return readiness with { Text = turn.Texts.Welcome().Paragraph(readiness.Text) };
    }

    /// <summary>The goal question; while a clinician's OK covers the gentle program only, it says why that stays.</summary>
    public static Reply GoalPrompt(Turn turn) =>
        turn.Conversation.Memory.Readiness is { GentleOnly: true } && turn.Profile.Goal is not null
            ? new(turn.Texts.GoalKeptGentle, [[ReadinessFlow.FullyClearedButton(turn.Texts)]])
            : new(turn.Texts.AskGoal, GoalButtons(turn.Texts));

    public static Reply BandsPrompt(Turn turn) => new(turn.Texts.AskBands, BandButtons(turn.Texts));

    public static Reply DaysPrompt(Turn turn) => new(turn.Texts.AskDays(ProgramOf(turn.Profile)), DayButtons(turn.Texts, ProgramOf(turn.Profile)));

    public static Reply TimePrompt(Turn turn) => new(turn.Texts.AskTime, TimeButtons) { ExpectsNumber = true };

    public static Reply ZonePrompt(Turn turn) => new(turn.Texts.AskZone, ZoneButtons(turn.Texts, turn.Profile.TimeZone));

    // ----- answers -----

    /// <summary>Whatever a new chat says first, the welcome comes back.</summary>
    public static Outcome? OnFirstMessage(Turn turn, string text) => Begin(turn);

    public static Outcome Begin(Turn turn) =>
        new Outcome(Ask(turn.State, Phase.AskReadiness, Flow.Onboarding), WelcomePrompt(turn));

    public static Outcome? OnGoal(Turn turn, string text)
    {
        if (!GoalAnswer.TryParse(text, out var goal, turn.Texts.Words))
        {
            return null;
        }

        if (turn.Conversation.Memory.Readiness is { GentleOnly: true } && goal != Goal.Gentle)
        {
            // Until a clinician clears them for more, the gentle program it is: said, and kept.
            return Idle.Return(turn, new RichText().Add(turn.Texts.GoalKeptGentle));
        }

        var program = Programs.For(goal);
        var (profile, fitted) = WithGoal(turn, turn.Profile, goal);
        var state = turn.State with { Profile = profile };

        // The runner article's own note, once, the first time running is chosen.
        var note = goal == Goal.Running && !turn.Conversation.Memory.RunnerNoteShown ? turn.Texts.RunnerNote : "";
        if (note.Length > 0)
        {
            state = state with { Conversation = state.Conversation with { Memory = state.Conversation.Memory with { RunnerNoteShown = true } } };
        }

        if (turn.Conversation.Flow == Flow.Editing)
        {
            return Idle.Return(turn with { State = state }, new RichText().Add(turn.Texts.GoalChanged(program)).Paragraph(note).Paragraph(fitted ?? ""))
                .WithEffects(ScheduleEffect(profile, turn.Profile));
        }

        return Next(turn, state, Phase.AskBands, note.Length > 0 ? $"{turn.Texts.GoalChosen(program)} {note}" : turn.Texts.GoalChosen(program));
    }

    /// <summary>
    /// The profile with a new goal, its days brought within the new program's limits; the line that says what changed,
    /// when something did.
    /// </summary>
    public static (Profile Profile, string? Line) WithGoal(Turn turn, Profile profile, Goal goal)
    {
        var program = Programs.For(goal);
        var days = profile.Days.Within(program.MinDaysPerWeek, program.MaxDaysPerWeek);
        var changed = profile.Days != Weekdays.None && days != profile.Days;
        return (profile with { Goal = goal, Days = changed ? days : profile.Days }, changed ? turn.Texts.DaysFitted(program, days) : null);
    }

    /// <summary>The reminders to set again when a change moved the days of an onboarded, unpaused person.</summary>
    public static Effect[] ScheduleEffect(Profile after, Profile before) =>
        after.IsOnboarded && !after.Paused && after.Days != before.Days && after.Schedule is { } schedule ? [new ScheduleChanged(schedule)] : [];

    public static Outcome? OnBands(Turn turn, string text)
    {
        if (!BandsAnswer.TryParse(text, out var bands, turn.Texts.Words))
        {
            return null;
        }

        var state = turn.State with { Profile = turn.Profile with { Bands = bands } };
        if (turn.Conversation.Flow == Flow.Editing)
        {
            return Idle.Return(turn with { State = state }, turn.Texts.BandsSaved(bands));
        }

        return Next(turn, state, Phase.AskDays, turn.Texts.BandsSaved(bands));
    }

    public static Outcome? OnDays(Turn turn, string text)
    {
        if (!DaysAnswer.TryParse(text, out var days, turn.Texts.Words))
        {
            return null;
        }

        var program = ProgramOf(turn.Profile);
        var count = days.Count();
        if (count < program.MinDaysPerWeek || count > program.MaxDaysPerWeek)
        {
            return turn.Hint(turn.Texts.DaysOutOfRange(program, count));
        }

        var state = turn.State with { Profile = turn.Profile with { Days = days } };
        return Next(turn, state, Phase.AskTime, turn.Texts.DaysChosen(days, days.HasBackToBackDays() && program.MaxDaysPerWeek < 7 && program.Goal != Goal.WarmUp));
    }

    public static Outcome? OnTime(Turn turn, string text)
    {
        if (!TimeAnswer.TryParse(text, out var time, turn.Texts.Words))
        {
            return null;
        }

        var state = turn.State with { Profile = turn.Profile with { TrainAt = time } };
        return Next(turn, state, Phase.AskZone, turn.Texts.TimeChosen(time));
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
        var offsetNote = TimeZones.IsFixedOffset(zone) && zone != turn.Profile.TimeZone ? turn.Texts.FixedOffsetNote(zone) : null;
        if (editing)
        {
            var saved = Idle.Return(next, new RichText().Add(turn.Texts.ScheduleSaved(schedule)).Paragraph(offsetNote ?? ""));
            return WithCityButton(turn.Texts, saved, offsetNote).WithEffects(effect);
        }

        var idle = Ask(next.State, Phase.Idle, Flow.Onboarding);
        var summary = new Reply(turn.Texts.Summary(profile, ProgramOf(profile)).Paragraph(offsetNote ?? ""), Idle.StartButtons("idle", turn.Texts.StartFirstSession));
        return WithCityButton(turn.Texts, new Outcome(idle, summary), offsetNote).WithEffects(effect);
    }

    /// <summary>After a fixed offset: a button to give a city instead, under the last reply.</summary>
    private static Outcome WithCityButton(ITexts texts, Outcome outcome, string? offsetNote)
    {
        if (offsetNote is null)
        {
            return outcome;
        }

        var last = outcome.Replies[^1];
        var withButton = last with { Buttons = [.. last.Buttons, [ReplyButton.For("idle", texts.UseCityButton, Idle.UseCityAnswer)]] };
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
        var cancel = ReplyButton.For(DialogTable.States[phase].QuestionKey(next), turn.Texts.CancelButton, "cancel");
        return new Outcome(state, prompt with { Buttons = [.. prompt.Buttons, [cancel]] });
    }

    public static TrainingProgram ProgramOf(Profile profile) => profile.Program;

    private static Outcome Next(Turn turn, ChatState state, Phase phase, string acknowledgement)
    {
        var next = Ask(state, phase, turn.Conversation.Flow);
        var prompt = (turn with { State = next }).Prompt();
        return new Outcome(next, prompt with { Text = new RichText().Add(acknowledgement).Paragraph(prompt.Text) });
    }

    private static string KeepAnswer(Turn turn, string text) =>
        text == "keep" && turn.Profile.TimeZone is { } zone ? zone : text;

    private static IReadOnlyList<IReadOnlyList<ReplyButton>> GoalButtons(ITexts texts) =>
    [
        [ReplyButton.For("goal", texts.GoalButton(Goal.Running), "running"), ReplyButton.For("goal", texts.GoalButton(Goal.Strength), "strength")],
        [ReplyButton.For("goal", texts.GoalButton(Goal.WarmUp), "warm-up"), ReplyButton.For("goal", texts.GoalButton(Goal.Gentle), "gentle")],
    ];

    private static IReadOnlyList<IReadOnlyList<ReplyButton>> BandButtons(ITexts texts) =>
    [
        [ReplyButton.For("bands", texts.BandsExampleButton, "yellow, green, black")],
        [ReplyButton.For("bands", texts.OneBandButton, "one band"), ReplyButton.For("bands", texts.NoBandsButton, "none")],
    ];

    private static readonly IReadOnlyList<IReadOnlyList<ReplyButton>> TimeButtons =
    [
        [ReplyButton.For("time", "07:00", "07:00"), ReplyButton.For("time", "12:30", "12:30")],
        [ReplyButton.For("time", "18:00", "18:00"), ReplyButton.For("time", "20:00", "20:00")],
    ];

    private const Weekdays MonWedFri = Weekdays.Monday | Weekdays.Wednesday | Weekdays.Friday;
    private const Weekdays TueThuSat = Weekdays.Tuesday | Weekdays.Thursday | Weekdays.Saturday;
    private const Weekdays MonThu = Weekdays.Monday | Weekdays.Thursday;
    private const Weekdays TueFri = Weekdays.Tuesday | Weekdays.Friday;

    private static IReadOnlyList<IReadOnlyList<ReplyButton>> DayButtons(ITexts texts, TrainingProgram program)
    {
        List<IReadOnlyList<ReplyButton>> rows =
        [
            [ReplyButton.For("days", texts.DaysButton(MonWedFri), "mon wed fri"), ReplyButton.For("days", texts.DaysButton(TueThuSat), "tue thu sat")],
            [ReplyButton.For("days", texts.DaysButton(MonThu), "mon thu"), ReplyButton.For("days", texts.DaysButton(TueFri), "tue fri")],
        ];
        if (program.MaxDaysPerWeek >= 7)
        {
            rows.Add([ReplyButton.For("days", texts.EveryDayButton, "daily")]);
        }

        return rows;
    }

    private static readonly string[][] Cities = [["London", "Berlin", "New York"], ["Los Angeles", "Delhi", "Sydney"]];

    private static IReadOnlyList<IReadOnlyList<ReplyButton>> ZoneButtons(ITexts texts, string? current)
    {
        List<IReadOnlyList<ReplyButton>> rows = [.. Cities.Select(row => (IReadOnlyList<ReplyButton>)[.. row.Select(city => ReplyButton.For("zone", texts.City(city), city))])];
        if (current is not null)
        {
            rows.Insert(0, [ReplyButton.For("zone", texts.KeepZone(current), "keep")]);
        }

        return rows;
    }
}
