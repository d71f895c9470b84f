using System.Globalization;
using System.Text.RegularExpressions;

namespace HipBand.Coaching.Safety;

/// <summary>What a message says about the person's safety.</summary>
public enum SafetyKind
{
    None,

    /// <summary>Pain or discomfort; the rating and place, when the message gives them.</summary>
    Pain,

    /// <summary>Feeling unwell (a bit dizzy, light-headed, sick): stop for today.</summary>
    Unwell,

    /// <summary>A sign that needs urgent care now.</summary>
    RedFlag,
}

/// <summary>The red flags that end a session at once with advice to seek urgent care.</summary>
public enum RedFlagSign
{
    ChestPain,
    Fainting,
    Breathless,
    NumbnessOrWeakness,
    FallCannotBearWeight,
    HotSwollenJointWithFever,
    SaddleNumbnessOrBladderBowel,
}

/// <summary>A message's safety signal: its kind, and for pain the rating (0-10) and the place, if said.</summary>
public sealed record SafetySignal(SafetyKind Kind, RedFlagSign? Flag = null, int? Rating = null, string? Where = null, bool OuterHip = false)
{
    public static readonly SafetySignal None = new(SafetyKind.None);
}

/// <summary>
/// Reads pain, feeling unwell and red flags out of free text. Errs on the side of asking: a mention of pain
/// gets a question, not a verdict. Negations ("no pain", "pain-free", "not dizzy") and look-alikes ("painting")
/// do not count.
/// </summary>
public static partial class SafetyClassifier
{
    /// <summary>Telegram's longest message: anything a person can send is screened.</summary>
    private const int MaxLength = 4096;

    private static readonly (RedFlagSign Flag, Regex Pattern)[] RedFlags =
    [
        (RedFlagSign.SaddleNumbnessOrBladderBowel, SaddlePattern()),
        (RedFlagSign.ChestPain, ChestPattern()),
        (RedFlagSign.Fainting, FaintPattern()),
        (RedFlagSign.Breathless, BreathlessPattern()),
        (RedFlagSign.FallCannotBearWeight, FallPattern()),
        (RedFlagSign.HotSwollenJointWithFever, FeverJointPattern()),
        (RedFlagSign.NumbnessOrWeakness, NumbPattern()),
    ];

    /// <summary>Body parts in order of preference ("lower back" before "back"), each a whole-word pattern built once.</summary>
    private static readonly (string Name, Regex Pattern)[] Places = new[]
    {
        "lower back", "back", "knee", "knees", "hip", "hips", "ankle", "ankles", "foot", "feet", "groin", "glute", "glutes",
        "buttock", "bum", "butt", "hamstring", "hamstrings", "thigh", "thighs", "shin", "calf", "neck", "shoulder", "leg", "legs",
    }.Select(place => (place, new Regex($@"\b{place}\b", RegexOptions.CultureInvariant))).ToArray();

    public static SafetySignal Classify(string text)
    {
        var normalized = Normalize(text);
        if (normalized.Length == 0 || normalized.Length > MaxLength)
        {
            return SafetySignal.None;
        }

        foreach (var (flag, pattern) in RedFlags)
        {
            if (pattern.Matches(normalized).Any(m => !Negated(normalized, m.Index)))
            {
                return new SafetySignal(SafetyKind.RedFlag, flag);
            }
        }

        if (UnwellPattern().Matches(normalized).Any(m => !Negated(normalized, m.Index)))
        {
            return new SafetySignal(SafetyKind.Unwell);
        }

        var pain = PainPattern().Matches(normalized).Any(m => !Negated(normalized, m.Index))
            || PlacePattern().Matches(normalized).Any(m => !Negated(normalized, m.Index) && !FinePattern().IsMatch(normalized));
        if (!pain)
        {
            return SafetySignal.None;
        }

        var outerHip = OuterHipPattern().IsMatch(normalized);
        return new SafetySignal(SafetyKind.Pain, Rating: Rating(normalized), Where: outerHip ? "outside of the hip" : Where(normalized), OuterHip: outerHip);
    }

