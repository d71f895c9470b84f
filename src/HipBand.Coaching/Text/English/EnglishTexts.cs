using System.Globalization;

namespace HipBand.Coaching.Text.English;

/// <summary>The English catalogue: every sentence the bot says, in one place.</summary>
public sealed class EnglishTexts : ITexts
{
    /// <summary>The one English catalogue; it holds no state.</summary>
    public static readonly EnglishTexts Instance = new();

    private static readonly CultureInfo Culture = CultureInfo.InvariantCulture;

    /// <summary>Day names by <see cref="DayOfWeek"/>, ours rather than a culture's, so InvariantGlobalization can stay on.</summary>
    private static readonly string[] DayNames = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];

    private static readonly string[] MonthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    public Words Words => EnglishWords.Instance;

    private static string NotMedicalAdvice =>
        "General fitness guidance, not medical advice: if you are injured, in pain or unsure, check with a doctor or physical therapist first.";

    // ----- onboarding -----

    public RichText Welcome() => new RichText()
        .Bold("Hi, I'm HipBandBot.").Line()
        .Line("I coach hip band work (clamshells, band walks, bridges), remind you on your days and guide every set.")
        .Italic("Fitness guidance, not medical advice.");

    public string AskGoal => "What are you training for?";
    public string GoalHint => "Tap a button, or type running, stronger hips, warm-up or gentle.";

    private static string GoalName(Goal goal) => goal switch
    {
        Goal.Running => "Running",
        Goal.Strength => "Stronger hips",
        Goal.WarmUp => "Warm-up before lifting or running",
        Goal.Gentle => "Gentle / rehab",
        _ => goal.ToString(),
    };

    public string GoalChosen(TrainingProgram program) => program.Goal == Goal.Gentle
        ? $"Gentle it is: {ProgramPurpose(program.Goal)}. Keep to what your physical therapist advised, and stop if anything hurts."
        : $"{GoalName(program.Goal)}: {ProgramPurpose(program.Goal)}.";

    public string AskBands =>
        "Which bands do you own? List them lightest to heaviest, by the names you use, e.g. yellow, green, black. No bands? Say none and I'll pick band-free versions.";

    public string BandsHint => "Type your bands lightest first, separated by commas (yellow, green, black), or none.";

    public string BandsSaved(IReadOnlyList<string> bands) => bands.Count == 0
        ? "No bands: I'll use band-free versions of the exercises."
        : $"Bands saved, lightest to heaviest: {string.Join(" → ", bands)}.";

    public string AskDays(TrainingProgram program) => program.Goal switch
    {
        Goal.Gentle => "Which days do you want to train? Gentle work can be daily; tap a button or type days like Mon Wed Fri.",
        Goal.WarmUp => "Which days do you run or lift? I'll remind you to warm up before. Tap a button or type days like Mon Wed Fri.",
        _ => "Which days do you want to train? Two to three days a week with a rest day between works best. Tap a button or type days like Mon Wed Fri.",
    };

    public string DaysHint => "Type days like Mon Wed Fri, or tap one of the buttons.";

    public string DaysOutOfRange(TrainingProgram program, int chosen) =>
        $"You picked {chosen} day{(chosen == 1 ? "" : "s")}. For {GoalName(program.Goal).ToLowerInvariant()}, pick {program.MinDaysPerWeek} to {program.MaxDaysPerWeek} days a week.";

    private static string BackToBackTip => "Tip: a rest day between sessions helps your hips recover.";

    public string AskTime => "What time of day should I remind you? Type a time like 07:30 or 6:15 pm.";
    public string TimeHint => "Type a time like 07:30, 7am or 18:00.";

    public string AskZone =>
        "Last one: where are you, so reminders come at your local time? Type a city (Berlin), a time zone (Europe/Berlin) or an offset (UTC+2).";

    public string ZoneHint => "I didn't recognise that place. Try a big city near you (Berlin, Chicago), a zone like Europe/Berlin, or an offset like UTC+2.";

    public string KeepZone(string zone) => $"Keep {TimeZones.Display(zone)}";

    /// <summary>Said once after a fixed offset is chosen.</summary>
    public string FixedOffsetNote(string zone) =>
        $"{TimeZones.Display(zone)} is a fixed offset: reminders will not follow daylight saving. Tell me your city instead if your clocks change.";

    public string UseCityButton => "🏙 Use a city instead";

    public RichText Summary(Profile profile, TrainingProgram program)
    {
        var text = new RichText().Bold("All set.").Line()
            .Line(GoalName(program.Goal) == ProgramName(program.Goal) ? $"Goal: {GoalName(program.Goal)}" : $"Goal: {GoalName(program.Goal)} · {ProgramName(program.Goal)}")
            .Line($"Bands: {BandList(profile.Bands)}");
        if (profile.Schedule is { } schedule)
        {
            text.Line($"Reminders: {ScheduleText(schedule)}");
        }

        return text.Add("Change anything later with /goal, /bands or /schedule.");
    }

    public string StartFirstSession => "▶️ Start first session now";
    public string StartSession => "▶️ Start session";

    // ----- idle -----

    public RichText IdlePrompt(Profile profile, string nextLabel, TrainingProgram program, int minutes)
    {
        var label = nextLabel.Length > 0 ? $"session {nextLabel} of {ProgramName(program.Goal)}" : ProgramName(program.Goal);
        var text = new RichText().Add($"Next up: {label}, about {minutes} min. ");
        if (profile.Paused)
        {
            return text.Add("Reminders are paused (/resume brings them back). Tap Start whenever you like.");
        }

        return profile.Schedule is { } schedule
            ? text.Add($"I'll remind you {ScheduleText(schedule)}, or tap Start now.")
            : text.Add("Tap Start when you're ready.");
    }

    public string NoSessionRunning => "There's no session running right now.";

    // ----- session -----

    public RichText SessionHeader(ActiveSession session, TrainingProgram program, int minutes, bool firstTime)
    {
        var label = session.Label.Length > 0 ? $" · session {session.Label}" : "";
        return new RichText().Bold($"{ProgramName(program.Goal)}{label}").Line()
            .Line($"{Plural(session.Items.Count, "exercise")}, about {minutes} min."
                + (firstTime ? " Reply with the reps you did after each set: 15, 12/side, done, fewer, skip or stop." : ""));
    }

    public RichText Introduce(SessionItem item)
    {
        var exercise = Exercises.Get(item.ExerciseId);
        var variant = Variant(item);
        var text = new RichText().Bold((variant is null ? ExerciseName(exercise.Id) : VariantName(variant.Id))).Add($" · {Focus(exercise.Id).ToLowerInvariant()}").Line();
        var steps = Fitting(HowTo(exercise.Id), item.Band is not null, gentle: false);
        for (var i = 0; i < steps.Count; i++)
        {
            text.Line($"{i + 1}. {steps[i]}");
        }

        if (variant is not null)
        {
            text.Line($"This time: {VariantHowTo(variant.Id)}");
        }

        if (item.Band is { } band && exercise.Placements.Count > 0)
        {
            text.Line($"Band: {band}, {Placement(item.Placement ?? exercise.Placements[0])}.");
        }

        return text.Add($"Watch out for: {Fitting(Mistakes(exercise.Id), item.Band is not null, gentle: false)[0].ToLowerInvariant()}.");
    }

    public RichText Reintroduce(SessionItem item)
    {
        var exercise = Exercises.Get(item.ExerciseId);
        var name = item.VariantId is { } variantId ? VariantName(variantId) : ExerciseName(exercise.Id);
        var text = new RichText().Bold(name).Add($" · {Focus(exercise.Id).ToLowerInvariant()}").Line();
        if (item.Band is { } band && exercise.Placements.Count > 0)
        {
            text.Add($"Band: {band}, {Placement(item.Placement ?? exercise.Placements[0])}. ");
        }

        return text.Add("The steps are behind ❓ How?.");
    }

    public string TempoExplained(TempoCode tempo) =>
        $"Tempo {tempo}: {tempo.Out} s out, {(tempo.Hold == 0 ? "no hold" : $"{tempo.Hold} s hold")}, {tempo.Back} s back, never letting the movement rush.";

    public string RunnerNote =>
        "A note from the runner article these exercises come from: they are meant for healthy athletes with no previous injuries. If you've recently hurt a hip or glute, ask your physical therapist first.";

    public RichText SetPrompt(ActiveSession session)
    {
        var item = session.Current;
        var exercise = Exercises.Get(item.ExerciseId);
        var name = item.VariantId is { } variantId ? VariantName(variantId) : ExerciseName(exercise.Id);
        var parts = new List<string> { AimText(item.Target) };
        if (exercise.Tempo is { Length: > 0 } tempo)
        {
            parts.Add(char.IsDigit(tempo[0]) ? $"tempo {tempo}" : Tempo(tempo));
        }

        if (item.Band is not null)
        {
            parts.Add(item.Placement is { } placement ? $"{BandLabel(item.Band)} {Placement(placement)}" : BandLabel(item.Band));
        }

        var cues = Fitting(Cues(exercise.Id), item.Band is not null, session.Goal == Goal.Gentle);
        var cue = cues[session.Set % cues.Count];
        return new RichText()
            .Bold($"Set {session.Set + 1} of {item.Target.Sets} · {name}")
            .Add($" · {string.Join(" · ", parts)}").Line()
            .Italic(cue);
    }

    /// <summary>
    /// The lines that fit the person: no band words when there is no band, no "burn" in the gentle program. When none is
    /// left the lines stay as written rather than say nothing.
    /// </summary>
    private static IReadOnlyList<string> Fitting(IReadOnlyList<string> lines, bool withBand, bool gentle)
    {
        var fitting = lines.Where(line => (withBand || !line.Contains("band", StringComparison.OrdinalIgnoreCase))
            && !(gentle && line.Contains("burn", StringComparison.OrdinalIgnoreCase))).ToList();
        return fitting.Count > 0 ? fitting : lines;
    }

    public string DoneButton(SetTarget target) =>
        target.Unit.IsTimed() ? $"✅ Done ({target.PerSet} s)" : $"✅ Done ({target.PerSet})";

    public string FewerButton => "Fewer";
    public string SkipButton => "Skip";

    public string AskCount(ActiveSession session, bool tooHard)
    {
        var lead = tooHard ? "Noted: too hard. Slow down and stay at the bottom of the range for the rest. " : "";
        var unit = session.Current.Target.Unit.IsTimed() ? "seconds did you hold" : "did you do";
        return $"{lead}How many {unit} in set {session.Set + 1}? Type a number, or skip.";
    }

    public string RepHint(SetTarget target) => target.Unit.IsTimed()
        ? $"Reply with the seconds you held (e.g. {target.Max}), or done, fewer, skip or stop."
        : $"Reply with the reps you did (e.g. {target.Max}, or 12, 10, 8 for several sets), or done, fewer, skip or stop.";

    public string Implausible(int value, SessionItem item) => value <= 0
        ? $"{value} doesn't look like a set result. How many did you do? The target is {Target(item.Target)}."
        : $"{value} is far above the target of {Target(item.Target)}. How many did you do in this set?"
            + (item.Band is null ? "" : $" (If it really was {value}, you're ready for a heavier band: tell me with /bands.)");

    public string FormBreaks => "Good call: when the full range with good form won't come, the load is too much, so ease off rather than push through.";

    public string OtherUnit(SetTarget target) => target.Unit.IsTimed()
        ? "This one is held for time, not counted: how many seconds did you hold? (e.g. 45, or 1 min)"
        : "This one is counted in reps, not seconds: how many did you do?";

    public string TooManyValues(int sent, int remaining, string exercise) =>
        $"You sent {sent} numbers, but {exercise} has {remaining} set{(remaining == 1 ? "" : "s")} left. Send one number per set.";

    public string Logged(IReadOnlyList<int?> values, SetTarget target)
    {
        if (values.All(v => v is null))
        {
            return values.Count == 1 ? "Skipped." : $"Skipped {values.Count} sets.";
        }

        return "Logged " + Results(values, target) + ".";
    }

    /// <summary>"12, 10, skip", or "30 s, 25 s" for a timed exercise.</summary>
    private static string Results(IReadOnlyList<int?> values, SetTarget target)
    {
        var unit = target.Unit.IsTimed() ? " s" : "";
        return string.Join(", ", values.Select(v => v is { } n ? $"{n}{unit}" : "skip"));
    }

    public string Feeling(Progress.Difficulty difficulty) => difficulty switch
    {
        Progress.Difficulty.TooHard => " Noted that it felt too hard: go slower and use the bottom of the range.",
        Progress.Difficulty.TooEasy => " Noted that it felt easy: I'll keep that in mind.",
        _ => "",
    };

    public string RestThen(TimeSpan rest, string? finishedExercise) =>
        (finishedExercise is null ? "" : $" That's {finishedExercise} done.") + $" Rest {Seconds(rest)}, then:";

    public RichText SessionComplete(SessionTotals totals, IReadOnlyList<string> better, bool firstTime, string? lastSet, Goal goal)
    {
        var text = new RichText().Bold("Session complete!").Add(lastSet is null ? "" : $" {lastSet}").Line()
            .Line($"{Plural(totals.Sets, "set")} across {Plural(totals.Exercises, "exercise")} · {VolumeText(totals)}.");
        if (better.Count > 0)
        {
            text.Line("Better than last time:");
            foreach (var line in better)
            {
                text.Line($"• {line}");
            }
        }
        else
        {
            text.Line(firstTime ? "First time logging these: today is your baseline."
                : goal == Goal.WarmUp ? "Hips switched on, just like last time."
                : "About the same as last time: steady work is what builds strong hips.");
        }

        return text.Add(goal == Goal.WarmUp ? "You're warmed up: enjoy your run or lift." : "Well done. Rest up; see you next session.");
    }

    public RichText SessionStopped(SessionTotals totals) => totals.Sets == 0
        ? "Session stopped. Nothing was logged; that's fine, see you next time."
        : new RichText().Bold("Session stopped.").Add($" I kept what you logged: {Plural(totals.Sets, "set")}, {VolumeText(totals)}. Every set counts.");

    public string BetterLine(string exercise, int now, int before, bool timed) =>
        timed ? $"{exercise}: held {now} s (last time {before} s)" : $"{exercise}: best set {now} (last time {before})";

    /// <summary>Level changes: after a session, "Next time:"; at the start of the next one, "Since last time:".</summary>
    public RichText Changes(IReadOnlyList<Progress.LevelChange> changes, bool upcoming)
    {
        var text = new RichText();
        if (changes.Count == 0)
        {
            return text;
        }

        // Targets rise most sessions: all of them in one sentence, the other changes one line each.
        var raised = changes.Where(c => c.Kind == Progress.ChangeKind.HigherTarget).ToList();
        var lines = changes.Where(c => c.Kind != Progress.ChangeKind.HigherTarget).Select(Announce).ToList();
        if (raised.Count == 1)
        {
            lines.Insert(0, Announce(raised[0]));
        }
        else if (raised.Count > 1)
        {
            var targets = raised.Select(c => $"{ExerciseName(c.ExerciseId).ToLowerInvariant()} {c.Amount}{(c.Reason.Unit.IsTimed() ? " s" : "")}");
            lines.Insert(0, $"Every set reached its target, so the targets go up: {string.Join(", ", targets)}.");
        }

        text.Bold(upcoming ? "Next time:" : "Progress since last time:").Line();
        text.Add(string.Join("\n", lines.Select(line => "• " + line)));
        return text;
    }

    /// <summary>"Glute bridge: You did 20, 20, 20 twice: moving you to the green band."</summary>
    public string Announce(Progress.LevelChange change)
    {
        if (change.Kind == Progress.ChangeKind.Written)
        {
            return change.Written ?? "";
        }

        var reason = change.Reason;
        var unit = reason.Unit.IsTimed() ? " s" : "";
        string Sets(IReadOnlyList<int> sets) => sets.Count == 0 ? "no sets" : string.Join(", ", sets.Select(s => $"{s}{unit}"));
        var why = reason.Cause switch
        {
            Progress.ChangeCause.TooHard => "That felt too hard",
            Progress.ChangeCause.BelowRange or Progress.ChangeCause.BelowTarget => $"You did {Sets(reason.Before)} and {Sets(reason.Now)}, below {reason.Limit}{unit}",
            Progress.ChangeCause.ReachedTarget => $"You did {Sets(reason.Now)}",
            _ => $"You did {Sets(reason.Now)} twice",
        };
        var what = change.Kind switch
        {
            Progress.ChangeKind.HeavierBand => $"moving you to the {BandLabel(change.To)}.",
            Progress.ChangeKind.AddBand => $"you've mastered it without a band, so the {BandLabel(change.To)} goes on.",
            Progress.ChangeKind.HarderPlacement => $"the band goes {Placement(change.To ?? "")} now.",
            Progress.ChangeKind.HarderVariant => $"time for the {VariantName(change.To ?? "").ToLowerInvariant()}.",
            Progress.ChangeKind.BackToExercise => $"back to the {ExerciseName(change.ExerciseId).ToLowerInvariant()} itself.",
            Progress.ChangeKind.MoreSets => "adding a set.",
            Progress.ChangeKind.MoreReps => $"aiming for {change.Amount} more reps a set.",
            Progress.ChangeKind.LighterBand => $"back to the {BandLabel(change.To)} for now.",
            Progress.ChangeKind.EasierPlacement => $"the band goes {Placement(change.To ?? "")} again.",
            Progress.ChangeKind.BackToEasier => "back to the easier version.",
            Progress.ChangeKind.LessVolume => "a little less volume next time.",
            Progress.ChangeKind.EasierVariant => $"switching to {VariantName(change.To ?? "").ToLowerInvariant()}.",
            Progress.ChangeKind.HigherTarget => $"next time aim for {change.Amount}{unit} a set.",
            Progress.ChangeKind.LowerTarget => $"aiming for {change.Amount}{unit} a set for now.",
            _ => "one set less next time.",
        };
        return $"{ExerciseName(change.ExerciseId)}: {why}: {what}";
    }

    public RichText WeeklySummary(WeekTotals week, int planned, int streak) => new RichText()
        .Bold("This week: ").Add($"{week.Sessions} of {planned} sessions done, {week.Work:N0} reps of work. ")
        .Add(streak > 1 ? $"That's {streak} weeks in a row on plan." : "Plan met: nice work.");

    public string ExportComing => "Here's everything I have stored about you, as a spreadsheet file (CSV): profile, schedule, every session and set.";

    public string ConfirmDelete =>
        "This deletes everything I know about you: your profile, schedule, every session and set, and your reminders. It can't be undone. Delete everything?";

    public string Deleted => "Done: everything about you is deleted, and there will be no more reminders. If you ever want to start again, send /start.";
    public string NothingDeleted => "OK, nothing was deleted.";

    public string AlreadyInSession => "You're in the middle of a session. Here's where we are:";
    public string FinishSessionFirst => "Let's finish or stop this session first (reply stop to end it; what you logged is kept).";

    // ----- safety -----

    public string Readiness =>
        "First, a safety check. Does any of these apply to you?\n• a doctor told you not to exercise\n• chest pain, dizziness or fainting when active\n• a recent injury or surgery (hip, knee, back)\n• pregnancy, or a recent birth";

    public string ReadinessYesButton => "⚠️ Yes, one applies";
    public string ReadinessNoButton => "No, none of these";
    public string ReadinessHint => "Please answer yes or no: does any of these apply to you? If you're not sure, yes is the safe answer.";
    public string NoneApplies => "Thanks.";

    public string ReadinessHeard(Safety.ReadinessSign sign)
    {
        var why = sign switch
        {
            Safety.ReadinessSign.Pregnancy => "In pregnancy and after giving birth, exercise should be OKed by your doctor or midwife first.",
            Safety.ReadinessSign.RecentSurgery => "After surgery, your surgeon or physical therapist should OK band work first.",
            Safety.ReadinessSign.RecentInjury => "With a recent injury, a doctor or physical therapist should OK band work first.",
            Safety.ReadinessSign.DoctorSaidNo => "If a doctor has said not to exercise, we wait until they say it's OK.",
            Safety.ReadinessSign.ChestPainWithActivity or Safety.ReadinessSign.FaintingWithActivity or Safety.ReadinessSign.HeartCondition =>
                "Chest pain, fainting or a heart condition with exercise needs a doctor's OK first.",
            _ => null,
        };
        return why is null
            ? CheckWithClinician
            : $"Thank you for telling me. {why} When they've said it's OK, tap the button or tell me what they said, and we'll go on with the gentle program.";
    }

    public string ReadinessHeardBefore => "Thanks, I have that noted already. Stop whenever something hurts.";
    public string ClearanceHint => "When a doctor or physical therapist has said it's OK, tap ✅ or tell me what they said. Until then, tap I'll check first.";
    public string TrainingWaitsForOk => "OK. Training waits until a doctor or physical therapist has said it's fine. When they have, send /workout and tell me.";
    public string ClearedGentleLater => "Thanks. We'll keep to the gentle program, and stop whenever something hurts.";

    public string GoalKeptGentle =>
        "Because of what you told me at the safety check, we keep to the gentle program until a doctor or physical therapist clears you for full training. If they have, tap the button.";

    public string FullyClearedButton => "✅ I'm cleared for full training";
    public string FullyCleared => "Great news. Every program is open to you again.";

    public string DaysFitted(TrainingProgram program, Weekdays days) =>
        $"{ProgramName(program.Goal)} trains {program.MinDaysPerWeek}-{program.MaxDaysPerWeek} days a week, so your days are now {DaysText(days)}.";

    public string AskIfHurts => "Does it hurt?";
    public string ItHurtsButton => "Yes, it hurts";
    public string NoHurtButton => "No, it doesn't hurt";
    public string NoHurtCarryOn => "Good. Carry on, and tell me if it starts to hurt.";
    public string IfHurtsHint => "Does it hurt? Yes or no.";
    public string AskPainAfterYes => "Sorry. How bad is it, from 0 (nothing) to 10 (worst), and where?";

    public string AskMorningAfter(PainReport during) =>
        $"Before we start: last session you had pain{(during.Where is { } where ? " " + PainPlace(where) : "")} ({during.Rating}/10). How did it feel the morning after, from 0 to 10?";

    public string WorseMorningAfter => "Worse the morning after means it was too much: lighter work today, and no step up this week.";
    public string RestingToday => "Let's rest today because of the pain. I'll ask how it feels next time; see a doctor or physical therapist if it doesn't settle.";
    public string NoPainCarryOn => "Good. Carry on.";
    public string NoPainNoted => "Good, thanks.";
    public string SideLyingOutLastExercise => "I've left out the side-lying exercises, and that was the last of today's.";

    public string PainPlace(Safety.BodyPart part) => part switch
    {
        Safety.BodyPart.OuterHip => "on the outside of your hip",
        Safety.BodyPart.LowerBack => "in your lower back",
        Safety.BodyPart.Other => "",
        _ => "in your " + part.ToString().ToLowerInvariant(),
    };

    public string CheckWithClinician =>
        "Thank you for telling me. Please check with a doctor or physical therapist before you start. When they've said it's OK, tap the button and we'll go on with the gentle program.";

    public string ClearanceButton => "✅ I have their OK";
    public string CheckFirstButton => "I'll check first";
    public string CheckFirst => "Good call. Send /start when you've had the OK; your answers so far are kept.";
    public string ClearedGentle => "Thanks. We'll use the gentle program, as your physical therapist advised, and stop whenever something hurts.";

    public string AskPain => "Sorry it hurts. Let's pause here. How bad is it, from 0 (nothing) to 10 (worst), and where? For example: 4, my knee.";
    public string AskPainAgain => "How bad is the pain, from 0 to 10, and where?";
    public string PainRatingHint => "Send a number from 0 to 10 for how much it hurts (and where, if you like).";

    public string AskPainBeforeSession(PainReport? last) => last is null
        ? "Before we start: how does it feel now, from 0 (no pain) to 10?"
        : $"Before we start: last time you told me about pain{(last.Where is { } where ? " " + PainPlace(where) : "")} ({last.Rating}/10). How does it feel now, from 0 to 10?";

    public string PainMild => "Thanks. Carry on gently and stop if it gets sharper. If you'd rather, I can make this exercise lighter.";

    public string PainModerate(string change) => $"Let's ease off. {change} I've noted the pain.";

    public string PainSevere =>
        "Let's stop here for today. Rest, and if the pain is sharp or doesn't settle in a day or two, see a doctor or physical therapist before training again.";

    public string PainRestFirst =>
        "That's too much pain to train today. Please rest, and see a doctor or physical therapist if it doesn't settle. We'll check in again next time.";

    public string PainNoted => "Thanks, noted. Take it easy and tell me if it gets worse.";
    public string PainModerateElsewhere => "Noted. Your next session will start a bit lighter, and I'll ask how it feels first.";

    public string PainSevereElsewhere =>
        "Please rest, and see a doctor or physical therapist before training again, especially if it is sharp or getting worse.";

    public string SideLyingOut =>
        "I'll leave out side-lying exercises (clamshells, lying side leg lifts) until you tell me your hip is better.";

    public string SideLyingBack => "Good to hear your hip is better: side-lying exercises are back in your sessions.";

    public string LighterButton => "Make it lighter";
    public string HowButton => "❓ How?";
    public string NextAfterSkip => " Next:";

    public string ConfirmLow(int value, SetTarget target) =>
        $"Just {value}{(target.Unit.IsTimed() ? " s" : "")}? The target is {Target(target with { Min = target.PerSet, Max = target.PerSet })}. Tap to log {value}, or send the number you did.";

    public string ConfirmLowButton(int value) => $"✅ Yes, {value}";

    public string EffortButton(Progress.Effort effort) => effort switch
    {
        Progress.Effort.Easy => "😌 Easy",
        Progress.Effort.Good => "🙂 Good",
        _ => "😮‍💨 Hard",
    };

    public string EffortNoted(Progress.Effort effort) => effort switch
    {
        Progress.Effort.Easy => "Noted: easy. It will step up a little faster.",
        Progress.Effort.Good => "Noted: good.",
        _ => "Noted: hard. It will stay where it is until it feels better.",
    };
    public string NoneDoneKindly => "That's OK: some days a set just won't go. I've logged 0. If you like, I can make this exercise lighter.";
    public string DoneOrSkipped => "Did you do this set, or skip it? Tap ✅ Done, send the number you did, or tap Skip.";
    public string LighterForPain => "We'll go a little lighter today because of the pain you mentioned.";
    public string NothingToTrainToday => "There's nothing left in today's session that suits you right now. Rest today; /stats shows how you're doing.";

    public string EasedBand(string band) => $"Switching to the {BandLabel(band)} for the rest of this exercise.";

    public string EasedVariant(string variant) => $"Switching to {variant.ToLowerInvariant()} for the rest of this exercise.";

    public string EasedReps(string target) => $"Aim for {target} for the rest of this exercise.";

    public string RedFlag(Safety.RedFlagSign flag)
    {
        var sign = flag switch
        {
            Safety.RedFlagSign.ChestPain => "Chest pain or pressure",
            Safety.RedFlagSign.Fainting => "Fainting or severe dizziness",
            Safety.RedFlagSign.Breathless => "Being too breathless to speak",
            Safety.RedFlagSign.NumbnessOrWeakness => "Sudden numbness or weakness",
            Safety.RedFlagSign.FallCannotBearWeight => "Not being able to bear weight after a fall",
            Safety.RedFlagSign.HotSwollenJointWithFever => "A hot, swollen joint with a fever",
            Safety.RedFlagSign.StrokeSigns => "Slurred speech or a drooping face",
            Safety.RedFlagSign.StressFracture =>
                null,
            _ => "Numbness between the legs or new bladder or bowel trouble",
        };
        if (sign is null)
        {
            return "⚠️ Let's stop here. Groin pain when you hop or at night can be a stress fracture. Please get it checked by a doctor before you run or train again. What you logged is kept.";
        }

        return $"⚠️ Stop now. {sign} can be a sign of something serious. Please call your local emergency number or get urgent medical care now. We're done for today; what you logged is kept.";
    }

    public string OnHold =>
        "Training is paused until a doctor has checked you and told you it's fine to exercise. When they have, send /workout.";

    public string AskCheckedUp =>
        "Before we train again: after what you told me last time, has a doctor checked you and told you it's fine to exercise?";

    public string CheckedUpButton => "✅ Yes, I've been checked";
    public string NotCheckedUpButton => "Not yet";
    public string HoldLifted => "Thanks, good to hear. Let's start gently, and stop at once if anything like that comes back.";

    public string HoldKept =>
        "OK, training stays paused until you've been checked. If the symptoms come back or get worse, call your local emergency number or get urgent care.";

    public string UnwellInSession =>
        "Let's stop for today. Sit or lie down and have some water. If it doesn't pass soon, or comes with chest pain or breathlessness, get medical help.";

    public string UnwellElsewhere =>
        "Please don't train while you feel like that. Rest, drink some water, and get medical help if it doesn't pass or gets worse.";

    // ----- reminders -----

    public RichText Reminder(TrainingProgram program, string label, IReadOnlyList<SessionItem> items, int minutes, bool afterBreak)
    {
        var names = items.Take(3).Select(i => ExerciseName(i).ToLowerInvariant()).ToList();
        var more = items.Count > 3 ? $" and {items.Count - 3} more" : "";
        var session = label.Length > 0 ? $"session {label} of {ProgramName(program.Goal)}" : ProgramName(program.Goal);
        var lead = afterBreak
            ? "Welcome back! It has been a while, so today's session is a lighter one."
            : "Time for your hip session!";
        return new RichText().Bold(lead).Line()
            .Add($"Today: {session}, about {minutes} min: {string.Join(", ", names)}{more}.");
    }

    public string AskAboutFrequency(int unanswered) =>
        $"I've sent you {unanswered} reminders without hearing back, and that's fine. Would fewer training days suit you better, or a pause?";

    public string Snoozed(TimeOnly at) => $"OK, I'll remind you again at {at.ToString("HH:mm", Culture)}.";

    public string SkippedToday => "No problem, skipping today. See you next session.";
    public string KeepingReminders => "Got it: reminders stay as they are.";
    public string RestIsOver => "Rest is over: time for the next set.";
    public string WelcomeBackLighter => "Welcome back! We'll start a little lighter today: one set less of everything.";

    // ----- commands -----

    /// <summary>How the bot works, and every command with its line, in the command table's order.</summary>
    public RichText Help(IEnumerable<(string Name, string Description)> commands)
    {
        var help = new RichText()
            .Bold("How I work").Line()
            .Line("I remind you on your training days and guide every set. After a set, reply with what you did: 15, 12/side, 12, 10, 8, done, fewer, skip, skip exercise, too hard, too easy or stop.")
            .Line();
        foreach (var command in commands)
        {
            help.Line($"/{command.Name} {char.ToLowerInvariant(command.Description[0])}{command.Description[1..]}");
        }

        return help.Line().Italic(NotMedicalAdvice);
    }

    public string CommandWorkout => "Start a session now";
    public string CommandStats => "Your sessions so far";
    public string CommandSchedule => "Change your training days, time or time zone";
    public string CommandGoal => "Change what you train for";
    public string CommandBands => "Update the bands you own";
    public string CommandPause => "Pause reminders";
    public string CommandResume => "Resume reminders";
    public string CommandExport => "A copy of everything stored about you";
    public string CommandDelete => "Delete everything stored about you";
    public string CommandCancel => "Leave the current question (a session ends, what you logged is kept)";
    public string CommandStop => "End the current session";
    public string CommandHelp => "How I work";
    public string CommandStart => "Start, or pick up where we left off";

    public string WelcomeBack => "Welcome back! Let's pick up where we left off.";
    public string FinishSetupFirst => "Let's finish setting you up first; it takes a minute.";
    public string SetupPaused => "Setup paused; your answers so far are saved. Send /start when you want to continue.";
    public string NothingChanged => "OK, nothing changed.";
    public string NothingToCancel => "Nothing to cancel right now.";
    public string NothingToStop => "No session is running. To stop reminders, use /pause.";
    public string NothingToPause => "There are no reminders to pause yet: finish setup first.";

    public string Paused() => "Reminders paused. /resume brings them back; /workout still works any time.";

    public string Resumed(Schedule? schedule) => schedule is null
        ? "Reminders are on, but there's no schedule yet: set one with /schedule."
        : $"Reminders back on: {ScheduleText(schedule)}.";

    public string AlreadyPaused => "Reminders are already paused. /resume brings them back.";
    public string NotPaused => "Reminders are already on.";

    public string ScheduleSaved(Schedule schedule) => $"Schedule saved: {ScheduleText(schedule)}.";

    public string GoalChanged(TrainingProgram program) =>
        $"Goal changed to {GoalName(program.Goal).ToLowerInvariant()}: your next session follows {ProgramName(program.Goal)}.";

    public string UnknownCommand(string name) =>
        $"I don't know /{Graphemes.Clip(name, 33)}. /help lists what I can do.";

    public string CannotRead(MessageKind kind) => kind switch
    {
        MessageKind.Other => "I can't read that kind of message, only text and buttons.",
        _ => $"I can't read {KindName(kind)}s, only text and buttons.",
    };

    private static string KindName(MessageKind kind) => kind switch
    {
        MessageKind.VoiceMessage => "voice message",
        MessageKind.VideoMessage => "video message",
        MessageKind.Gif => "GIF",
        MessageKind.AudioFile => "audio file",
        MessageKind.DiceRoll => "dice roll",
        _ => kind.ToString().ToLowerInvariant(),
    };

    public string StateReset =>
        "I was updated and lost track of where we were in our conversation. Your profile and training history are safe.";

    public string DidNotCatch => "Sorry, I didn't catch that.";

    public string EditChangesNothing => "Edits of earlier messages don't change anything. Send a new message instead.";

    public string EditNotRead(int sets) => sets == 1
        ? "I couldn't read that edit as a result, so the set stays as logged."
        : $"I couldn't read that edit as {sets} results, so those sets stay as logged.";

    public string Corrected(string exercise, IReadOnlyList<int?> before, IReadOnlyList<int?> after, SetTarget target) =>
        $"Corrected {exercise}: {Results(after, target)} (was {Results(before, target)}).";
    public string QuestionPassed => "That question has passed.";

    public string SendingTooFast => "You're sending messages faster than I can answer. I read every one, and I'll answer where we are now.";

    public RichText Stats(CoachMemory memory, Profile profile, DateTimeOffset now)
    {
        if (memory.SessionsCompleted == 0 && memory.LastSessionAt is null)
        {
            return "No sessions logged yet. /workout starts one.";
        }

        var local = profile.TimeZone is { } zone ? TimeZones.ToLocal(now, zone) : now;
        var planned = profile.Days.Count();
        var thisWeek = memory.Weeks.GetValueOrDefault(Progress.WeeklyStats.WeekOf(local))?.Sessions ?? 0;
        var text = new RichText().Bold("Your training").Line();
        text.Line(planned > 0 ? $"This week: {thisWeek} of {planned} sessions" : $"This week: {thisWeek} sessions");
        if (planned > 0 && Progress.WeeklyStats.Streak(memory.Weeks, local, planned) is var streak and > 0)
        {
            text.Line($"Streak: {Plural(streak, "week")} on plan");
        }

        text.Add($"Sessions completed: {memory.SessionsCompleted}");
        if (memory.LastSessionAt is { } last)
        {
            var lastLocal = profile.TimeZone is { } z ? TimeZones.ToLocal(last, z) : last;
            text.Add($" (last: {DayNames[(int)lastLocal.DayOfWeek]} {lastLocal.Day} {MonthNames[lastLocal.Month - 1]}");
            if (memory.LastSession is { } totals)
            {
                text.Add($", {Plural(totals.Sets, "set")}, {VolumeText(totals)}");
            }

            text.Add(")");
        }

        text.Line();
        if (memory.BestEver.Count > 0)
        {
            text.Line().Bold("Per exercise").Add(" (band now · best set)").Line();
            foreach (var (id, best) in memory.BestEver.OrderBy(b => ExerciseName(b.Key), StringComparer.Ordinal))
            {
                var exercise = Exercises.Get(id);
                var program = profile.Program;
                var level = Progress.ExerciseLevel.Of(memory.Levels, program, id);
                var band = exercise.Band == BandUse.None || profile.Bands is not { Count: > 0 } bands
                    ? "no band"
                    : level.Bodyweight ? "no band yet"
                    : BandLabel(bands[program.LightestBandOnly ? 0 : Math.Clamp(level.Band, 0, bands.Count - 1)]);
                text.Line($"• {ExerciseName(exercise.Id)}: {band} · {best}{(exercise.Unit.IsTimed() ? " s" : "")}");
            }
        }

        var weeks = Progress.WeeklyStats.Last(memory.Weeks, local, 8);
        return text.Line().Add($"Work per week (reps; 3 s held counts as one), weeks from Monday {DayMonth(weeks[0].Monday)} to Monday {DayMonth(weeks[^1].Monday)}:").Line()
            .Pre(Progress.WeeklyStats.Chart(weeks));
    }

    // ----- shared formatting -----

    /// <summary>"1 set", "3 sets".</summary>
    private static string Plural(int count, string noun) => string.Create(CultureInfo.InvariantCulture, $"{count} {noun}{(count == 1 ? "" : "s")}");

    /// <summary>"16 Nov", in our own month names.</summary>
    private static string DayMonth(DateTime day) => string.Create(CultureInfo.InvariantCulture, $"{day.Day} {MonthNames[day.Month - 1]}");

    /// <summary>"15 reps (15-20)": the target, then the range it climbs in.</summary>
    private string AimText(SetTarget target) =>
        target.Aim is null || target.Min == target.Max ? Target(target) : $"{Target(target with { Min = target.PerSet, Max = target.PerSet })} ({target.Min}-{target.Max})";

    public string Target(SetTarget target)
    {
        var range = target.Min == target.Max ? $"{target.Max}" : $"{target.Min}-{target.Max}";
        return target.Unit switch
        {
            DoseUnit.Reps => $"{range} reps",
            DoseUnit.RepsPerSide => $"{range} per side",
            DoseUnit.StepsPerDirection => $"{range} steps each way",
            DoseUnit.Seconds => $"{range} s",
            DoseUnit.SecondsPerSide => $"{range} s per side",
            _ => range,
        };
    }

    public static string ScheduleText(Schedule schedule) =>
        $"{DaysText(schedule.Days)} at {schedule.Time.ToString("HH:mm", Culture)} ({TimeZones.Display(schedule.TimeZone)})";

    private static string DaysText(Weekdays days) => days == Weekdays.Every
        ? "every day"
        : string.Join(", ", days.Days().Select(d => DayNames[(int)d]));

    private static string BandList(IReadOnlyList<string>? bands) =>
        bands is null or { Count: 0 } ? "none (band-free versions)" : string.Join(" → ", bands);

    private static string BandLabel(string? band) => band switch
    {
        null => "no band",
        _ when band.EndsWith("band", StringComparison.Ordinal) => band,
        _ => band + " band",
    };

    public string ExerciseName(SessionItem item) => (item.VariantId is { } variantId ? VariantName(variantId) : ExerciseName(item.ExerciseId));

    private static string VolumeText(SessionTotals totals)
    {
        var parts = new List<string>();
        if (totals.Reps > 0)
        {
            parts.Add($"{totals.Reps} reps");
        }

        if (totals.Seconds > 0)
        {
            parts.Add($"{Seconds(TimeSpan.FromSeconds(totals.Seconds))} of holds and walks");
        }

        return parts.Count == 0 ? "no volume logged" : string.Join(" and ", parts);
    }

    private static string Seconds(TimeSpan span) => span.TotalSeconds < 120
        ? $"{(int)span.TotalSeconds} s"
        : $"{(int)span.TotalMinutes} min{(span.Seconds > 0 ? $" {span.Seconds} s" : "")}";

    private static Variant? Variant(SessionItem item)
    {
        if (item.VariantId is null)
        {
            return null;
        }

        var exercise = Exercises.Get(item.ExerciseId);
        return exercise.Easier.Concat(exercise.Harder).FirstOrDefault(v => v.Id == item.VariantId);
    }

    // ----- the catalogue's words -----

    public string ExerciseName(string exerciseId) => ExerciseTexts.Of(exerciseId).Name;
    public string Focus(string exerciseId) => ExerciseTexts.Of(exerciseId).Focus;
    public IReadOnlyList<string> HowTo(string exerciseId) => ExerciseTexts.Of(exerciseId).HowTo;
    public IReadOnlyList<string> Cues(string exerciseId) => ExerciseTexts.Of(exerciseId).Cues;
    public IReadOnlyList<string> Mistakes(string exerciseId) => ExerciseTexts.Of(exerciseId).Mistakes;
    public string VariantName(string variantId) => ExerciseTexts.OfVariant(variantId).Name;
    private static string VariantHowTo(string variantId) => ExerciseTexts.OfVariant(variantId).HowTo;
    private static string ProgramName(Goal goal) => ExerciseTexts.OfProgram(goal).Name;
    private static string ProgramPurpose(Goal goal) => ExerciseTexts.OfProgram(goal).Purpose;

    /// <summary>The catalogue's keys for tempos and placements are their English names.</summary>
    public string Tempo(string key) => key;

    public string Placement(string key) => key;

    // ----- said by the host -----

    public string PrivateChatOnly => "I coach one person at a time: talk to me in a private chat.";
    public string SomethingWentWrong => "Sorry, something went wrong on my side with that message. What you logged before is safe; please send it again.";
    public string ExportCaption => "Your HipBandBot data.";
    public string ExportWrittenTo(string caption, string path) => $"{caption} Written to {path}";

    public string TerminalGreeting(long chatId, string? logFile) =>
        string.Create(Culture, $"HipBandBot terminal chat (chat {chatId}). Type /start to begin, /help for commands, Ctrl+D to leave.{(logFile is null ? "" : $" Logs go to {logFile}.")}");

    public string TerminalContinues(long chatId) => string.Create(Culture, $"Chat {chatId} continues where it left off:");

    // ----- buttons and short acknowledgements -----

    public string GoalButton(Goal goal) => goal switch
    {
        Goal.Running => "🏃 Running",
        Goal.Strength => "💪 Stronger hips",
        Goal.WarmUp => "🔥 Warm-up",
        Goal.Gentle => "🌱 Gentle / rehab",
        _ => goal.ToString(),
    };

    public string BandsExampleButton => "Yellow, green, black";
    public string OneBandButton => "Just one band";
    public string NoBandsButton => "No bands";
    public string DaysButton(Weekdays days) => string.Join(' ', days.Days().Select(d => DayNames[(int)d]));
    public string EveryDayButton => "Every day";

    /// <summary>The city buttons of the zone question are named in English; the key is the name.</summary>
    public string City(string key) => key;

    public string CancelButton => "Cancel";
    public string DeleteYesButton => "🗑 Yes, delete everything";
    public string DeleteNoButton => "No, keep my data";
    public string StartNowButton => "▶️ Start now";
    public string SnoozeButton => "⏰ In 1 hour";
    public string SkipTodayButton => "Skip today";
    public string FewerDaysButton => "Fewer days";
    public string PauseRemindersButton => "Pause reminders";
    public string KeepAsIsButton => "Keep as is";
    public string PainMildButton => "1-3 mild";
    public string PainModerateButton => "4-5 moderate";
    public string PainBadButton => "6-10 bad";

    public string DaysChosen(Weekdays days, bool backToBack) => $"{DaysText(days)}.{(backToBack ? " " + BackToBackTip : "")}";

    public string TimeChosen(TimeOnly time) => $"{time.ToString("HH:mm", Culture)} it is.";
}
