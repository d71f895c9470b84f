using HipBand.Coaching.Safety;
using HipBand.Coaching.Dialog.Table;

namespace HipBand.Coaching.Dialog.Flows;

/// <summary>
/// Pain, monitored across sessions the way physical therapists do: 0-3 is fine, 4-5 acceptable if it settles by the next
/// morning and does not rise, above 5 too much. A report stays open until a check-in before a session rates it 3 or
/// lower; above 5 it holds training for the day; nothing progresses while one is open.
/// </summary>
internal static class PainFlow
{
    private const int Mild = 3;
    private const int Moderate = 5;

    /// <summary>How many pain reports are kept, for /export and the week-to-week view.</summary>
    private const int Kept = 100;

    /// <summary>After pain rose between sessions, or a worse morning after, levels stay where they are this long.</summary>
    public static readonly TimeSpan NoProgression = TimeSpan.FromDays(7);

    /// <summary>A message that speaks of pain: rated at once when it carries a rating, else asked for one.</summary>
    public static Outcome OnMentioned(Turn turn, SafetySignal signal) =>
        signal.Rating is { } rating
            ? Rated(turn, Context(turn), rating, signal.Where, signal.OuterHip)
            : AskRating(turn, Context(turn), signal.Where, signal.OuterHip, turn.Texts.AskPain);

    /// <summary>A click, pop or wobble: asks whether it hurts, no more.</summary>
    public static Outcome AskIfHurts(Turn turn, SafetySignal signal)
    {
        var asking = turn.State with
        {
            Conversation = turn.Conversation with { Phase = Phase.AskIfHurts, PainCheck = Context(turn) with { Where = signal.Where, OuterHip = signal.OuterHip } },
        };
        return new Outcome(asking, IfHurtsPrompt(turn)).WithEffects(new RestTimerCancelled());
    }

    public static Reply IfHurtsPrompt(Turn turn) =>
        new(turn.Texts.AskIfHurts, [[ReplyButton.For("hurts", turn.Texts.ItHurtsButton, "yes"), ReplyButton.For("hurts", turn.Texts.NoHurtButton, "no")]]);

    /// <summary>It does not hurt: back to where we were, nothing recorded, nothing closed.</summary>
    public static Outcome? OnNoHurt(Turn turn, string text)
    {
        var said = Idle.Normalize(text);
        if (!turn.Texts.Words.DoesNotHurt.Contains(said) && SafetyClassifier.ReadRating(text) != 0)
        {
            return null;
        }

        var back = Back(turn.State, turn.Conversation.PainCheck!.ReturnTo);
        var next = turn with { State = back };
        return back.Conversation.Session is not null
            ? SessionFlow.Continue(next, turn.Texts.NoHurtCarryOn, offerLighter: false)
            : next.Hint(turn.Texts.NoPainNoted);
    }

    /// <summary>It hurts: the 0-10 question, or the rating when the answer carries one.</summary>
    public static Outcome? OnHurts(Turn turn, string text)
    {
        var check = turn.Conversation.PainCheck!;
        if (SafetyClassifier.ReadRating(text) is { } rating and > 0)
        {
            return Rated(turn, check, rating, SafetyClassifier.Where(text) ?? check.Where, check.OuterHip || SafetyClassifier.IsOuterHip(text));
        }

        return turn.Texts.Words.ItHurts.Contains(Idle.Normalize(text))
            ? AskRating(turn, check, SafetyClassifier.Where(text), SafetyClassifier.IsOuterHip(text), turn.Texts.AskPainAfterYes)
            : null;
    }

    /// <summary>Before the first session after a pain report: how the morning after felt, or how it feels now.</summary>
    public static Outcome CheckBeforeSession(Turn turn)
    {
        var memory = turn.Conversation.Memory;
        if (memory.MorningAfter is { } session)
        {
            return AskRating(turn, new PainCheck(PainContext.MorningAfter, turn.State.Phase, session.Where, false), null, false, turn.Texts.AskMorningAfter(session));
        }

        return AskRating(turn, new PainCheck(PainContext.BeforeSession, turn.State.Phase, memory.OpenPain?.Where, false), null, false, turn.Texts.AskPainBeforeSession(memory.OpenPain));
    }

    /// <summary>A check before a session is due: a report is open, or the last session hurt 4-5.</summary>
    public static bool CheckDue(CoachMemory memory) => memory.OpenPain is not null || memory.MorningAfter is not null;

    /// <summary>Pain above 5 at a check-in: no session before the person's next day.</summary>
    public static bool RestingToday(Turn turn) => turn.Conversation.Memory.RestUntil is { } until && turn.Now < until;

