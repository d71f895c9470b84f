namespace HipBand.Coaching.Dialog;

/// <summary>The dialog's own state: where the conversation is, and what the coach remembers between sessions.</summary>
public sealed record Conversation
{
    /// <summary>The shape of this record; stored state of another version is migrated or reset, never misread.</summary>
    /// <remarks>Version 2: level changes to announce are stored as data, no longer as English sentences.</remarks>
    public const int CurrentSchemaVersion = 2;

    public int SchemaVersion { get; init; } = CurrentSchemaVersion;
    public Phase Phase { get; init; } = Phase.New;
    public Flow Flow { get; init; } = Flow.Onboarding;
    public ActiveSession? Session { get; init; }
    public CoachMemory Memory { get; init; } = new();

    /// <summary>While asking about pain: why we asked, and where to go back to.</summary>
    public PainCheck? PainCheck { get; init; }
}

/// <summary>Why the pain question was asked: a report mid-set, elsewhere, or the check before the next session.</summary>
public enum PainContext
{
    InSession,
    Elsewhere,
    BeforeSession,
}

/// <summary>A pain question under way: its context, the phase to go back to, and what the person said of the place.</summary>
public sealed record PainCheck(PainContext Context, Phase ReturnTo, string? Where, bool OuterHip);

/// <summary>The last pain the person reported.</summary>
public sealed record PainReport(int Rating, string? Where, DateTimeOffset At);

/// <summary>
/// A red flag closes training until the person says a doctor has checked them: why and since when, and when they
/// said so.
/// </summary>
public sealed record MedicalHold(Safety.RedFlagSign Reason, DateTimeOffset Since, DateTimeOffset? LiftedAt = null)
{
    public bool Active => LiftedAt is null;
}

/// <summary>The readiness check: whether anything applied, when it was answered, and when a clinician's OK was confirmed.</summary>
public sealed record ReadinessAnswer(bool AnyApplies, DateTimeOffset At, DateTimeOffset? ClearedAt = null);

/// <summary>What the coach remembers between sessions.</summary>
public sealed record CoachMemory
{
    /// <summary>Sessions begun; the next one gets number <c>SessionsStarted + 1</c> and rotates by it.</summary>
    public int SessionsStarted { get; init; }

    public int SessionsCompleted { get; init; }
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

    /// <summary>The readiness check of onboarding; null for people set up before it existed.</summary>
    public ReadinessAnswer? Readiness { get; init; }

    public PainReport? LastPain { get; init; }

    /// <summary>Red-flag holds, the latest last (a few kept, for /export); an active one closes training.</summary>
    public IReadOnlyList<MedicalHold> Holds { get; init; } = [];

    /// <summary>The red-flag hold in force, if any.</summary>
    public MedicalHold? ActiveHold => Holds.Count > 0 && Holds[^1].Active ? Holds[^1] : null;

    /// <summary>After a pain report, the next session starts by asking how it feels now.</summary>
    public bool CheckPainFirst { get; init; }

    /// <summary>Pain on the outside of the hip: side-lying exercises stay out until the person says it is better.</summary>
    public bool AvoidSideLying { get; init; }
}

/// <summary>One week's training: sessions completed, and work (reps, plus a rep for every 3 s held).</summary>
public sealed record WeekTotals(int Sessions, int Work);

/// <summary>A finished session in a few numbers.</summary>
public sealed record SessionTotals(string Label, int Exercises, int Sets, int Reps, int Seconds);
