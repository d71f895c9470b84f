namespace HipBand.Coaching.Dialog;

/// <summary>The dialog's own state: where the conversation is, and what the coach remembers between sessions.</summary>
public sealed record Conversation
{
    /// <summary>The shape of this record; stored state of another version is migrated or reset, never misread.</summary>
    /// <remarks>
    /// Version 2: level changes to announce are stored as data, no longer as English sentences. Version 3: pain is a
    /// list of reports with the one still open, places are names of <see cref="Safety.BodyPart"/>.
    /// </remarks>
    public const int CurrentSchemaVersion = 3;

    public int SchemaVersion { get; init; } = CurrentSchemaVersion;
    public Phase Phase { get; init; } = Phase.New;
    public Flow Flow { get; init; } = Flow.Onboarding;
    public ActiveSession? Session { get; init; }
    public CoachMemory Memory { get; init; } = new();

    /// <summary>While asking about pain: why we asked, and where to go back to.</summary>
    public PainCheck? PainCheck { get; init; }
}

/// <summary>
/// Why the pain question was asked: a report mid-set, elsewhere, the check before the next session, or the check of how
/// the morning after a painful session felt. Stored by name; new contexts are appended.
/// </summary>
public enum PainContext
{
    InSession,
    Elsewhere,
    BeforeSession,
    MorningAfter,
}

/// <summary>What the bot did about a pain report. Stored by name; new actions are appended.</summary>
public enum PainAction
{
    /// <summary>Noted between sessions.</summary>
    Noted,

    /// <summary>0-3 in a session: carried on, a lighter version offered.</summary>
    CarriedOn,

    /// <summary>4-5 in a session: the rest of the exercise made easier.</summary>
    Eased,

    /// <summary>Above 5 in a session: stopped for today.</summary>
    Stopped,

    /// <summary>0-3 at the check before a session: the session as planned.</summary>
    Started,

    /// <summary>4-5 at the check before a session: a lighter one.</summary>
    StartedLighter,

    /// <summary>Above 5 at the check before a session: no session that day.</summary>
    RestDay,

    /// <summary>Worse the morning after than during the session: lighter work, and no progression for a week.</summary>
    StartedLighterNoProgression,
}

/// <summary>A pain question under way: its context, the phase to go back to, and what the person said of the place.</summary>
public sealed record PainCheck(PainContext Context, Phase ReturnTo, Safety.BodyPart? Where, bool OuterHip);

/// <summary>A pain the person rated: how much, where, when, in which context and session, and what the bot did.</summary>
public sealed record PainReport(int Rating, Safety.BodyPart? Where, DateTimeOffset At, PainContext Context = PainContext.Elsewhere, PainAction Action = PainAction.Noted, int? Session = null);

/// <summary>
/// A red flag closes training until the person says a doctor has checked them: why and since when, and when they
/// said so.
/// </summary>
public sealed record MedicalHold(Safety.RedFlagSign Reason, DateTimeOffset Since, DateTimeOffset? LiftedAt = null)
{
    [System.Text.Json.Serialization.JsonIgnore]
    public bool Active => LiftedAt is null;
}

/// <summary>
/// The readiness check: whether anything applied and what, when it was answered, when a clinician's OK was confirmed
/// (for the gentle program), and when they cleared the person for full training.
/// </summary>
public sealed record ReadinessAnswer(bool AnyApplies, DateTimeOffset At, DateTimeOffset? ClearedAt = null, Safety.ReadinessSign Sign = Safety.ReadinessSign.Unspecified, DateTimeOffset? FullyClearedAt = null)
{
    /// <summary>Something applies and no clinician has OKed training yet: no sessions.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public bool AwaitsClearance => AnyApplies && ClearedAt is null;

    /// <summary>Something applies and training is not cleared in full: the gentle program only.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public bool GentleOnly => AnyApplies && FullyClearedAt is null;
}

/// <summary>What the coach remembers between sessions.</summary>
public sealed record CoachMemory
{
    /// <summary>Sessions begun; the next one gets number <c>SessionsStarted + 1</c> and rotates by it.</summary>
    public int SessionsStarted { get; init; }

    public int SessionsCompleted { get; init; }

    /// <summary>Sessions stopped before anything was answered: the rotation does not move on for them.</summary>
    public int EmptySessions { get; init; }

    /// <summary>Where the program's rotation stands: sessions in which something was answered.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public int Rotation => SessionsStarted - EmptySessions;
    public DateTimeOffset? LastSessionAt { get; init; }

