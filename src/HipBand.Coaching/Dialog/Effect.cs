using HipBand.Coaching.Progress;
using HipBand.Coaching.Scheduling;

namespace HipBand.Coaching.Dialog;

/// <summary>Something the dialog wants done outside itself; the host applies it after the state is saved.</summary>
public abstract record Effect;

/// <summary>The reminder schedule changed; null when there is none (paused, or not set).</summary>
public sealed record ScheduleChanged(Schedule? Schedule) : Effect;

/// <summary>A session began.</summary>
public sealed record SessionStarted(int Number, string Program, string Label, DateTimeOffset At) : Effect;

/// <summary>One set's result, to be written to the set log.</summary>
public sealed record SetLogged(
    int Session, string ExerciseId, string? VariantId, int SetNumber, SetTarget Target, int? Done, string? Band,
    Difficulty Difficulty, DateTimeOffset At) : Effect;

/// <summary>A session ended; <paramref name="Completed"/> is false when stopped early.</summary>
public sealed record SessionFinished(int Number, bool Completed, DateTimeOffset At) : Effect;

/// <summary>Nudge the person when this rest is over, unless they answer first.</summary>
public sealed record RestTimerWanted(TimeSpan Rest, DateTimeOffset DueAt) : Effect;

/// <summary>Any rest timer for this chat is no longer wanted.</summary>
public sealed record RestTimerCancelled : Effect;
