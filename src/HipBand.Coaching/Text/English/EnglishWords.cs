using System.Text.RegularExpressions;

namespace HipBand.Coaching.Text.English;

/// <summary>The words the parsers listen for in English.</summary>
internal static partial class EnglishWords
{
    public static readonly Words Instance = new()
        {
        Start = Set("start", "go", "yes", "y", "ok", "okay", "let's go", "lets go", "start session", "start now", "begin", "now", "workout", "ready", "train", "▶️"),
        Readiness = Set("readiness", "yes", "y", "yeah", "yep", "one applies", "one of these applies to me", "some apply", "it applies", "yes one applies", "yes, one applies"),
        NoneApplies = Set("no", "n", "nope", "none", "none apply", "none of these", "none of them", "none of those", "no none", "no, none", "no none apply",
            "no, none apply", "no none of these", "no, none of these", "none of these apply", "nothing", "nothing applies", "all good", "no to all", "not me"),
        DoesNotHurt = Set("no", "n", "nope", "it doesnt hurt", "it doesn't hurt", "doesnt hurt", "doesn't hurt", "no pain", "not really", "no it doesnt",
            "no it doesn't", "no, it doesn't hurt", "no, it doesnt hurt", "no it doesnt hurt", "no it doesn't hurt", "fine", "its fine", "it's fine", "all good", "nah"),
        ItHurts = Set("yes", "y", "yeah", "yep", "it does", "yes it does", "yes, it does", "a bit", "a little", "kind of", "kinda", "sort of", "yes it hurts",
            "yes, it hurts", "it hurts", "a little bit", "slightly"),
        Cleared = Set("cleared", "i have clearance", "i have their ok", "yes", "y", "yeah", "yep", "ok", "they said ok", "i have the ok", "yes, cleared", "yes cleared",
            "im cleared", "i'm cleared", "all clear"),
        NotYet = Set("later", "no", "not yet", "i'll check first", "ill check first", "check first"),
        CheckedUp = Set("yes", "y", "yes i have", "yes ive been checked", "ive been checked", "i have been checked", "checked", "yes checked",
            "i was checked", "the doctor said its fine", "doctor said its fine", "they said its fine", "cleared", "yes cleared", "im cleared",
            "all clear", "i got the all clear", "yes the doctor said its fine"),
        DeleteYes = Set("yes", "delete", "yes, delete everything", "delete everything", "confirm"),
        DeleteNo = Set("no", "keep", "keep my data", "cancel", "no, keep my data"),
        Snooze = Set("later", "in 1 hour", "in an hour", "snooze", "1 hour", "remind me later"),
        SkipToday = Set("skip", "skip today", "not today", "no", "nope", "rest day"),
        FewerDays = Set("fewer", "fewer days", "less often", "less"),
        Pause = Set("pause", "pause reminders"),
        Keep = Set("keep", "keep as is", "keep them", "keep reminders"),
        Lighter = Set("lighter", "make it lighter", "easier", "make it easier"),
        Stop = Set("stop", "end", "quit", "finish", "stop session", "end session", "enough", "stop workout", "end workout", "i'm done for today", "done for today"),
        SkipSet = Set("skip", "skip set", "skip this", "skip this set", "skip it", "pass", "skipped"),
        PerSide = PerSidePattern(),
        Efforts = new Dictionary<Progress.Effort, IReadOnlySet<string>>
        {
            [Progress.Effort.Easy] = Set("easy", "that was easy", "pretty easy", "light", "easy peasy", "😴"),
            [Progress.Effort.Good] = Set("good", "fine", "just right", "about right", "that was good", "solid"),
            [Progress.Effort.Hard] = Set("hard", "tough", "that was hard", "that was tough", "brutal", "really hard", "very hard", "😵", "🥵"),
        },
        NoneDone = Set("couldnt do any", "couldn't do any", "could not do any", "couldnt do one", "couldn't do one", "didnt manage any", "didn't manage any",
            "none", "not one", "not a single one", "zero reps", "0 reps", "none at all", "i couldnt do any", "i couldn't do any", "cant do any", "can't do any"),
        Next = Set("next", "next set", "next one", "move on", "moving on", "go on", "continue", "onwards"),
        SkipExercise = Set("skip exercise", "skip this exercise", "skip the exercise", "next exercise", "skip all", "skip the rest", "skip rest of exercise"),
        FewerReps = Set("fewer", "less", "fewer reps", "not all", "not all of them", "some", "a few", "partial"),
        AllReps = Set("done", "all", "all done", "did all", "did them all", "did it", "all of them", "finished", "complete", "completed",
            "yes", "y", "yep", "yeah", "ok", "okay", "full", "full set", "got it", "✅", "👍", "✔", "✔️", "💪", "did all of them"),
        RepFillers = Set("i", "did", "done", "only", "just", "about", "around", "approx", "maybe", "got", "managed", "made", "reps", "rep",
            "repetitions", "times", "each", "per", "side", "sides", "a", "leg", "legs", "direction", "way", "ways", "steps",
            "step", "and", "then", "s", "sec", "secs", "second", "seconds", "set", "sets", "of", "on", "with", "all", "the",
            "held", "hold", "for", "both", "every", "more", "like", "ish", "total", "in", "lol", "haha", "ok", "so", "that", "time", "this",
            "round", "go", "there", "again", "got", "managed", "roughly", "approximately", "nearly", "almost"),
        CountUnits = Set("reps", "rep", "repetitions", "times", "steps", "step"),
        TimeUnits = Set("s", "sec", "secs", "second", "seconds", "held"),
        NoBands = Set("none", "no", "no bands", "no band", "nothing", "0", "zero", "i have none", "don't have any", "dont have any", "not yet"),
        OneBand = Set("one band", "just one band", "just one", "one", "1", "1 band", "a band", "single band"),
        DayFillers = Set("and", "on", "every", "day", "days", "&", "the", "each", "at", "or", "plus"),
        ListJoiners = ["and", "then"],
        BandWord = "band",
        Colours = Set("yellow", "red", "green", "blue", "black", "purple", "orange", "pink", "grey", "gray", "silver", "gold", "white", "brown", "teal"),
        TimePrefixes = ["in the"],
        UseCity = Set("use a city", "use a city instead"),
        Feeling = FeelingPattern(),
        Minutes = MinutesPattern(),
        FormBreaks = FormBreaksPattern(),
        NoBandsSaid = NoBandsPattern(),
        HowToAsk = HowToAskPattern(),
        HowTo = Set("how", "how?", "help", "help?", "?", "??", "what do i do", "what do i do?", "what do i do now", "how do i do this", "how do i do this?",
            "how do i do it", "how do i do it?", "how do you do this", "how do you do this?", "how does this work", "how does it go", "instructions",
            "show me", "explain", "what", "what?", "huh", "huh?", "how again", "how again?", "remind me how", "❓ how?", "how to do this", "what is this"),
        OwnPrefix = OwnPrefixPattern(),
        Numbers = new Dictionary<string, int>(StringComparer.Ordinal)
        {
            ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7,
            ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13,
            ["fourteen"] = 14, ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18,
            ["nineteen"] = 19, ["twenty"] = 20, ["twenty-five"] = 25, ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50,
            ["sixty"] = 60, ["zero"] = 0, ["none"] = 0, ["nothing"] = 0,
        },
        Days = new Dictionary<string, Weekdays>(StringComparer.Ordinal)
        {
            ["mon"] = Weekdays.Monday, ["monday"] = Weekdays.Monday, ["mo"] = Weekdays.Monday,
            ["tue"] = Weekdays.Tuesday, ["tues"] = Weekdays.Tuesday, ["tuesday"] = Weekdays.Tuesday, ["tu"] = Weekdays.Tuesday,
            ["wed"] = Weekdays.Wednesday, ["weds"] = Weekdays.Wednesday, ["wednesday"] = Weekdays.Wednesday, ["we"] = Weekdays.Wednesday,
            ["thu"] = Weekdays.Thursday, ["thur"] = Weekdays.Thursday, ["thurs"] = Weekdays.Thursday, ["thursday"] = Weekdays.Thursday, ["th"] = Weekdays.Thursday,
            ["fri"] = Weekdays.Friday, ["friday"] = Weekdays.Friday, ["fr"] = Weekdays.Friday,
            ["sat"] = Weekdays.Saturday, ["saturday"] = Weekdays.Saturday, ["sa"] = Weekdays.Saturday,
            ["sun"] = Weekdays.Sunday, ["sunday"] = Weekdays.Sunday, ["su"] = Weekdays.Sunday,
            ["daily"] = Weekdays.Every, ["everyday"] = Weekdays.Every,
            ["weekdays"] = Weekdays.Monday | Weekdays.Tuesday | Weekdays.Wednesday | Weekdays.Thursday | Weekdays.Friday,
            ["weekends"] = Weekdays.Saturday | Weekdays.Sunday, ["weekend"] = Weekdays.Saturday | Weekdays.Sunday,
        },
        Times = new Dictionary<string, TimeOnly>(StringComparer.Ordinal)
        {
            ["morning"] = new(7, 0), ["early morning"] = new(6, 0), ["noon"] = new(12, 0), ["midday"] = new(12, 0),
            ["lunch"] = new(12, 30), ["lunchtime"] = new(12, 30), ["afternoon"] = new(15, 0), ["evening"] = new(18, 0),
            ["after work"] = new(18, 0), ["night"] = new(20, 0),
        },
        Goals = [
            (Goal.Running, ["running", "run", "runner", "runs", "jogging", "jog", "marathon", "trail"]),
            (Goal.Strength, ["strength", "stronger", "strong", "hips", "glutes", "glute", "muscle", "build"]),
            (Goal.WarmUp, ["warm-up", "warmup", "warm", "activation", "before", "lifting", "primer"]),
            (Goal.Gentle, ["gentle", "rehab", "rehabilitation", "recovery", "recovering", "physio", "therapist", "pt", "easy", "injury"]),
        ],
    };