    /// <summary>The last finished session in a few numbers, for /stats.</summary>
    public SessionTotals? LastSession { get; init; }

    /// <summary>The best set per exercise the last time it was done, to say what went better.</summary>
    public IReadOnlyDictionary<string, int> LastBest { get; init; } = new Dictionary<string, int>();

    /// <summary>Reminders sent since the person last said anything; reset by any message from them.</summary>
    public int UnansweredReminders { get; init; }

    /// <summary>We asked whether to remind less often; asked once, until the person answers us again.</summary>
    public bool AskedAboutFrequency { get; init; }

    /// <summary>The person's level per exercise (double progression).</summary>
    public IReadOnlyDictionary<string, Progress.ExerciseLevel> Levels { get; init; } = new Dictionary<string, Progress.ExerciseLevel>();

    /// <summary>The best set ever per exercise, for /stats.</summary>
    public IReadOnlyDictionary<string, int> BestEver { get; init; } = new Dictionary<string, int>();

    /// <summary>Sessions and work per local ISO week ("2026-W47"), the last year or so, for /stats.</summary>
    public IReadOnlyDictionary<string, WeekTotals> Weeks { get; init; } = new Dictionary<string, WeekTotals>();

    /// <summary>Changes of level to announce when the next session starts.</summary>
    public IReadOnlyList<Progress.LevelChange> Announcements { get; init; } = [];

    /// <summary>The readiness check in force (of onboarding, or said later); null for people set up before it existed.</summary>
    public ReadinessAnswer? Readiness { get; init; }

    /// <summary>Readiness answers that a later one replaced, the latest last (a few kept, for /export).</summary>
    public IReadOnlyList<ReadinessAnswer> EarlierReadiness { get; init; } = [];

    /// <summary>Every pain the person rated, the latest last (the last 100, for /export and the week-to-week view).</summary>
    public IReadOnlyList<PainReport> PainReports { get; init; } = [];

    /// <summary>
    /// The pain report still open: the next session starts by asking how it feels, only a check-in of 3 or lower closes
    /// it, and nothing progresses while it is open. Above 5 it is a pain hold.
    /// </summary>
    public PainReport? OpenPain { get; init; }

    /// <summary>A session with pain of 4-5: the next one asks first how the morning after felt.</summary>
    public PainReport? MorningAfter { get; init; }

    /// <summary>Pain above 5 at a check-in: no session before this instant (the person's next local day).</summary>
    public DateTimeOffset? RestUntil { get; init; }

    /// <summary>Pain rose between two sessions, or the morning after was worse: no level goes up before this instant.</summary>
    public DateTimeOffset? NoProgressionUntil { get; init; }

    /// <summary>The highest pain rated during the last finished session (0 when none), to see whether pain rises.</summary>
    public int LastSessionPain { get; init; }

    /// <summary>Red-flag holds, the latest last (a few kept, for /export); an active one closes training.</summary>
    public IReadOnlyList<MedicalHold> Holds { get; init; } = [];

    /// <summary>The red-flag hold in force, if any.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public MedicalHold? ActiveHold => Holds.Count > 0 && Holds[^1].Active ? Holds[^1] : null;

    /// <summary>Pain on the outside of the hip: side-lying exercises stay out until the person says it is better.</summary>
    public bool AvoidSideLying { get; init; }

    /// <summary>Exercises and variants whose steps the person has been shown; after that a session opens them by name, steps behind How?.</summary>
    public IReadOnlyList<string> Introduced { get; init; } = [];

    /// <summary>Tempo codes ("2-1-2") already explained to the person.</summary>
    public IReadOnlyList<string> TemposExplained { get; init; } = [];

    /// <summary>The runner article's note (healthy athletes, no previous injuries) has been shown.</summary>
    public bool RunnerNoteShown { get; init; }

    /// <summary>
    /// The last exercise of the last session, whose effort can still be tapped on the summary: the level it was planned
    /// at and how it went, so the tap can redo its step.
    /// </summary>
    public PendingEffort? PendingEffort { get; init; }
}

/// <summary>An exercise that ended a session, waiting for an optional effort tap: its session, level before and result.</summary>
public sealed record PendingEffort(int Session, Progress.ExerciseLevel Before, Progress.ExerciseResult Result, int Sets);

/// <summary>One week's training: sessions completed, and work (reps, plus a rep for every 3 s held).</summary>
public sealed record WeekTotals(int Sessions, int Work);

/// <summary>A finished session in a few numbers.</summary>
public sealed record SessionTotals(string Label, int Exercises, int Sets, int Reps, int Seconds);
