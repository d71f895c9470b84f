using System.Globalization;
using HipBand.Coaching.Progress;
using HipBand.Coaching.Dialog.Table;

namespace HipBand.Coaching.Dialog.Flows;

/// <summary>A workout, set by set: the set prompt, the person's reply, the log, the rest, the summary.</summary>
internal static class SessionFlow
{
    public static string QuestionKey(Turn turn) => KeyOf(turn.Conversation.Session!);

    /// <summary>Each set is its own question, so a button from an earlier set (or session) is recognised as stale.</summary>
    internal static string KeyOf(ActiveSession session) =>
        string.Create(CultureInfo.InvariantCulture, $"s{session.Number}.{session.Item}.{session.Set}");

    public static Reply Prompt(Turn turn)
    {
        var session = turn.Conversation.Session!;
        if (session.AskedForCount)
        {
            return NumberReply(turn.Texts.AskCount(session, tooHard: false), SetButtons(turn.Texts, session));
        }

        return NumberReply(turn.Texts.SetPrompt(session), SetButtons(turn.Texts, session));
    }

    /// <summary>The session that comes next for the person in this turn.</summary>
    public static NextSession NextPlan(Turn turn, bool forceLighter = false) =>
        NextSession.For(Onboarding.ProgramOf(turn.Profile), turn.Profile, turn.Conversation.Memory, turn.Now, forceLighter);

    /// <summary>
    /// Starts the next session, unless something stands before it: a red-flag hold asks whether a doctor has checked
    /// them, a readiness item waits for a clinician's OK, pain above 5 today means rest, and an open pain report (or a
    /// painful last session) asks how it feels first, unless that was just answered.
    /// </summary>
    public static Outcome Start(Turn turn, bool painChecked = false, bool lighter = false)
    {
        var memory = turn.Conversation.Memory;
        if (memory.ActiveHold is not null)
        {
            return MedicalHolds.Ask(turn);
        }

        if (memory.Readiness is { AwaitsClearance: true })
        {
            return ReadinessFlow.AskForClearance(turn);
        }

        if (PainFlow.RestingToday(turn))
        {
            return new Outcome(Onboarding.Ask(turn.State, Phase.Idle, Flow.Onboarding), new Reply(turn.Texts.RestingToday));
        }

        if (!painChecked && PainFlow.CheckDue(memory))
        {
            return PainFlow.CheckBeforeSession(turn);
        }

        var program = Onboarding.ProgramOf(turn.Profile);
        var index = memory.SessionsStarted;
        var (label, items, isLighter) = NextPlan(turn, lighter);
        if (items.Count == 0)
        {
            return turn.Hint(turn.Texts.NothingToTrainToday);
        }

        var session = new ActiveSession
        {
            Number = index + 1,
            Goal = program.Goal,
            Label = label,
            StartedAt = turn.Now,
            Items = items,
        };
        var (opening, opened) = ExerciseOpening.Of(turn.Texts, session.Current, memory);
        var state = turn.State with
        {
            Conversation = turn.Conversation with
            {
                Phase = Phase.InSession,
                Flow = Flow.Onboarding,
                Session = session,
                Memory = opened with { SessionsStarted = index + 1, Announcements = [], PendingEffort = null },
            },
        };
        var minutes = SessionPlanner.EstimateMinutes(session.Items, program.Rest);
        var text = new RichText();
        if (isLighter)
        {
            text.Add(lighter ? turn.Texts.LighterForPain : turn.Texts.WelcomeBackLighter);
        }

        text.Paragraph(turn.Texts.SessionHeader(session, program, minutes, firstTime: memory.SessionsCompleted == 0))
            .Paragraph(opening)
            .Paragraph(turn.Texts.SetPrompt(session));

        // What changed since last time is its own message (celebrated when something steps up), so that the session opens on one screen.
        Reply[] replies = memory.Announcements.Count > 0
            ? [new Reply(turn.Texts.Changes(memory.Announcements, upcoming: false)) { Celebrate = Celebration.StepsUp(memory.Announcements) }, NumberReply(text, SetButtons(turn.Texts, session))]
            : [NumberReply(text, SetButtons(turn.Texts, session))];
        return new Outcome(state, replies)
            .WithEffects(new SessionStarted(session.Number, program.Goal.ToString(), session.Label, turn.Now));
    }

