using System.Globalization;
using HipBand.Coaching.Catalog;
using HipBand.Coaching.Progress;
using HipBand.Coaching.Scheduling;
using HipBand.Coaching.Text;

namespace HipBand.Coaching.Dialog;

/// <summary>A workout, set by set: the set prompt, the person's reply, the log, the rest, the summary.</summary>
internal static class SessionFlow
{
    /// <summary>A reply above this many times the top of the target is questioned, not logged.</summary>
    private const int PlausibleFactor = 3;

    public static string QuestionKey(Turn turn) => KeyOf(turn.Conversation.Session!);

    /// <summary>Each set is its own question, so a button from an earlier set (or session) is recognised as stale.</summary>
    private static string KeyOf(ActiveSession session) =>
        string.Create(CultureInfo.InvariantCulture, $"s{session.Number}.{session.Item}.{session.Set}");

    public static Reply Prompt(Turn turn)
    {
        var session = turn.Conversation.Session!;
        if (session.AskedForCount)
        {
            return NumberReply(Say.AskCount(session, tooHard: false), SetButtons(session));
        }

        return NumberReply(Say.SetPrompt(session), SetButtons(session));
    }

    /// <summary>After this long without a session, the next one is lighter and opens with a welcome back.</summary>
    public static readonly TimeSpan LongBreak = TimeSpan.FromDays(14);

    /// <summary>The session that comes next: its label, its plan, and whether it is the lighter one after a long break.</summary>
    /// <param name="turn">The turn.</param>
    /// <param name="forceLighter">Lighter whatever the break (pain of 4-5 at the check before it).</param>
    public static (string Label, IReadOnlyList<SessionItem> Items, bool Lighter) NextPlan(Turn turn, bool forceLighter = false)
    {
        var program = Onboarding.ProgramOf(turn.Profile);
        var memory = turn.Conversation.Memory;
        var lighter = forceLighter || (memory.LastSessionAt is { } last && turn.Now - last >= LongBreak);
        var index = memory.SessionsStarted;
        var items = SessionPlanner.Plan(program, index, turn.Profile.Bands ?? [], lighter, memory.Levels);
        if (memory.AvoidSideLying)
        {
            items = [.. items.Where(i => !SafetyFlow.IsSideLying(i.ExerciseId))];
        }

        return (program.SessionAt(index).Label, items, lighter);
    }

    /// <summary>Starts the next session; after a pain report, asks how it feels first (unless that was just answered).</summary>
    public static Outcome Start(Turn turn, bool painChecked = false, bool lighter = false)
    {
        if (!painChecked && turn.Conversation.Memory.CheckPainFirst)
        {
            return SafetyFlow.CheckBeforeSession(turn);
        }

        var program = Onboarding.ProgramOf(turn.Profile);
        var memory = turn.Conversation.Memory with { CheckPainFirst = false };
        turn = turn with { State = turn.State with { Conversation = turn.Conversation with { Memory = memory } } };
        var index = memory.SessionsStarted;
        var (label, items, isLighter) = NextPlan(turn, lighter);
        if (items.Count == 0)
        {
            return turn.Hint(Say.NothingToTrainToday);
        }

        var session = new ActiveSession
        {
            Number = index + 1,
            Goal = program.Goal,
            Label = label,
            StartedAt = turn.Now,
            Items = items,
        };
        var state = turn.State with
        {
            Conversation = turn.Conversation with
            {
                Phase = Phase.InSession,
                Flow = Flow.Onboarding,
                Session = session,
                Memory = memory with { SessionsStarted = index + 1, Announcements = [] },
            },
        };
        var minutes = SessionPlanner.EstimateMinutes(session.Items, program.Rest);
        var text = new RichText();
        if (isLighter)
        {
            text.Add(lighter ? Say.LighterForPain : Say.WelcomeBackLighter);
        }

        text.Paragraph(Say.Changes(memory.Announcements, upcoming: false))
            .Paragraph(Say.SessionHeader(session, program, minutes))
            .Paragraph(Say.Introduce(session.Current))
            .Paragraph(Say.SetPrompt(session));
        return new Outcome(state, NumberReply(text, SetButtons(session)))
            .WithEffects(new SessionStarted(session.Number, program.Goal.ToString(), session.Label, turn.Now));
    }

