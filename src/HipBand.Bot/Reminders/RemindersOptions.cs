namespace HipBand.Bot.Reminders;

/// <summary>Reminders and rest timers. Section "Reminders".</summary>
public sealed class RemindersOptions
{
    public const string Section = "Reminders";

    /// <summary>With SQLite storage: Quartz's own SQLite file (its schema is provisioned on start), next to the state database by default.</summary>
    public string SqlitePath { get; set; } = "data/hipband-quartz.db";

    /// <summary>
    /// With PostgreSQL storage (clustered Quartz): how often each instance checks in; an instance silent for twice this
    /// long is taken for dead and its reminders move to another.
    /// </summary>
    public TimeSpan ClusterCheckinInterval { get; set; } = TimeSpan.FromSeconds(7.5);

    /// <summary>A reminder this late (the bot was down) is dropped rather than sent late.</summary>
    public TimeSpan MisfireWindow { get; set; } = TimeSpan.FromHours(2);

    /// <summary>After this many unanswered reminders in a row, the bot asks once about fewer days or a pause.</summary>
    public int AskAfterUnanswered { get; set; } = 3;
}
