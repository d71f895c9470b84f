namespace HipBand.Coaching.Dialog;

/// <summary>What a trainee told us about themselves; saved the moment they say it.</summary>
public sealed record Profile
{
    public Goal? Goal { get; init; }

    /// <summary>Band names from lightest to heaviest; empty means "no bands"; null means not asked yet.</summary>
    public IReadOnlyList<string>? Bands { get; init; }

    public Weekdays Days { get; init; }
    public TimeOnly? TrainAt { get; init; }
    public string? TimeZone { get; init; }

    /// <summary>Reminders are paused by the person.</summary>
    public bool Paused { get; init; }

    /// <summary>When setup was finished; null while onboarding.</summary>
    public DateTimeOffset? OnboardedAt { get; init; }

    public bool IsOnboarded => OnboardedAt is not null;

    /// <summary>The program of the person's goal; stronger hips until a goal is chosen.</summary>
    public TrainingProgram Program => Programs.For(Goal ?? Catalog.Goal.Strength);

    /// <summary>The full schedule once every part of it is known.</summary>
    public Schedule? Schedule =>
        Days != Weekdays.None && TrainAt is { } time && TimeZone is { } zone ? new Schedule(Days, time, zone) : null;
}