    public static Outcome? OnAnswer(Turn turn, string text)
    {
        var session = turn.Conversation.Session!;
        var target = session.Current.Target;
        if (LighterWords.Contains(text.Trim().ToLowerInvariant()))
        {
            return Continue(Ease(turn, session, out var change), change, offerLighter: false);
        }

        var reply = RepReplyParser.Parse(text);
        var difficulty = reply.Difficulty == Difficulty.Normal ? session.PendingDifficulty : reply.Difficulty;

        switch (reply.Kind)
        {
            case RepReplyKind.Stop:
                return Finish(turn, session, completed: false, lead: null);

            case RepReplyKind.Skip:
                return Log(turn, session, [null], Difficulty.Normal);

            case RepReplyKind.SkipExercise:
                var remaining = target.Sets - session.Set;
                return Log(turn, session, Enumerable.Repeat<int?>(null, remaining).ToList(), Difficulty.Normal);

            case RepReplyKind.Fewer:
                var asking = session with { AskedForCount = true, PendingDifficulty = difficulty };
                var state = WithSession(turn.State, asking);
                return new Outcome(state, NumberReply(Say.AskCount(asking, reply.Difficulty == Difficulty.TooHard), SetButtons(asking)))
                    .WithEffects(new RestTimerCancelled());

            case RepReplyKind.All:
                return Log(turn, session, [target.Max], difficulty);

            case RepReplyKind.Counts:
                return LogCounts(turn, session, reply.Values, difficulty);

            default:
                return turn.Hint(Say.RepHint(target)).WithEffects(new RestTimerCancelled());
        }
    }

    /// <summary>
    /// The person edited the message that logged the latest sets: the sets take the edited numbers, and the open
    /// set is asked again. Null when the edit is of any other message, or does not read as a result for those sets.
    /// </summary>
    public static Outcome? Correct(Turn turn, long messageId, string text)
    {
        if (turn.State.Phase != Phase.InSession || turn.Conversation.Session is not { LastLog: { } last } session || last.MessageId != messageId)
        {
            return null;
        }

        var item = session.Items[last.Item];
        var reply = RepReplyParser.Parse(text);
        IReadOnlyList<int> values = reply.Kind switch
        {
            RepReplyKind.Counts => reply.Values,
            RepReplyKind.All => Enumerable.Repeat(item.Target.Max, last.Count).ToList(),
            _ => [],
        };
        if (values.Count != last.Count || values.Any(v => v <= 0 || v > item.Target.Max * PlausibleFactor))
        {
            return turn.Stay(NumberReply(new RichText().Add(Say.EditNotRead(last.Count)).Paragraph(turn.Prompt().Text), SetButtons(session)));
        }

        var logged = session.Logged.ToList();
        var before = new List<int?>();
        var effects = new List<Effect>();
        for (var i = 0; i < last.Count; i++)
        {
            var at = logged.FindIndex(l => l.Item == last.Item && l.Set == last.FirstSet + i);
            var difficulty = reply.Difficulty == Difficulty.Normal ? logged[at].Difficulty : reply.Difficulty;
            before.Add(logged[at].Done);
            logged[at] = logged[at] with { Done = values[i], Difficulty = difficulty };
            effects.Add(new SetLogged(session.Number, item.ExerciseId, item.VariantId, last.FirstSet + i + 1, item.Target, values[i], item.Band, difficulty, turn.Now));
        }

        var corrected = new Turn(WithSession(turn.State, session with { Logged = logged }), turn.Now);
        var said = new RichText().Add(Say.Corrected(Say.ExerciseName(item), before, [.. values.Select(v => (int?)v)], item.Target))
            .Paragraph(corrected.Prompt().Text);
        return new Outcome(corrected.State, [NumberReply(said, SetButtons(session))], effects);
    }

    /// <summary>One short nudge when the rest before the current set is over, unless the person has moved on.</summary>
    public static Outcome OnRestOver(Turn turn, string questionKey)
    {
        if (turn.State.Phase != Phase.InSession || turn.Conversation.Session is not { AskedForCount: false } session || KeyOf(session) != questionKey)
        {
            return new Outcome(turn.State);
        }

        return new Outcome(turn.State, NumberReply(new RichText().Add(Say.RestIsOver).Paragraph(Say.SetPrompt(session)), SetButtons(session)));
    }