    [GeneratedRegex(@"(?<not>\bnot\s+)?\b(?:(?:way|far|much|a bit|bit|little|a little)\s+)?(?:(?:too|very|really|super)\s+)(?:(?<hard>hard|heavy|difficult|tough)|(?<easy>easy|light))\b", RegexOptions.CultureInvariant)]
    private static partial Regex FeelingPattern();

    [GeneratedRegex(@"^(?:how (?:do|should|can|would) (?:i|you|we) (?:do |perform |make )?|how to (?:do )?|how is |how are |what (?:is|are) |explain |show me )(?:a |an |the |some |my )?", RegexOptions.CultureInvariant)]
    private static partial Regex HowToAskPattern();

    [GeneratedRegex(@"^(?:(?:i )?(?:did|got|managed) )?(?<a>[0-9]{1,3}) ?(?:on the |on )?(?:left|l|right|r)\b(?: and| &|,)? ?(?<b>[0-9]{1,3}) ?(?:on the |on )?(?:left|l|right|r)\b$", RegexOptions.CultureInvariant)]
    private static partial Regex PerSidePattern();

    [GeneratedRegex(@"^(?:(?:i|we)\s+)?(?:do\s*n[o']?t|dont|don't|do not)\s+(?:have|own|got)\s*(?:any)?\s*(?:bands?|resistance bands?)?(?:\s+(?:yet|at all))?$|^(?:(?:i|we)\s+(?:have|own|got)\s+|ive got\s+|i've got\s+)?no\s+(?:bands?|resistance bands?)(?:\s+(?:yet|at all))?$|^(?:n/?a|nada|nope|none yet|none at all|not any|zero bands?)$", RegexOptions.CultureInvariant)]
    private static partial Regex NoBandsPattern();

