using System.Globalization;
using System.Text.RegularExpressions;
using static HipBand.Coaching.Safety.SafetyLexicon;

namespace HipBand.Coaching.Safety;

/// <summary>
/// Reads red flags, readiness, feeling unwell and pain out of free text, thinking in concepts (<see cref="SafetyLexicon"/>)
/// one clause at a time: a clause that is negated ("no chest pain"), about someone else ("my mum fainted"), a what-if or
/// a video, an idiom ("a pain in the neck") or gym talk ("feeling the burn") says nothing about the person now. Red
/// flags come first and err on the side of stopping; pain needs a pain word, or a body part with a symptom; a click or
/// a wobble alone only asks whether it hurts.
/// </summary>
public static partial class SafetyClassifier
{
    /// <summary>Telegram's longest message: anything a person can send is screened.</summary>
    private const int MaxLength = 4096;

    /// <summary>How many words before a concept a "no" or "not" still reaches.</summary>
    private const int NegationReach = 4;

    /// <summary>Body parts in order of preference ("lower back" before "back"), each a whole-word pattern built once.</summary>
    private static readonly (BodyPart Part, Regex Pattern)[] Places =
    [
        (BodyPart.LowerBack, Word(@"lower back|low back|lumbar|tailbone|sacrum|si joint")),
        (BodyPart.Knee, Word(@"knee|knees|kne|kneecap|knee cap|patella|acl|mcl|meniscus")),
        (BodyPart.Groin, Word(@"groin|hip flexors?|adductors?|inner thighs?")),
        (BodyPart.Hip, Word(@"hip|hips|pelvis|hip joint")),
        (BodyPart.Glute, Word(@"glute|glutes|gluteus|buttock|buttocks|bum|butt|backside|piriformis")),
        (BodyPart.Hamstring, Word(@"hamstring|hamstrings|hammy|hammies")),
        (BodyPart.Ankle, Word(@"ankle|ankles|achilles")),
        (BodyPart.Foot, Word(@"foot|feet|heel|heels|toes?|arch")),
        (BodyPart.Shin, Word(@"shin|shins")),
        (BodyPart.Calf, Word(@"calf|calves")),
        (BodyPart.Thigh, Word(@"thigh|thighs|quad|quads|it band")),
        (BodyPart.Back, Word(@"back|spine")),
        (BodyPart.Neck, Word(@"neck")),
        (BodyPart.Shoulder, Word(@"shoulder|shoulders")),
        (BodyPart.Leg, Word(@"leg|legs")),
        (BodyPart.Arm, Word(@"arm|arms|wrist|elbow|hand")),
    ];

    /// <summary>Typos and shorthand people send mid-set, as the words they stand for.</summary>
    private static readonly Dictionary<string, string> Typos = new(StringComparer.Ordinal)
    {
        ["cnt"] = "cant", ["cannt"] = "cant", ["cnat"] = "cant", ["carnt"] = "cant", ["pian"] = "pain", ["painn"] = "pain", ["feinted"] = "fainted",
        ["fainetd"] = "fainted", ["brething"] = "breathing", ["breth"] = "breath", ["chst"] = "chest", ["hurst"] = "hurts", ["hutrs"] = "hurts",
        ["n"] = "and", ["nd"] = "and", ["u"] = "you", ["ur"] = "your", ["rly"] = "really", ["rlly"] = "really", ["sholder"] = "shoulder",
    };

    /// <summary>Number words as digits ("a six", "seven out of ten"); "one" and "zero" stay words ("one side", "zero pain").</summary>
    private static readonly Dictionary<string, string> NumberWords = new(StringComparer.Ordinal)
    {
        ["two"] = "2", ["three"] = "3", ["four"] = "4", ["five"] = "5", ["six"] = "6", ["seven"] = "7", ["eight"] = "8", ["nine"] = "9", ["ten"] = "10",
    };