    public static Reply Prompt(Turn turn) => new(turn.Texts.AskPainAgain, RatingButtons(turn.Texts)) { ExpectsNumber = true };

    public static Outcome? OnRating(Turn turn, string text)
    {
        var check = turn.Conversation.PainCheck!;
        if (SafetyClassifier.ReadRating(text) is not { } rating)
        {
            return null;
        }

        var where = SafetyClassifier.Where(text) ?? check.Where;
        return Rated(turn, check, rating, where, check.OuterHip || SafetyClassifier.IsOuterHip(text));
    }

    /// <summary>Leaves the pain question without a rating (/cancel): back where we were.</summary>
    public static Outcome Leave(Turn turn)
    {
        var back = Back(turn.State, turn.Conversation.PainCheck?.ReturnTo ?? Phase.Idle);
        return new Outcome(back, (turn with { State = back }).Prompt());
    }

    /// <summary>
    /// No level goes up while a pain report is open, or in the week after pain rose between two sessions or the
    /// morning after was worse.
    /// </summary>
    public static bool MayProgress(CoachMemory memory, DateTimeOffset now) =>
        memory.OpenPain is null && !(memory.NoProgressionUntil is { } until && now < until);

    /// <summary>
    /// What a finished session leaves for the next: the morning-after question when it hurt 4-5, and no progression
    /// for a week when it hurt more than the session before.
    /// </summary>
    /// <param name="memory">What the coach remembers after the session's review.</param>
    /// <param name="before">What it remembered before the session, to compare with the one before it.</param>
    /// <param name="session">The session as it ended.</param>
    /// <param name="now">When it ended.</param>
    public static CoachMemory AfterSession(CoachMemory memory, CoachMemory before, ActiveSession session, DateTimeOffset now)
    {
        var during = memory.PainReports.Where(p => p.Session == session.Number && p.Context is PainContext.InSession).ToList();
        var highest = during.Count == 0 ? 0 : during.Max(p => p.Rating);
        var rose = highest > before.LastSessionPain && before.LastSessionAt is not null;
        return memory with
        {
            LastSessionPain = highest,
            MorningAfter = highest is > Mild and <= Moderate ? during.Last(p => p.Rating == highest) : null,
            NoProgressionUntil = rose ? now + NoProgression : memory.NoProgressionUntil,
        };
    }

    private static PainCheck Context(Turn turn) =>
        new(turn.Conversation.Session is not null ? PainContext.InSession : PainContext.Elsewhere, turn.State.Phase, null, false);

    private static Outcome AskRating(Turn turn, PainCheck check, BodyPart? where, bool outerHip, string question)
    {
        var asking = turn.State with
        {
            Conversation = turn.Conversation with
            {
                Phase = Phase.AskPain,
                PainCheck = check with { Where = where ?? check.Where, OuterHip = outerHip || check.OuterHip },
            },
        };
        return new Outcome(asking, new Reply(question, RatingButtons(turn.Texts)) { ExpectsNumber = true }).WithEffects(new RestTimerCancelled());
    }

    /// <summary>Acts on a rating, in its context, and records what was done.</summary>
    private static Outcome Rated(Turn turn, PainCheck check, int rating, BodyPart? where, bool outerHip)
    {
        var sideLyingNow = outerHip && !turn.Conversation.Memory.AvoidSideLying;
        var memory = turn.Conversation.Memory with { AvoidSideLying = turn.Conversation.Memory.AvoidSideLying || outerHip };
        var state = Back(turn.State with { Conversation = turn.Conversation with { Memory = memory } }, check.ReturnTo);
        var next = turn with { State = state };
        var note = sideLyingNow ? " " + turn.Texts.SideLyingOut : "";
        return check.Context switch
        {
            PainContext.InSession when state.Conversation.Session is not null => InSession(next, check, rating, where, note),
            PainContext.BeforeSession or PainContext.MorningAfter => CheckIn(next, check, rating, where, note),
            _ => Elsewhere(next, check, rating, where, note),
        };
    }

    private static Outcome InSession(Turn turn, PainCheck check, int rating, BodyPart? where, string note)
    {
        var session = turn.Conversation.Session!;
        var action = rating <= Mild ? PainAction.CarriedOn : rating <= Moderate ? PainAction.Eased : PainAction.Stopped;
        turn = Record(turn, new PainReport(rating, where, turn.Now, check.Context, action, session.Number), opens: rating > 0);
        if (note.Length > 0)
        {
            // Outer-hip pain: side-lying exercises leave this session too, not only the next ones.
            turn = SideLying.LeaveOut(turn, out var nothingLeft);
            if (nothingLeft)
            {
                return SessionFlow.Finish(turn, turn.Conversation.Session!, completed: true, lead: turn.Texts.SideLyingOutLastExercise);
            }
        }

        return action switch
        {
            PainAction.CarriedOn => SessionFlow.Continue(turn, (rating == 0 ? turn.Texts.NoPainCarryOn : turn.Texts.PainMild) + note, offerLighter: rating > 0),
            PainAction.Eased => SessionFlow.Continue(Easing.Ease(turn, turn.Conversation.Session!, out var change), turn.Texts.PainModerate(change) + note, offerLighter: false),
            _ => SessionFlow.StopFor(turn, turn.Texts.PainSevere + note),
        };
    }

