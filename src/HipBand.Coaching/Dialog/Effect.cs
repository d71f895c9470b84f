using HipBand.Coaching.Progress;

namespace HipBand.Coaching.Dialog;

/// <summary>
/// Something the dialog wants done outside itself. Effects <see cref="InTransaction"/> are written with the turn, all
/// or nothing (the logs, a deletion); the others are done once the turn is committed (timers, reminders, a file).
/// </summary>
public abstract record Effect
{
    /// <summary>Written in the turn's own transaction, with its state and replies.</summary>
    public virtual bool InTransaction => false;
}

/// <summary>The reminder schedule changed; null when there is none (paused, or not set).</summary>
public sealed record ScheduleChanged(Schedule? Schedule) : Effect;

/// <summary>A session began.</summary>
public sealed record SessionStarted(int Number, string Program, string Label, DateTimeOffset At) : Effect
{
    public override bool InTransaction => true;
}

/// <summary>One set's result, to be written to the set log (a second one for the same set corrects it).</summary>
public sealed record SetLogged(
    int Session, string ExerciseId, string? VariantId, int SetNumber, SetTarget Target, int? Done, string? Band,
    Difficulty Difficulty, DateTimeOffset At) : Effect
{
    public override bool InTransaction => true;

    /// <summary>Where the band sat ("ankles"), for the climb over time; null without a band.</summary>
    public string? Placement { get; init; }
}

/// <summary>A session ended; <paramref name="Completed"/> is false when stopped early.</summary>
public sealed record SessionFinished(int Number, bool Completed, DateTimeOffset At) : Effect
{
    public override bool InTransaction => true;
}

/// <summary>
/// Nudge the person when this rest is over, unless they answer first; replaces any earlier timer. Its deadline is
/// written with the turn's state; the timer that fires it is armed once the turn is committed.
/// </summary>
/// <param name="Rest">How long the rest is.</param>
/// <param name="DueAt">When it is over.</param>
/// <param name="QuestionKey">The set the rest comes before; a nudge for any other set is stale.</param>
public sealed record RestTimerWanted(TimeSpan Rest, DateTimeOffset DueAt, string QuestionKey) : Effect
{
    public override bool InTransaction => true;
}

/// <summary>Remind the person again at <paramref name="At"/> ("In 1 hour").</summary>
public sealed record ReminderSnoozed(DateTimeOffset At) : Effect;

/// <summary>Any rest timer for this chat is no longer wanted (its stored deadline goes with the turn).</summary>
public sealed record RestTimerCancelled : Effect
{
    public override bool InTransaction => true;
}

/// <summary>
/// Send the person a picture of their progress (weekly work against the plan, each exercise's climb), drawn from what
/// is stored once the turn is committed; the text of the same turn says it all for those who read.
/// </summary>
public sealed record ProgressPictureWanted(ProgressPictureOccasion Occasion, DateTimeOffset At) : Effect;

/// <summary>Why a progress picture is sent, which its caption says.</summary>
public enum ProgressPictureOccasion
{
    /// <summary>The person asked (/stats).</summary>
    Stats,

    /// <summary>A session completed the week's plan: the weekly summary.</summary>
    WeekComplete,
}

/// <summary>The person asked for a copy of everything stored about them.</summary>
public sealed record ExportRequested : Effect;

/// <summary>
/// The person confirmed deleting everything: every row about them goes in the turn's transaction (the reply that
/// says so is written after, so it survives), and their reminders go once it is committed.
/// </summary>
public sealed record DataDeleted : Effect
{
    public override bool InTransaction => true;
}