    /// <summary>Ends the session, keeping what was logged.</summary>
    public static Outcome Stop(Turn turn) => Finish(turn, turn.Conversation.Session!, completed: false, lead: null);

    /// <summary>Ends the session for a reason (pain, feeling unwell, a red flag), keeping what was logged.</summary>
    public static Outcome StopFor(Turn turn, string reason, bool withSummary = true) =>
        Finish(turn, turn.Conversation.Session!, completed: false, lead: null, notice: reason, withSummary);

    /// <summary>Goes on with the current set after a word in between (a pain rating), offering a lighter version if asked.</summary>
    public static Outcome Continue(Turn turn, string lead, bool offerLighter)
    {
        var session = turn.Conversation.Session!;
        var buttons = SetButtons(session);
        if (offerLighter)
        {
            buttons = [.. buttons, [ReplyButton.For(KeyOf(session), Say.LighterButton, "lighter")]];
        }

        return new Outcome(turn.State, NumberReply(new RichText().Add(lead).Paragraph(Say.SetPrompt(session)), buttons));
    }

    /// <summary>
    /// Makes the rest of the current exercise easier: a lighter band if there is one, else the easier variant the
    /// articles name, else about a third fewer reps. <paramref name="change"/> says which, in a sentence.
    /// </summary>
    public static Turn Ease(Turn turn, ActiveSession session, out string change)
    {
        var item = session.Current;
        var exercise = Exercises.Get(item.ExerciseId);
        var bands = turn.Profile.Bands ?? [];
        var bandIndex = item.Band is null ? -1 : IndexOf(bands, item.Band);
        SessionItem eased;
        if (bandIndex > 0)
        {
            eased = item with { Band = bands[bandIndex - 1] };
            change = Say.EasedBand(bands[bandIndex - 1]);
        }
        else if (item.VariantId is null && exercise.Easier.Count > 0)
        {
            var variant = exercise.Easier[0];
            var dose = variant.Dose is { } d ? item.Target with { Min = d.Min, Max = d.Max } : item.Target;
            eased = item with { VariantId = variant.Id, Target = dose, Band = variant.NeedsBand ? item.Band : null };
            change = Say.EasedVariant(variant.Name);
        }
        else
        {
            var min = Math.Max(1, item.Target.Min * 2 / 3);
            eased = item with { Target = item.Target with { Min = min, Max = Math.Max(min, item.Target.Max * 2 / 3) } };
            change = Say.EasedReps(Say.Target(eased.Target));
        }

        var items = session.Items.Select((it, i) => i == session.Item ? eased : it).ToList();
        var state = WithSession(turn.State, session with { Items = items });
        return new Turn(state, turn.Now);
    }

    private static readonly HashSet<string> LighterWords = ["lighter", "make it lighter", "easier", "make it easier"];

    private static int IndexOf(IReadOnlyList<string> bands, string band)
    {
        for (var i = 0; i < bands.Count; i++)
        {
            if (bands[i] == band)
            {
                return i;
            }
        }

        return -1;
    }

    private static Outcome LogCounts(Turn turn, ActiveSession session, IReadOnlyList<int> values, Difficulty difficulty)
    {
        var target = session.Current.Target;
        var limit = target.Max * PlausibleFactor;
        var implausible = values.FirstOrDefault(v => v <= 0 || v > limit, int.MinValue);
        if (implausible != int.MinValue)
        {
            return turn.Stay(NumberReply(Say.Implausible(implausible, target), SetButtons(session))).WithEffects(new RestTimerCancelled());
        }

        var remaining = target.Sets - session.Set;
        if (values.Count > remaining)
        {
            return turn.Stay(NumberReply(Say.TooManyValues(values.Count, remaining, Say.ExerciseName(session.Current)), SetButtons(session)))
                .WithEffects(new RestTimerCancelled());
        }

        return Log(turn, session, values.Select(v => (int?)v).ToList(), difficulty);
    }

