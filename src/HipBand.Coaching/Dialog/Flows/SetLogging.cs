using HipBand.Coaching.Progress;
using HipBand.Coaching.Dialog.Table;

namespace HipBand.Coaching.Dialog.Flows;

/// <summary>Logging a set's result (one set, or several from one message), and correcting it when that message is edited.</summary>
internal static class SetLogging
{
    /// <summary>A reply above this many times the top of the target is questioned, not logged.</summary>
    private const int PlausibleFactor = 3;

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
        var reply = RepReplyParser.Parse(text, turn.Texts.Words);
        IReadOnlyList<int> values = reply.Kind switch
        {
            RepReplyKind.Counts => reply.Values,
            RepReplyKind.All => Enumerable.Repeat(item.Target.PerSet, last.Count).ToList(),
            _ => [],
        };
        if (values.Count != last.Count || values.Any(v => v <= 0 || v > item.Target.Max * PlausibleFactor))
        {
            return turn.Stay(SessionFlow.NumberReply(new RichText().Add(turn.Texts.EditNotRead(last.Count)).Paragraph(turn.Prompt().Text), SessionFlow.SetButtons(turn.Texts, session)));
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
            effects.Add(new SetLogged(session.Number, item.ExerciseId, item.VariantId, last.FirstSet + i + 1, item.Target, values[i], item.Band, difficulty, turn.Now) { Placement = item.Placement });
        }

        var corrected = turn with { State = SessionFlow.WithSession(turn.State, session with { Logged = logged }) };
        var said = new RichText().Add(turn.Texts.Corrected(turn.Texts.ExerciseName(item), before, [.. values.Select(v => (int?)v)], item.Target))
            .Paragraph(corrected.Prompt().Text);
        return new Outcome(corrected.State, [SessionFlow.NumberReply(said, SessionFlow.SetButtons(turn.Texts, session))], effects);
    }

    public static Outcome LogCounts(Turn turn, ActiveSession session, IReadOnlyList<int> values, Difficulty difficulty)
    {
        var target = session.Current.Target;
        var limit = target.Max * PlausibleFactor;
        var implausible = values.FirstOrDefault(v => v <= 0 || v > limit, int.MinValue);
        if (implausible != int.MinValue)
        {
            return turn.Stay(SessionFlow.NumberReply(turn.Texts.Implausible(implausible, session.Current), SessionFlow.SetButtons(turn.Texts, session))).WithEffects(new RestTimerCancelled());
        }

        var remaining = target.Sets - session.Set;
        if (values.Count > remaining)
        {
            return turn.Stay(SessionFlow.NumberReply(turn.Texts.TooManyValues(values.Count, remaining, turn.Texts.ExerciseName(session.Current)), SessionFlow.SetButtons(turn.Texts, session)))
                .WithEffects(new RestTimerCancelled());
        }

        // Far below the target ("1" on 15-20): asked once, then logged as said.
        if (values is [var only] && only * FarBelowFactor < target.Min && session.Confirming != only)
        {
            var confirming = session with { Confirming = only };
            var buttons = (IReadOnlyList<IReadOnlyList<ReplyButton>>)[[ReplyButton.For(SessionFlow.KeyOf(session), turn.Texts.ConfirmLowButton(only), only.ToString(System.Globalization.CultureInfo.InvariantCulture))], .. SessionFlow.SetButtons(turn.Texts, session)];
            return new Outcome(SessionFlow.WithSession(turn.State, confirming), SessionFlow.NumberReply(new RichText().Add(turn.Texts.ConfirmLow(only, target)), buttons))
                .WithEffects(new RestTimerCancelled());
        }

        return Log(turn, session, values.Select(v => (int?)v).ToList(), difficulty);
    }

    /// <summary>A single result below a third of the range's bottom is asked about once before it is logged.</summary>
    private const int FarBelowFactor = 3;

    /// <summary>Logs results for the current set and the ones after it, then moves on.</summary>
    public static Outcome Log(Turn turn, ActiveSession session, IReadOnlyList<int?> values, Difficulty difficulty)
    {
        var item = session.Current;
        var effects = new List<Effect>();
        var logged = new List<LoggedSet>(session.Logged);
        for (var i = 0; i < values.Count; i++)
        {
            var set = session.Set + i;
            logged.Add(new LoggedSet(session.Item, set, values[i], difficulty));
            effects.Add(new SetLogged(
                session.Number, item.ExerciseId, item.VariantId, set + 1, item.Target, values[i], item.Band, difficulty, turn.Now) { Placement = item.Placement });
        }

        var advanced = session with
        {
            Logged = logged,
            Set = session.Set + values.Count,
            AskedForCount = false,
            Confirming = null,
            PendingDifficulty = Difficulty.Normal,
            LastLog = turn.MessageId is { } messageId && values.Any(v => v is not null)
                ? new LastLog(messageId, session.Item, session.Set, values.Count)
                : null,
        };
        var finishedExercise = advanced.Set >= item.Target.Sets;
        if (finishedExercise)
        {
            // One optional question about the whole exercise, when something was done.
            var ask = values.Any(v => v is > 0) && EffortFlow.AskedIn(session.Goal);
            advanced = advanced with { Item = session.Item + 1, Set = 0, EffortOf = ask ? session.Item : null };
        }
        else
        {
            advanced = advanced with { EffortOf = null };
        }

        var lead = turn.Texts.Logged(values, item.Target) + (values.Any(v => v is not null) ? turn.Texts.Feeling(difficulty) : "");
        if (advanced.Item >= advanced.Items.Count)
        {
            var finished = SessionFlow.Finish(turn, advanced, completed: true, lead);
            return finished with { Effects = [.. effects, .. finished.Effects] };
        }

        // A skipped set needs no rest before the next one.
        var rest = Programs.For(session.Goal).Rest;
        var rested = values.Any(v => v is not null);
        var state = SessionFlow.WithSession(turn.State, advanced);
        var text = new RichText().Add(lead + (rested ? turn.Texts.RestThen(rest, finishedExercise ? turn.Texts.ExerciseName(item) : null) : turn.Texts.NextAfterSkip));
        if (finishedExercise)
        {
            var (opening, opened) = ExerciseOpening.Of(turn.Texts, advanced.Current, state.Conversation.Memory);
            text.Paragraph(opening);
            state = state with { Conversation = state.Conversation with { Memory = opened } };
        }

        text.Paragraph(turn.Texts.SetPrompt(advanced));
        if (rested)
        {
            effects.Add(new RestTimerWanted(rest, turn.Now + rest, SessionFlow.KeyOf(advanced)));
        }

        var buttons = SessionFlow.SetButtons(turn.Texts, advanced);
        if (advanced.EffortOf is not null)
        {
            buttons = [EffortFlow.Buttons(turn.Texts, SessionFlow.KeyOf(advanced)), .. buttons];
        }

        return new Outcome(state, [SessionFlow.NumberReply(text, buttons)], effects);
    }
}