    /// <summary>A pain rating given as the answer to "0 to 10?": the first whole number from 0 to 10, or words for none.</summary>
    public static int? ReadRating(string text)
    {
        var normalized = Normalize(text);
        if (NoPainAnswerPattern().IsMatch(normalized))
        {
            return 0;
        }

        var match = NumberPattern().Match(normalized);
        return match.Success && int.TryParse(match.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var rating) && rating <= 10 ? rating : null;
    }

    /// <summary>The place a message names ("knee", "lower back"), if any.</summary>
    public static string? Where(string text)
    {
        var normalized = Normalize(text);
        if (OuterHipPattern().IsMatch(normalized))
        {
            return "outside of the hip";
        }

        return Places.FirstOrDefault(place => place.Pattern.IsMatch(normalized)).Name;
    }

    /// <summary>Pain on the outside of the hip, or when lying on that side.</summary>
    public static bool IsOuterHip(string text) => OuterHipPattern().IsMatch(Normalize(text));

    /// <summary>"My hip is better", "better now": the person says the hip has settled.</summary>
    public static bool SaysBetter(string text) => BetterPattern().IsMatch(Normalize(text));

    /// <summary>A rating only when it is said as one ("6/10", "6 out of 10", "pain 6"): reps in the same message are not ratings.</summary>
    private static int? Rating(string normalized)
    {
        var match = RatingPattern().Match(normalized);
        if (!match.Success)
        {
            return null;
        }

        var value = match.Groups["a"].Success ? match.Groups["a"].Value : match.Groups["b"].Value;
        var rating = int.Parse(value, CultureInfo.InvariantCulture);
        return rating <= 10 ? rating : null;
    }

    private static readonly HashSet<string> Negators =
        ["no", "not", "without", "never", "zero", "nor", "dont", "doesnt", "didnt", "isnt", "wasnt", "havent", "hasnt", "arent", "wont"];

    /// <summary>True when a negation ("no", "not", "without", "doesn't"…) stands within the three words before, or it is "pain-free".</summary>
    private static bool Negated(string text, int index)
    {
        var before = text[..index].Split(' ', StringSplitOptions.RemoveEmptyEntries).TakeLast(3);
        var word = text[index..].Split(' ', 3);
        var freeAfter = word.Length > 1 && word[1] is "free" or "freely";
        return freeAfter || before.Any(Negators.Contains);
    }

    private static string Normalize(string text) =>
        SpacesPattern().Replace(PunctuationPattern().Replace(Digits.ToAscii(text).ToLowerInvariant().Replace('’', '\'').Replace("n't", "nt", StringComparison.Ordinal).Replace("'", "", StringComparison.Ordinal), " "), " ").Trim();

    [GeneratedRegex(@"[^\p{L}\p{Nd}/ ]")]
    private static partial Regex PunctuationPattern();

    [GeneratedRegex(@"\s+")]
    private static partial Regex SpacesPattern();

    [GeneratedRegex(@"\bchest\b(\s+\w+){0,3}\s+(pain|pains|hurts|hurt|hurting|pressure|tight|tightness|ache|aches|aching|squeez\w*)\b|\b(pain|pressure|tightness|tight|ache)\s+(in|on)\s+(my\s+)?chest\b|\bchest\s+(pain|pressure|tightness)\b")]
    private static partial Regex ChestPattern();

    [GeneratedRegex(@"\b(faint|fainted|fainting|passed out|pass out|passing out|blacked out|black out|blacking out|collapsed)\b|\b(very|really|super|extremely|severely)\s+dizzy\b|\bsevere\s+dizziness\b|\b(room|everything)\s+(is\s+)?spinning\b")]
    private static partial Regex FaintPattern();