    /// <summary>"Make it lighter": the rest of the exercise gets easier, and the set is asked again.</summary>
    public static Outcome? OnLighter(Turn turn, string text) =>
        turn.Texts.Words.Lighter.Contains(text.Trim().ToLowerInvariant())
            ? Continue(Easing.Ease(turn, turn.Conversation.Session!, out var change), change, offerLighter: false)
            : null;

    /// <summary>
    /// Form breaking down: the band article's rule, "if you can't complete the full range of motion with perfect form,
    /// drop to a lighter band", for the rest of the exercise and, as "too hard", for the next session.
    /// </summary>
    public static Outcome? OnFormBreaks(Turn turn, string text)
    {
        if (!turn.Texts.Words.FormBreaks.IsMatch(text.ToLowerInvariant()))
        {
            return null;
        }

        var eased = Easing.Ease(turn, turn.Conversation.Session!, out var change);
        var marked = eased with { State = WithSession(eased.State, eased.Conversation.Session! with { PendingDifficulty = Difficulty.TooHard }) };
        return Continue(marked, $"{turn.Texts.FormBreaks} {change}", offerLighter: false);
    }

    public static Outcome? OnResult(Turn turn, string text)
    {
        var session = turn.Conversation.Session!;
        var target = session.Current.Target;
        var reply = RepReplyParser.Parse(text, turn.Texts.Words);
        var difficulty = reply.Difficulty == Difficulty.Normal ? session.PendingDifficulty : reply.Difficulty;

        switch (reply.Kind)
        {
            case RepReplyKind.Stop:
                return Finish(turn, session, completed: false, lead: null);

            case RepReplyKind.Skip:
                return SetLogging.Log(turn, session, [null], Difficulty.Normal);

            case RepReplyKind.SkipExercise:
                var remaining = target.Sets - session.Set;
                return SetLogging.Log(turn, session, Enumerable.Repeat<int?>(null, remaining).ToList(), Difficulty.Normal);

            case RepReplyKind.Fewer:
                var asking = session with { AskedForCount = true, PendingDifficulty = difficulty };
                var state = WithSession(turn.State, asking);
                return new Outcome(state, NumberReply(turn.Texts.AskCount(asking, reply.Difficulty == Difficulty.TooHard), SetButtons(turn.Texts, asking)))
                    .WithEffects(new RestTimerCancelled());

            case RepReplyKind.All:
                return SetLogging.Log(turn, session, [target.PerSet], difficulty);

            case RepReplyKind.Counts when reply.Unit != SaidUnit.None && reply.Unit == SaidUnit.Time != target.Unit.IsTimed():
                // Units follow the exercise: reps typed on a hold are not logged as seconds, nor seconds as reps.
                return turn.Stay(NumberReply(new RichText().Add(turn.Texts.OtherUnit(target)).Paragraph(turn.Texts.SetPrompt(session)), SetButtons(turn.Texts, session)))
                    .WithEffects(new RestTimerCancelled());

            case RepReplyKind.Counts:
                return SetLogging.LogCounts(turn, session, reply.Values, difficulty);

            case RepReplyKind.NoneDone:
                var logged = SetLogging.Log(turn, session, [0], Difficulty.TooHard);
                var first = logged.Replies[0];
                var lighter = logged.State.Conversation.Session is { } after
                    ? [.. first.Buttons, [ReplyButton.For(KeyOf(after), turn.Texts.LighterButton, "lighter")]]
                    : first.Buttons;
                return logged with { Replies = [first with { Text = new RichText().Add(turn.Texts.NoneDoneKindly).Paragraph(first.Text), Buttons = lighter }, .. logged.Replies.Skip(1)] };

            case RepReplyKind.Next:
                return turn.Stay(NumberReply(new RichText().Add(turn.Texts.DoneOrSkipped).Paragraph(turn.Texts.SetPrompt(session)), SetButtons(turn.Texts, session)))
                    .WithEffects(new RestTimerCancelled());

            default:
                return turn.Hint(turn.Texts.RepHint(target)).WithEffects(new RestTimerCancelled());
        }
    }