    public static SafetySignal Classify(string text)
    {
        var normalized = Normalize(text);
        if (normalized.Length == 0 || normalized.Length > MaxLength)
        {
            return SafetySignal.None;
        }

        var (clauses, others) = Clauses(normalized);
        var whole = string.Join(" | ", clauses);
        return (clauses.Count > 0 ? RedFlag(clauses, whole) : null)
            ?? RedFlagOfSomeoneElse(others)
            ?? (clauses.Count == 0 ? SafetySignal.None : null)
            ?? Readiness(clauses, whole)
            ?? (clauses.Any(c => Says(Unwell(), c)) ? new SafetySignal(SafetyKind.Unwell) : null)
            ?? Pain(clauses, whole)
            ?? SafetySignal.None;
    }

    /// <summary>A clinician's OK in words ("my physio said it's fine", "yes, cleared", "my surgeon OKed light band work").</summary>
    public static bool SaysCleared(string text)
    {
        var normalized = Normalize(text);
        return Clearance().IsMatch(normalized) && !NotCleared().IsMatch(normalized) && !DoctorSaidNo().IsMatch(normalized);
    }

    /// <summary>The OK is for training without limits ("cleared for everything", "fully cleared", "OK to run").</summary>
    public static bool SaysFullyCleared(string text)
    {
        var normalized = Normalize(text);
        return SaysCleared(text) && FullClearance().IsMatch(normalized) && !OnlyPartly().IsMatch(normalized);
    }

    /// <summary>A pain rating given as the answer to "0 to 10?": the first whole number from 0 to 10, or words for none.</summary>
    public static int? ReadRating(string text)
    {
        var normalized = Normalize(text);
        if (NoPainAnswer().IsMatch(normalized))
        {
            return 0;
        }

        var match = FirstNumber().Match(normalized);
        return match.Success && int.TryParse(match.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var rating) && rating <= 10 ? rating : null;
    }

    /// <summary>The place a message names ("knee", "lower back", the outside of the hip), if any.</summary>
    public static BodyPart? Where(string text)
    {
        var normalized = Normalize(text);
        return OuterHip().IsMatch(normalized) ? BodyPart.OuterHip : PlaceIn(normalized);
    }

    /// <summary>Pain on the outside of the hip, or when lying on that side.</summary>
    public static bool IsOuterHip(string text) => OuterHip().IsMatch(Normalize(text));

    /// <summary>"My hip is better", "better now": the person says the hip has settled.</summary>
    public static bool SaysBetter(string text) =>
        HipBetter().IsMatch(Normalize(text));

    // ----- the concepts, combined -----

    private static SafetySignal? RedFlag(IReadOnlyList<string> clauses, string whole)
    {
        // Each concept is looked for across the whole message ("breathless, can't speak" is one sign), but a "no" only
        // reaches within its own clause.
        RedFlagSign? flag = Says(SaddleNumbness(), whole) || Says(BladderOrBowel(), whole) || (BladderWord().IsMatch(whole) && Says(BladderTrouble(), whole))
                ? RedFlagSign.SaddleNumbnessOrBladderBowel
            : Says(ChestPain(), whole) || Says(SpreadingPain(), whole) || clauses.Any(JawWithArmOrChest) ? RedFlagSign.ChestPain
            : Says(Breathless(), whole) ? RedFlagSign.Breathless
            : Says(StrokeSigns(), whole) ? RedFlagSign.StrokeSigns
            : Says(Fainting(), whole) ? RedFlagSign.Fainting
            : Says(NumbOrWeak(), whole) ? RedFlagSign.NumbnessOrWeakness
            : null;

        flag ??= Says(FallCannotBearWeight(), whole) ? RedFlagSign.FallCannotBearWeight
            : Says(Fever(), whole) && Says(SwollenOrHot(), whole) && (PlaceIn(whole) is not null || whole.Contains("joint", StringComparison.Ordinal)) ? RedFlagSign.HotSwollenJointWithFever
            : clauses.Any(c => Says(GroinOrHipFront(), c) && !OuterHip().IsMatch(c) && (Says(PainWord(), c) || Says(BodySymptom(), c))) && Says(HoppingOrNight(), whole) ? RedFlagSign.StressFracture
            : null;

        if (flag is not { } sign)
        {
            return null;
        }

        if (sign == RedFlagSign.ChestPain && PastHeartAttack().IsMatch(whole))
        {
            return new SafetySignal(SafetyKind.Readiness, Readiness: ReadinessSign.HeartCondition, Cleared: Cleared(whole));
        }

        // A history of chest pain or fainting with exercise ("I get chest pain when I run") is for the readiness check;
        // anything else long ago is a story.
        var now = Says(Now(), whole);
        if (LongAgo().IsMatch(whole) && !now)
        {
            return sign is RedFlagSign.ChestPain or RedFlagSign.Fainting
                ? new SafetySignal(SafetyKind.Readiness, Readiness: sign == RedFlagSign.ChestPain ? ReadinessSign.ChestPainWithActivity : ReadinessSign.FaintingWithActivity)
                : SafetySignal.None;
        }

        if (sign is RedFlagSign.ChestPain or RedFlagSign.Fainting && Says(Habitual(), whole) && !now)
        {
            return new SafetySignal(SafetyKind.Readiness, Readiness: sign == RedFlagSign.ChestPain ? ReadinessSign.ChestPainWithActivity : ReadinessSign.FaintingWithActivity, Cleared: Cleared(whole));
        }

        return new SafetySignal(SafetyKind.RedFlag, sign);
    }