    [GeneratedRegex(@"\b(cant|cannot|can not|struggling to|hard to)\s+(breathe|breath|catch my breath)\b|\btoo\s+(out of breath|breathless|winded)\s+to\s+(talk|speak)\b|\b(cant|cannot)\s+(talk|speak)\b.*\bbreath|\bgasping\b")]
    private static partial Regex BreathlessPattern();

    [GeneratedRegex(@"\b(fell|fall|fallen|tripped|slipped)\b.*\b(cant|cannot|unable to|can not)\s+(stand|walk|put weight|bear weight|get up|weight bear)")]
    private static partial Regex FallPattern();

    [GeneratedRegex(@"\b(swollen|swelling|swelled)\b.*\b(fever|feverish|temperature|high temp)\b|\b(fever|feverish|temperature)\b.*\b(swollen|swelling)\b")]
    private static partial Regex FeverJointPattern();

    [GeneratedRegex(@"\b(numb|numbness|tingling)\b.*\b(between my legs|groin|genitals|down there|saddle|inner thighs?|bottom|buttocks)\b|\bsaddle\s+(numbness|area)\b|\b(cant|cannot|can not|lost|losing)\s+(control|hold)?\s*(of\s+)?(my\s+)?(bladder|bowels?|pee|wee)\b|\bwet myself\b|\bincontinen\w*|\b(bladder|bowel)\s+(problem|problems|trouble|issues?)\b")]
    private static partial Regex SaddlePattern();

    [GeneratedRegex(@"\b(numb|numbness)\b|\bsudden(ly)?\s+(weak|weakness|numb)|\b(cant|cannot)\s+(move|feel|lift)\s+my\s+(leg|arm|foot|face|hand)\b|\bface\s+(is\s+)?droop\w*|\bslurr\w*\s+speech\b|\bspeech\s+(is\s+)?slurr\w*")]
    private static partial Regex NumbPattern();

    [GeneratedRegex(@"\b(dizzy|dizziness|light ?headed|lightheaded|woozy|nauseous|nausea|feel sick|feeling sick|going to be sick|vomit\w*|threw up)\b")]
    private static partial Regex UnwellPattern();

    [GeneratedRegex(@"\b(pain|pains|painful|hurts|hurt|hurting|ache|aches|aching|sore|soreness|sharp|stabbing|ouch|ow+|owie|twinge\w*|pinch\w*|cramp\w*|tweak\w*|pulled|strain\w*)\b")]
    private static partial Regex PainPattern();

    [GeneratedRegex(@"\bmy\s+(lower back|back|knees?|hips?|ankles?|groin|hamstrings?|shins?)\b")]
    private static partial Regex PlacePattern();

    [GeneratedRegex(@"\b(fine|ok|okay|good|great|better|strong|feels? good|all good)\b")]
    private static partial Regex FinePattern();

    [GeneratedRegex(@"\b(outside|outer|side)\s+(of\s+)?(my\s+|the\s+)?hip|\blateral\s+hip\b|\bhip\b.*\b(lying|lie|lay)\s+on\b|\b(lying|lie|lay)\s+on\s+(my\s+|that\s+|the\s+)?side\b")]
    private static partial Regex OuterHipPattern();

    [GeneratedRegex(@"\b(?<a>[0-9]{1,2})\s*(/|out of)\s*10\b|\b(pain|rating|level|hurts|hurting|about|around)\s+(is\s+|of\s+|at\s+|a\s+)?(?<b>[0-9]{1,2})\b(?!\s*(reps|rep|x|times|sets|seconds|s|sec))")]
    private static partial Regex RatingPattern();

    [GeneratedRegex(@"\b[0-9]{1,2}\b")]
    private static partial Regex NumberPattern();

    [GeneratedRegex(@"^(none|no pain|gone|its gone|nothing|fine|zero|all good|no)$")]
    private static partial Regex NoPainAnswerPattern();

    [GeneratedRegex(@"\b(hip|it|pain)\b.*\b(better|fine now|ok now|okay now|healed|settled|gone)\b|^(better|much better|all better|better now)$")]
    private static partial Regex BetterPattern();
}