    /// <summary>One short nudge when the rest before the current set is over, unless the person has moved on.</summary>
    public static Outcome OnRestOver(Turn turn, string questionKey)
    {
        if (turn.State.Phase != Phase.InSession || turn.Conversation.Session is not { AskedForCount: false } session || KeyOf(session) != questionKey)
        {
            return new Outcome(turn.State);
        }

        // The nudge only puts the open set again.
        return new Outcome(turn.State, NumberReply(new RichText().Add(turn.Texts.RestIsOver).Paragraph(turn.Texts.SetPrompt(session)), SetButtons(turn.Texts, session))).As(ReplyKind.Repeat);
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
        var buttons = SetButtons(turn.Texts, session);
        if (offerLighter)
        {
            buttons = [.. buttons, [ReplyButton.For(KeyOf(session), turn.Texts.LighterButton, "lighter")]];
        }

        return new Outcome(turn.State, NumberReply(new RichText().Add(lead).Paragraph(turn.Texts.SetPrompt(session)), buttons));
    }

    internal static Outcome Finish(Turn turn, ActiveSession session, bool completed, string? lead, string? notice = null, bool withSummary = true)
    {
        var local = turn.Profile.TimeZone is { } zone ? TimeZones.ToLocal(turn.Now, zone) : turn.Now;
        var before = turn.Conversation.Memory;
        var review = SessionReview.Of(before, session, turn.Profile.Bands ?? [], completed, turn.Now, local, PainFlow.MayProgress(before, turn.Now));
        var pendingEffort = EffortFlow.Pending(session, before, completed);
        review = review with { Memory = PainFlow.AfterSession(review.Memory, before, session, turn.Now) with { PendingEffort = pendingEffort } };
        var state = turn.State with
        {
            Conversation = turn.Conversation with { Phase = Phase.Idle, Flow = Flow.Onboarding, Session = null, Memory = review.Memory, PainCheck = null },
        };

        var better = review.Improved.Select(i => turn.Texts.BetterLine(turn.Texts.ExerciseName(i.ExerciseId), i.Best, i.Before, Exercises.Get(i.ExerciseId).Unit.IsTimed())).ToList();
        var text = completed ? turn.Texts.SessionComplete(review.Totals, better, review.FirstTime, lead, session.Goal) : turn.Texts.SessionStopped(review.Totals);
        if (notice is not null)
        {
            text = withSummary ? new RichText().Add(notice).Paragraph(text) : new RichText().Add(notice);
        }

        text.Paragraph(turn.Texts.Changes(review.Memory.Announcements, upcoming: true));
        var planned = turn.Profile.Days.Count();
        var week = review.Memory.Weeks.GetValueOrDefault(WeeklyStats.WeekOf(local));
        var weekComplete = completed && planned > 0 && week?.Sessions == planned;
        if (weekComplete)
        {
            text.Paragraph(turn.Texts.WeeklySummary(week!, planned, WeeklyStats.Streak(review.Memory.Weeks, local, planned)));
        }

        var next = Idle.Prompt(turn with { State = state });
        var celebrate = Celebration.StepsUp(review.Memory.Announcements) || (completed && Celebration.PersonalBest(before, review.Improved));
        var outcome = new Outcome(state, new Reply(text, EffortFlow.Buttons(turn.Texts, pendingEffort)) { Celebrate = celebrate }, next)
            .WithEffects(new RestTimerCancelled(), new SessionFinished(session.Number, completed, turn.Now));
        return weekComplete ? outcome.WithEffects(new ProgressPictureWanted(ProgressPictureOccasion.WeekComplete, turn.Now)) : outcome;
    }

    internal static Reply NumberReply(RichText text, IReadOnlyList<IReadOnlyList<ReplyButton>> buttons) =>
        new(text, buttons) { ExpectsNumber = true };

    internal static ChatState WithSession(ChatState state, ActiveSession session) =>
        state with { Conversation = state.Conversation with { Session = session } };

    internal static IReadOnlyList<IReadOnlyList<ReplyButton>> SetButtons(ITexts texts, ActiveSession session)
    {
        var key = KeyOf(session);
        return
        [
            [
                ReplyButton.For(key, texts.DoneButton(session.Current.Target), "done"),
                ReplyButton.For(key, texts.FewerButton, "fewer"),
                ReplyButton.For(key, texts.SkipButton, "skip"),
            ],
            [ReplyButton.For(key, texts.HowButton, HowTo.Answer)],
        ];
    }
}