    [GeneratedRegex(@"^(?:(?:i|we)\s+(?:have|own|got|use)|i've got|ive got|got|mine are|my bands are|bands?:?)\s+", RegexOptions.CultureInvariant)]
    private static partial Regex OwnPrefixPattern();

    [GeneratedRegex(@"\b(?:can'?t|cannot|can not|couldn'?t|could not|unable to)\s+(?:do|get|finish|reach|manage|make)\s+(?:the\s+|a\s+)?full\s+(?:range|rom|movement|rep)|\bhips?\s+(?:is\s+|are\s+|keeps?\s+|starts?\s+)?(?:hik|hitch)(?:e|es|ing|ed)\b|\blos(?:e|ing)\s+(?:my\s+|the\s+)?form\b|\bform\s+(?:is\s+)?(?:breaking|falling apart|slipping|going)\b|\bknees?\s+(?:keep\s+|are\s+|is\s+)?(?:cav(?:e|es|ing)|collaps\w*|falling in|fall in|caving in)\b", RegexOptions.CultureInvariant)]
    private static partial Regex FormBreaksPattern();

    [GeneratedRegex(@"(?:(?<minutes>[0-9]+(?:\.[0-9]+)?)|(?<one>\ba|\ban|\bone|\bfull)|(?<half>\bhalf a|\bhalf))\s*(?:m|min|mins|minute|minutes)\b", RegexOptions.CultureInvariant)]
    private static partial Regex MinutesPattern();

    private static HashSet<string> Set(params string[] words) => new(words, StringComparer.Ordinal);
}