    /// <summary>
    /// A red flag of someone beside the person, happening now ("she is gasping and can't speak", typed by a husband):
    /// it gets the same urgent advice. Their history ("my dad had a stroke last year") does not.
    /// </summary>
    private static SafetySignal? RedFlagOfSomeoneElse(IReadOnlyList<string> others)
    {
        if (others.Count == 0)
        {
            return null;
        }

        var whole = string.Join(" | ", others);
        var now = Says(Now(), whole) || HappeningNow().IsMatch(whole);
        var history = LongAgo().IsMatch(whole) || SomeoneElsesHistory().IsMatch(whole);
        if (now && !history && RedFlag(others, whole) is { Kind: SafetyKind.RedFlag } flag)
        {
            return flag;
        }

        // Typed for the person who trains ["my mum had a hip operation a month ago and wants to try these"] = "my mum's
        // hip is hurting during the clamshells": their readiness and pain count as theirs.
        var forTheTrainee = ForTheTrainee().IsMatch(whole);
        return forTheTrainee ? Readiness(others, whole) ?? Pain(others, whole) : null;
    }

    private static SafetySignal? Readiness(IReadOnlyList<string> clauses, string whole)
    {
        var longAgo = LongAgo().IsMatch(whole);
        ReadinessSign? sign = null;
        foreach (var clause in clauses)
        {
            sign ??= Says(Pregnancy(), clause) ? ReadinessSign.Pregnancy
                : Says(DoctorSaidNo(), clause) ? ReadinessSign.DoctorSaidNo
                : Says(Surgery(), clause) && !longAgo ? ReadinessSign.RecentSurgery
                : Says(HeartCondition(), clause) ? ReadinessSign.HeartCondition
                : Says(Injury(), clause) && !longAgo && (Recent().IsMatch(whole) || SeriousInjury(clause)) ? ReadinessSign.RecentInjury
                : null;
        }

        return sign is { } found ? new SafetySignal(SafetyKind.Readiness, Readiness: found, Cleared: Cleared(whole)) : null;
    }

    /// <summary>The jaw aching together with the arm, shoulder or chest: a heart's pain, wherever it is felt.</summary>
    private static bool JawWithArmOrChest(string clause) =>
        Jaw().IsMatch(clause) && ArmShoulderChestOrNeck().IsMatch(clause) && Says(PainWord(), clause);

    /// <summary>A tear, break or dislocation said without "just": an injury to be checked, not a twinge to rate.</summary>
    private static bool SeriousInjury(string clause) =>
        TearOrBreak().IsMatch(clause)
        && (PlaceIn(clause) is not null || Tissue().IsMatch(clause))
        && !Uncertain().IsMatch(clause);

    private static bool Cleared(string whole) => Clearance().IsMatch(whole) && !NotCleared().IsMatch(whole) && !DoctorSaidNo().IsMatch(whole);