    /// <summary>Logs results for the current set and the ones after it, then moves on.</summary>
    private static Outcome Log(Turn turn, ActiveSession session, IReadOnlyList<int?> values, Difficulty difficulty)
    {
        var item = session.Current;
        var effects = new List<Effect>();
        var logged = new List<LoggedSet>(session.Logged);
        for (var i = 0; i < values.Count; i++)
        {
            var set = session.Set + i;
            logged.Add(new LoggedSet(session.Item, set, values[i], difficulty));
            effects.Add(new SetLogged(
                session.Number, item.ExerciseId, item.VariantId, set + 1, item.Target, values[i], item.Band, difficulty, turn.Now));
        }

        var advanced = session with
        {
            Logged = logged,
            Set = session.Set + values.Count,
            AskedForCount = false,
            PendingDifficulty = Difficulty.Normal,
            LastLog = turn.MessageId is { } messageId && values.Any(v => v is not null)
                ? new LastLog(messageId, session.Item, session.Set, values.Count)
                : null,
        };
        var finishedExercise = advanced.Set >= item.Target.Sets;
        if (finishedExercise)
        {
            advanced = advanced with { Item = session.Item + 1, Set = 0 };
        }

        var lead = Say.Logged(values, item.Target) + (values.Any(v => v is not null) ? Say.Feeling(difficulty) : "");
        if (advanced.Item >= advanced.Items.Count)
        {
            var finished = Finish(turn, advanced, completed: true, lead);
            return finished with { Effects = [.. effects, .. finished.Effects] };
        }

        var rest = Programs.For(session.Goal).Rest;
        var state = WithSession(turn.State, advanced);
        var text = new RichText().Add(lead + Say.RestThen(rest, finishedExercise ? Say.ExerciseName(item) : null));
        if (finishedExercise)
        {
            text.Paragraph(Say.Introduce(advanced.Current));
        }

        text.Paragraph(Say.SetPrompt(advanced));
        effects.Add(new RestTimerWanted(rest, turn.Now + rest, KeyOf(advanced)));
        return new Outcome(state, [NumberReply(text, SetButtons(advanced))], effects);
    }

    private static Outcome Finish(Turn turn, ActiveSession session, bool completed, string? lead, string? notice = null, bool withSummary = true)
    {
        var totals = Totals(session);
        var memory = turn.Conversation.Memory;
        var bests = BestPerExercise(session);
        var better = new List<string>();
        foreach (var (exerciseId, best) in bests)
        {
            if (memory.LastBest.TryGetValue(exerciseId, out var before) && best > before)
            {
                var exercise = Exercises.Get(exerciseId);
                better.Add(Say.BetterLine(exercise.Name, best, before, exercise.Unit.IsTimed()));
            }
        }

        var firstTime = bests.Keys.All(id => !memory.LastBest.ContainsKey(id));
        var lastBest = new Dictionary<string, int>(memory.LastBest);
        foreach (var (exerciseId, best) in bests)
        {
            lastBest[exerciseId] = best;
        }

        var loggedAnything = totals.Sets > 0;
        var rememberedSession = completed || loggedAnything;
        var (levels, changes) = Progressions(turn, session);
        var local = turn.Profile.TimeZone is { } zone ? TimeZones.ToLocal(turn.Now, zone) : turn.Now;
        var nextMemory = memory with
        {
            SessionsCompleted = memory.SessionsCompleted + (completed ? 1 : 0),
            LastSessionAt = rememberedSession ? turn.Now : memory.LastSessionAt,
            LastSession = rememberedSession ? totals : memory.LastSession,
            LastBest = lastBest,
            BestEver = BestEver(memory.BestEver, bests),
            Levels = levels,
            Announcements = changes,
            Weeks = rememberedSession ? WeeklyStats.Add(memory.Weeks, local, totals.Reps + (totals.Seconds / 3), completed) : memory.Weeks,
        };
        var state = turn.State with
        {
            Conversation = turn.Conversation with { Phase = Phase.Idle, Flow = Flow.Onboarding, Session = null, Memory = nextMemory, PainCheck = null },
        };

        var text = completed ? Say.SessionComplete(totals, better, firstTime, lead) : Say.SessionStopped(totals);
        if (notice is not null)
        {
            text = withSummary ? new RichText().Add(notice).Paragraph(text) : new RichText().Add(notice);
        }

        text.Paragraph(Say.Changes(changes, upcoming: true));
        var planned = turn.Profile.Days.Count();
        if (completed && planned > 0 && nextMemory.Weeks.GetValueOrDefault(WeeklyStats.WeekOf(local))?.Sessions == planned)
        {
            text.Paragraph(Say.WeeklySummary(nextMemory.Weeks[WeeklyStats.WeekOf(local)], planned, WeeklyStats.Streak(nextMemory.Weeks, local, planned)));
        }
        var next = Idle.Prompt(new Turn(state, turn.Now));
        return new Outcome(state, new Reply(text), next)
            .WithEffects(new RestTimerCancelled(), new SessionFinished(session.Number, completed, turn.Now));
    }

