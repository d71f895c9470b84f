using System.Text.RegularExpressions;

namespace HipBand.Coaching.Text;

/// <summary>
/// The words a language's parsers listen for: lower-case phrases for each kind of answer, and the names of goals,
/// days, times of day and numbers. Each text catalogue has its own (<see cref="ITexts.Words"/>).
/// </summary>
public sealed record Words
{
    public required IReadOnlySet<string> Start { get; init; }

    /// <summary>"Yes, one of these applies" at the readiness question.</summary>
    public required IReadOnlySet<string> Readiness { get; init; }

    /// <summary>"No, none of these applies" at the readiness question.</summary>
    public required IReadOnlySet<string> NoneApplies { get; init; }

    /// <summary>"No, it doesn't hurt" after a click or a wobble.</summary>
    public required IReadOnlySet<string> DoesNotHurt { get; init; }

    /// <summary>"Yes, it hurts" after a click or a wobble.</summary>
    public required IReadOnlySet<string> ItHurts { get; init; }

    public required IReadOnlySet<string> Cleared { get; init; }

    public required IReadOnlySet<string> NotYet { get; init; }

    /// <summary>"Yes, a doctor has checked me": lifts a red-flag hold.</summary>
    public required IReadOnlySet<string> CheckedUp { get; init; }

    public required IReadOnlySet<string> DeleteYes { get; init; }

    public required IReadOnlySet<string> DeleteNo { get; init; }

    public required IReadOnlySet<string> Snooze { get; init; }

    public required IReadOnlySet<string> SkipToday { get; init; }

    public required IReadOnlySet<string> FewerDays { get; init; }

    public required IReadOnlySet<string> Pause { get; init; }

    public required IReadOnlySet<string> Keep { get; init; }

    public required IReadOnlySet<string> Lighter { get; init; }

    public required IReadOnlySet<string> Stop { get; init; }

    public required IReadOnlySet<string> SkipSet { get; init; }

    /// <summary>One set reported per side ("12 left 10 right"): groups <c>a</c> and <c>b</c>.</summary>
    public required Regex PerSide { get; init; }

    /// <summary>How an exercise felt, said in words: "easy", "good", "hard" and their like.</summary>
    public required IReadOnlyDictionary<Progress.Effort, IReadOnlySet<string>> Efforts { get; init; }

    /// <summary>"Couldn't do any": a set tried and not one rep done.</summary>
    public required IReadOnlySet<string> NoneDone { get; init; }

    /// <summary>"Next", "move on": asked whether the set was done or skipped.</summary>
    public required IReadOnlySet<string> Next { get; init; }

    public required IReadOnlySet<string> SkipExercise { get; init; }

    public required IReadOnlySet<string> FewerReps { get; init; }

    public required IReadOnlySet<string> AllReps { get; init; }

    public required IReadOnlySet<string> RepFillers { get; init; }

    /// <summary>Fillers that say the numbers are counted ("reps", "times", "steps").</summary>
    public required IReadOnlySet<string> CountUnits { get; init; }

    /// <summary>Fillers that say the numbers are time ("s", "seconds", "held").</summary>
    public required IReadOnlySet<string> TimeUnits { get; init; }

    public required IReadOnlySet<string> NoBands { get; init; }

    public required IReadOnlySet<string> OneBand { get; init; }

    public required IReadOnlySet<string> DayFillers { get; init; }

    /// <summary>Words that join a list ("red and blue"), read like a comma.</summary>
    public required IReadOnlyList<string> ListJoiners { get; init; }

    /// <summary>The word for a band, dropped after a colour ("green band").</summary>
    public required string BandWord { get; init; }

    /// <summary>Colour names, so that "yellow green black" without commas is three bands.</summary>
    public required IReadOnlySet<string> Colours { get; init; }

    /// <summary>Words before a time of day ("in the morning").</summary>
    public required IReadOnlyList<string> TimePrefixes { get; init; }

    /// <summary>Answers that ask to name a city instead of a fixed offset.</summary>
    public required IReadOnlySet<string> UseCity { get; init; }

    /// <summary>"Too hard" and "too easy" in a set's report: groups <c>hard</c> or <c>easy</c>, and <c>not</c> when negated.</summary>
    public required Regex Feeling { get; init; }

    /// <summary>A duration in minutes: group <c>minutes</c> ("1.5 min"), <c>one</c> ("a minute") or <c>half</c> ("half a minute").</summary>
    public required Regex Minutes { get; init; }

    /// <summary>Form breaking down: "can't do the full range", "my hip hikes", "losing form", "knees cave in".</summary>
    public required Regex FormBreaks { get; init; }

    /// <summary>The start of a question about how an exercise is done ("how do I do a"), before its name.</summary>
    public required Regex HowToAsk { get; init; }

    /// <summary>Asking how the open exercise is done ("how", "what do I do?", "?").</summary>
    public required IReadOnlySet<string> HowTo { get; init; }

    /// <summary>Owning no band said as a sentence ("I don't have any bands", "I have no bands", "n/a").</summary>
    public required Regex NoBandsSaid { get; init; }

    /// <summary>Words before a list of bands ("I have", "I've got"), taken off before the names are read.</summary>
    public required Regex OwnPrefix { get; init; }

    /// <summary>Number words ("twelve") and the words for none.</summary>
    public required IReadOnlyDictionary<string, int> Numbers { get; init; }

    /// <summary>Names and abbreviations of days, and words for several ("weekdays").</summary>
    public required IReadOnlyDictionary<string, Weekdays> Days { get; init; }

    /// <summary>Times of day said in words ("morning").</summary>
    public required IReadOnlyDictionary<string, TimeOnly> Times { get; init; }

    /// <summary>The words that name each goal.</summary>
    public required IReadOnlyList<(Goal Goal, string[] Words)> Goals { get; init; }
}