    private static SafetySignal? Pain(IReadOnlyList<string> clauses, string whole)
    {
        var painful = new List<string>();
        var sensation = false;
        for (var i = 0; i < clauses.Count; i++)
        {
            var clause = clauses[i];
            var place = PlaceIn(clause) is not null || OuterHip().IsMatch(clause);
            // "Cramped on the bridge, stretched it out, fine now": a later clause that says it settled takes it back.
            var settled = Says(Fine(), clause)
                || (i + 1 < clauses.Count && Says(Fine(), clauses[i + 1]) && PlaceIn(clauses[i + 1]) is null && !Says(PainWord(), clauses[i + 1])
                    && !OtherwiseStart().IsMatch(clauses[i + 1]))
                || clauses.Skip(i + 1).Any(later => Says(Resolved(), later) && PlaceIn(later) is null && !Says(PainWord(), later));
            if (settled)
            {
                continue;
            }

            if (Says(PainWord(), clause) || (place && Says(BodySymptom(), clause)) || JustAPlace(clause))
            {
                painful.Add(clause);
            }
            else if (Says(Sensation(), clause) && (place || SomethingHappened().IsMatch(clause)))
            {
                sensation = true;
            }
        }

        if (painful.Count == 0)
        {
            return sensation ? new SafetySignal(SafetyKind.Sensation, Where: OuterHip().IsMatch(whole) ? BodyPart.OuterHip : PlaceIn(whole)) : null;
        }

        var said = string.Join(" | ", painful);
        var outerHip = OuterHip().IsMatch(whole);
        return new SafetySignal(SafetyKind.Pain, Rating: RatingIn(whole), Where: outerHip ? BodyPart.OuterHip : PlaceIn(said) ?? PlaceIn(whole), OuterHip: outerHip);
    }

    /// <summary>"my knee", "knee!": a body part said alone, as people do when something hurts.</summary>
    private static bool JustAPlace(string clause) =>
        JustAPlace().IsMatch(clause);

    /// <summary>A rating only when it is said as one ("6/10", "6 out of 10", "pain 6"): reps in the same message are not ratings.</summary>
    private static int? RatingIn(string normalized)
    {
        var match = Rating().Match(normalized);
        if (!match.Success)
        {
            // "My hip hurts, 2": a number on its own after the pain is its rating.
            match = BareRatingLast().Match(normalized);
            if (!match.Success)
            {
                return null;
            }
        }

        var value = match.Groups["a"].Success ? match.Groups["a"].Value : match.Groups["b"].Value;
        var rating = int.Parse(value, CultureInfo.InvariantCulture);
        return rating <= 10 ? rating : null;
    }

    private static BodyPart? PlaceIn(string normalized)
    {
        foreach (var (part, pattern) in Places)
        {
            if (pattern.IsMatch(normalized))
            {
                return part;
            }
        }

        return null;
    }

