using HipBand.Coaching.Progress;

namespace HipBand.Coaching.Dialog;

/// <summary>A workout under way: its fixed plan, where the person is in it, and what they logged.</summary>
public sealed record ActiveSession
{
    /// <summary>The chat's session number, from 1; with the chat id it identifies the session in storage.</summary>
    public required int Number { get; init; }

    public required Goal Goal { get; init; }
    public required string Label { get; init; }
    public required DateTimeOffset StartedAt { get; init; }
    public required IReadOnlyList<SessionItem> Items { get; init; }

    /// <summary>Index of the current exercise in <see cref="Items"/>.</summary>
    public int Item { get; init; }

    /// <summary>Index of the current set of the current exercise.</summary>
    public int Set { get; init; }

    /// <summary>The person said "fewer" or "too hard" and we asked for the count.</summary>
    public bool AskedForCount { get; init; }

    /// <summary>The exercise whose effort (easy, good, hard) may still be tapped, by its index; one question per exercise.</summary>
    public int? EffortOf { get; init; }

    /// <summary>How each exercise felt, by its index, where the person said so.</summary>
    public IReadOnlyDictionary<int, Progress.Effort> Efforts { get; init; } = new Dictionary<int, Progress.Effort>();

    /// <summary>A result far below the target, asked once before it is logged ("Just 1?").</summary>
    public int? Confirming { get; init; }

    /// <summary>A difficulty said before the count ("too hard", then "10").</summary>
    public Difficulty PendingDifficulty { get; init; }

    public IReadOnlyList<LoggedSet> Logged { get; init; } = [];

    /// <summary>The typed message that logged the latest sets, so that editing it corrects them.</summary>
    public LastLog? LastLog { get; init; }

    public SessionItem Current => Items[Item];
}

/// <summary>One exercise of a session's plan, with the band, placement and variant chosen when the session began.</summary>
public sealed record SessionItem(string ExerciseId, string? VariantId, SetTarget Target, string? Band, string? Placement = null);

/// <summary>How many sets, the range per set in a unit, and the target in it, as fixed in a session plan.</summary>
public sealed record SetTarget(DoseUnit Unit, int Sets, int Min, int Max)
{
    /// <summary>The target per set; plans made before targets existed aimed at the top of the range.</summary>
    public int? Aim { get; init; }

    /// <summary>What each set aims at, within the range: what Done logs.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public int PerSet => Math.Clamp(Aim ?? Max, Min, Max);
}

/// <summary>Which sets one typed message logged: <paramref name="Count"/> sets of item <paramref name="Item"/> from <paramref name="FirstSet"/>.</summary>
public sealed record LastLog(long MessageId, int Item, int FirstSet, int Count);

/// <summary>One set's result; <see cref="Done"/> is null when the set was skipped.</summary>
public sealed record LoggedSet(int Item, int Set, int? Done, Difficulty Difficulty);
