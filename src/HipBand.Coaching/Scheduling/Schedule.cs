namespace HipBand.Coaching.Scheduling;

/// <summary>When a person wants to train: days, local time of day, and their time zone.</summary>
public sealed record Schedule(Weekdays Days, TimeOnly Time, string TimeZone);