    /// <summary>True when the concept is said and not taken back by a "no" or "not" just before it.</summary>
    private static bool Says(Regex concept, string clause)
    {
        foreach (Match match in concept.Matches(clause))
        {
            if (!Negated(clause, match.Index))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Negated(string clause, int index)
    {
        var start = clause.LastIndexOf('|', Math.Max(0, index - 1));
        var before = clause[(start + 1)..index].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var reach = before.Skip(Math.Max(0, before.Length - NegationReach));
        var after = clause[index..].Split(' ', 3);
        var free = after.Length > 1 && after[1] is "free" or "freely";
        // "can't hop without pain" says there is pain.
        var unable = Inability().IsMatch(clause[(start + 1)..index]);
        return free || reach.Any(word => Negator().IsMatch(word) && !(unable && word == "without"));
    }

    /// <summary>
    /// The clauses that speak of the person now, and those that speak of someone else, with idioms and gym talk taken
    /// out; what-ifs and videos are in neither.
    /// </summary>
    private static (List<string> Own, List<string> Others) Clauses(string normalized)
    {
        var (own, others) = (new List<string>(), new List<string>());
        foreach (var part in ClauseBreak().Split(normalized))
        {
            var clause = Spaces(part);
            if (clause.Length == 0 || NotAboutNow().IsMatch(clause))
            {
                continue;
            }

            var aboutOthers = SomeoneElse().IsMatch(clause) && !FirstPerson().IsMatch(clause);
            clause = Spaces(NotPain().Replace(clause, " "));
            if (clause.Length > 0)
            {
                (aboutOthers ? others : own).Add(clause);
            }
        }

        return (own, others);
    }

    /// <summary>
    /// Lower case, ASCII digits, apostrophes gone ("can't" is "cant"), number words as digits, punctuation kept only
    /// where it ends a clause.
    /// </summary>
    private static string Normalize(string text)
    {
        var lower = Digits.ToAscii(text).ToLowerInvariant().Replace('’', '\'').Replace('‘', '\'')
            .Replace("n't", "nt", StringComparison.Ordinal).Replace("'", "", StringComparison.Ordinal);
        lower = Ellipsis().Replace(lower, " ");
        lower = NotClauseText().Replace(lower, " ").Replace('-', ' ');
        lower = CanNot().Replace(lower, "cannot");
        lower = VerbNot().Replace(lower, "$1nt");
        lower = WillNot().Replace(lower, "wont");
        lower = NotAble().Replace(lower, "unable to");
        // Three or more of a letter are two ("dizzzy", "owww" stays "oww").
        lower = RepeatedLetters().Replace(lower, "$1$1");
        lower = DizzyTypos().Replace(lower, "dizzy");
        lower = Token().Replace(lower, word => Typos.GetValueOrDefault(word.Value) ?? NumberWords.GetValueOrDefault(word.Value) ?? word.Value);

        return Spaces(lower);
    }

    private static string Spaces(string text) => Whitespace().Replace(text, " ").Trim();

    private static Regex Word(string alternatives) => new($@"\b(?:{alternatives})\b", RegexOptions.CultureInvariant);

    // ----- the patterns of the concepts' combination, built once at compile time -----

    /// <summary>Words that narrow a clearance to part of the training.</summary>
    [GeneratedRegex(@"\b(?:light|gentle|only|just|easy|some)\b")]
    private static partial Regex OnlyPartly();

    /// <summary>An answer to the 0-10 question that means none.</summary>
    [GeneratedRegex(@"^(?:none|no pain|gone|its gone|nothing|fine|all good|no|nope|doesnt hurt|it doesnt hurt|not at all|0 pain)$")]
    private static partial Regex NoPainAnswer();

    /// <summary>The first whole number of one or two digits.</summary>
    [GeneratedRegex(@"\b[0-9]{1,2}\b")]
    private static partial Regex FirstNumber();

    /// <summary>The hip, or the pain, said to have settled.</summary>
    [GeneratedRegex(@"\b(?:hip|it|pain)\b.*\b(?:better|fine now|ok now|okay now|healed|settled|gone)\b|^(?:better|much better|all better|better now)$")]
    private static partial Regex HipBetter();

    /// <summary>A heart attack in the past: a condition, not an emergency.</summary>
    [GeneratedRegex(@"\b(?:had|have had|ive had|survived|recovering from|after) (?:a |an |my )?heart attacks?\b")]
    private static partial Regex PastHeartAttack();

    /// <summary>Present-tense words that place someone else's symptom now.</summary>
    [GeneratedRegex(@"\b(?:is|are|hes|shes|theyre|cant|cannot|wont|keeps|still|during (?:the|our|my|her|his|their) (?:exercises|walks|session|workout|bridges|set)|since the|after the (?:exercises|walks|bridges|set|session|workout)|doing the)\b")]
    private static partial Regex HappeningNow();

    /// <summary>Someone else's past illness: a story.</summary>
    [GeneratedRegex(@"\bhad (?:a |an )?(?:stroke|heart attack|fall|seizure|fit|bypass|op|operation)\b")]
    private static partial Regex SomeoneElsesHistory();

    /// <summary>Typed for the person who trains.</summary>
    [GeneratedRegex(@"\b(?:wants to (?:try|do|start|join)|(?:during|doing|after) (?:the |these |her |his )?(?:exercises|clamshells|bridges|walks|kickbacks|session|workout|set|reps)|typing (?:this )?for (?:her|him|them))\b")]
    private static partial Regex ForTheTrainee();

    /// <summary>The jaw.</summary>
    [GeneratedRegex(@"\bjaw\b")]
    private static partial Regex Jaw();

    /// <summary>The arm, shoulder, chest or neck.</summary>
    [GeneratedRegex(@"\b(?:arm|arms|shoulder|chest|neck)\b")]
    private static partial Regex ArmShoulderChestOrNeck();

    /// <summary>A tear, break or dislocation.</summary>
    [GeneratedRegex(@"\b(?:tore|torn|broke|broken|fractur\w*|ruptur\w*|dislocat\w*|herniat\w*|slipped disc|bulging disc|stress fracture)\b")]
    private static partial Regex TearOrBreak();

    /// <summary>A body tissue that can tear or break.</summary>
    [GeneratedRegex(@"\b(?:bone|ligament|tendon|muscle|disc|acl|mcl|meniscus|labrum)\b")]
    private static partial Regex Tissue();

    /// <summary>Words that make an injury a guess, or a moment ago.</summary>
    [GeneratedRegex(@"\b(?:just|think|feels like|felt like|might have|may have|now)\b")]
    private static partial Regex Uncertain();

    /// <summary>A clause that says the rest is fine, not the pain.</summary>
    [GeneratedRegex(@"^(?:otherwise|apart from|other than|besides|except|rest|everything else|the rest)\b")]
    private static partial Regex OtherwiseStart();

    /// <summary>Something that happened, without a body part.</summary>
    [GeneratedRegex(@"\b(?:something|heard|felt)\b")]
    private static partial Regex SomethingHappened();

    /// <summary>A body part said alone.</summary>
    [GeneratedRegex(@"^(?:my |the |oh my |ugh my |argh my |ah my )?(?:lower back|back|knees?|hips?|ankles?|groin|hamstrings?|shins?)$")]
    private static partial Regex JustAPlace();

    /// <summary>A bare number as the last clause: a rating after the pain.</summary>
    [GeneratedRegex(@"\|\s(?<a>[0-9]{1,2})$")]
    private static partial Regex BareRatingLast();

    /// <summary>Words of not being able to.</summary>
    [GeneratedRegex(@"\b(?:cant|cannot|unable to|couldnt)\b")]
    private static partial Regex Inability();

    /// <summary>An ellipsis: a pause, not a clause's end.</summary>
    [GeneratedRegex(@"\.{2,}|…")]
    private static partial Regex Ellipsis();

    /// <summary>Anything but letters, digits and the marks that end clauses.</summary>
    [GeneratedRegex(@"[^\p{L}\p{Nd}/.,;:!?()\n -]")]
    private static partial Regex NotClauseText();

    /// <summary>"can not".</summary>
    [GeneratedRegex(@"\bcan not\b")]
    private static partial Regex CanNot();

    /// <summary>A verb before "not", to be written as one word.</summary>
    [GeneratedRegex(@"\b(could|do|does|did|is|was|were|are|have|has|had|would|should) not\b")]
    private static partial Regex VerbNot();

    /// <summary>"will not".</summary>
    [GeneratedRegex(@"\bwill not\b")]
    private static partial Regex WillNot();

    /// <summary>Ways of saying unable to.</summary>
    [GeneratedRegex(@"\b(?:(?:havent|hasnt|have not|has not|wasnt|werent|not|never) (?:been )?able to|unable to)\b")]
    private static partial Regex NotAble();

    /// <summary>A letter three times or more.</summary>
    [GeneratedRegex(@"(\p{L})\1{2,}")]
    private static partial Regex RepeatedLetters();

    /// <summary>Typos of dizzy.</summary>
    [GeneratedRegex(@"\b(?:dizz|dizzi)y\b")]
    private static partial Regex DizzyTypos();

    /// <summary>Runs of whitespace.</summary>
    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    /// <summary>One word, to be looked up as a typo or a number word.</summary>
    [GeneratedRegex(@"\b\p{L}+\b")]
    private static partial Regex Token();
}