    private static Outcome CheckIn(Turn turn, PainCheck check, int rating, BodyPart? where, string note)
    {
        var memory = turn.Conversation.Memory;
        var worse = check.Context == PainContext.MorningAfter && memory.MorningAfter is { } during && rating > during.Rating;
        var action = rating > Moderate ? PainAction.RestDay : worse ? PainAction.StartedLighterNoProgression : rating > Mild ? PainAction.StartedLighter : PainAction.Started;
        var report = new PainReport(rating, where, turn.Now, check.Context, action, memory.SessionsStarted + 1);
        turn = Record(turn, report, opens: false);
        memory = turn.Conversation.Memory with
        {
            // Only a check-in closes a report: at 3 or lower. Above that it stays open, at the new rating.
            OpenPain = rating <= Mild ? null : report,
            MorningAfter = null,
            RestUntil = action == PainAction.RestDay ? NextLocalDay(turn) : null,
            NoProgressionUntil = worse ? turn.Now + NoProgression : memory.NoProgressionUntil,
        };
        turn = turn with { State = turn.State with { Conversation = turn.Conversation with { Memory = memory } } };
        return action switch
        {
            PainAction.Started => SessionFlow.Start(turn, painChecked: true, lighter: false),
            PainAction.StartedLighter => SessionFlow.Start(turn, painChecked: true, lighter: true),
            PainAction.StartedLighterNoProgression => WithLead(SessionFlow.Start(turn, painChecked: true, lighter: true), turn.Texts.WorseMorningAfter),
            _ => new Outcome(turn.State, new Reply(turn.Texts.PainRestFirst + note)),
        };
    }

    private static Outcome Elsewhere(Turn turn, PainCheck check, int rating, BodyPart? where, string note)
    {
        turn = Record(turn, new PainReport(rating, where, turn.Now, check.Context, PainAction.Noted), opens: rating > 0);
        var text = rating == 0 ? turn.Texts.NoPainNoted : rating <= Mild ? turn.Texts.PainNoted : rating <= Moderate ? turn.Texts.PainModerateElsewhere : turn.Texts.PainSevereElsewhere;
        return turn.Hint(text + note);
    }

    /// <summary>
    /// Keeps the report; a rating above 0 opens it, unless a worse one is open already (a 2 for the hip does not close
    /// the knee's 4). A 0 never closes anything: only a check-in does.
    /// </summary>
    private static Turn Record(Turn turn, PainReport report, bool opens)
    {
        var memory = turn.Conversation.Memory;
        var open = opens && (memory.OpenPain is null || report.Rating >= memory.OpenPain.Rating) ? report : memory.OpenPain;
        memory = memory with { PainReports = memory.PainReports.Append(report).TakeLast(Kept).ToList(), OpenPain = open };
        return turn with { State = turn.State with { Conversation = turn.Conversation with { Memory = memory } } };
    }

    private static Outcome WithLead(Outcome outcome, string lead) =>
        outcome with { Replies = [new Reply(lead), .. outcome.Replies] };

    /// <summary>Midnight after today on the person's clock (UTC when no zone is known).</summary>
    private static DateTimeOffset NextLocalDay(Turn turn)
    {
        var local = turn.Profile.TimeZone is { } zone ? TimeZones.ToLocal(turn.Now, zone) : turn.Now;
        return local.Date.AddDays(1) is var midnight ? new DateTimeOffset(midnight, local.Offset).ToUniversalTime() : turn.Now;
    }

    /// <summary>Back to <paramref name="phase"/> (idle from a question about pain), with no pain question open.</summary>
    public static ChatState Back(ChatState state, Phase phase) =>
        state with { Conversation = state.Conversation with { Phase = phase is Phase.AskPain or Phase.AskIfHurts ? Phase.Idle : phase, PainCheck = null } };

    private static IReadOnlyList<IReadOnlyList<ReplyButton>> RatingButtons(ITexts texts) =>
    [
        [ReplyButton.For("pain", texts.PainMildButton, "2"), ReplyButton.For("pain", texts.PainModerateButton, "5"), ReplyButton.For("pain", texts.PainBadButton, "7")],
    ];
}