    /// <summary>Each exercise whose every set was answered moves along its progression; the changes come back as sentences.</summary>
    private static (IReadOnlyDictionary<string, ExerciseLevel> Levels, IReadOnlyList<string> Changes) Progressions(Turn turn, ActiveSession session)
    {
        var levels = new Dictionary<string, ExerciseLevel>(turn.Conversation.Memory.Levels);
        var changes = new List<string>();
        var bands = turn.Profile.Bands ?? [];
        var lightestOnly = Programs.For(session.Goal).LightestBandOnly;
        for (var index = 0; index < session.Items.Count; index++)
        {
            var item = session.Items[index];
            var sets = session.Logged.Where(l => l.Item == index).ToList();
            if (sets.Count < item.Target.Sets || sets.All(s => s.Done is null))
            {
                continue;
            }

            var result = new ExerciseResult(item.ExerciseId, item.Target.Min, item.Target.Max, [.. sets.Select(s => s.Done)], sets.Any(s => s.Difficulty == Difficulty.TooHard));
            var (level, change) = Progression.Next(levels.GetValueOrDefault(item.ExerciseId) ?? ExerciseLevel.Start, result, bands, lightestOnly, item.Target.Sets);
            levels[item.ExerciseId] = level;
            if (change is not null)
            {
                changes.Add(change.Announcement);
            }
        }

        return (levels, changes);
    }

    private static Dictionary<string, int> BestEver(IReadOnlyDictionary<string, int> before, Dictionary<string, int> today)
    {
        var best = new Dictionary<string, int>(before);
        foreach (var (id, value) in today)
        {
            best[id] = Math.Max(value, best.GetValueOrDefault(id));
        }

        return best;
    }

    private static SessionTotals Totals(ActiveSession session)
    {
        int sets = 0, reps = 0, seconds = 0;
        var exercises = new HashSet<int>();
        foreach (var set in session.Logged)
        {
            if (set.Done is not { } done)
            {
                continue;
            }

            sets++;
            exercises.Add(set.Item);
            var sides = session.Items[set.Item].Target.Unit.Sides();
            if (session.Items[set.Item].Target.Unit.IsTimed())
            {
                seconds += done * sides;
            }
            else
            {
                reps += done * sides;
            }
        }

        return new SessionTotals(session.Label, exercises.Count, sets, reps, seconds);
    }

    private static Dictionary<string, int> BestPerExercise(ActiveSession session)
    {
        var bests = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var set in session.Logged)
        {
            if (set.Done is { } done)
            {
                var id = session.Items[set.Item].ExerciseId;
                bests[id] = Math.Max(done, bests.GetValueOrDefault(id));
            }
        }

        return bests;
    }

    private static Reply NumberReply(RichText text, IReadOnlyList<IReadOnlyList<ReplyButton>> buttons) =>
        new(text, buttons) { ExpectsNumber = true };

    private static ChatState WithSession(ChatState state, ActiveSession session) =>
        state with { Conversation = state.Conversation with { Session = session } };

    private static IReadOnlyList<IReadOnlyList<ReplyButton>> SetButtons(ActiveSession session)
    {
        var key = KeyOf(session);
        return
        [
            [
                ReplyButton.For(key, Say.DoneButton(session.Current.Target), "done"),
                ReplyButton.For(key, Say.FewerButton, "fewer"),
                ReplyButton.For(key, Say.SkipButton, "skip"),
            ],
        ];
    }
}
