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
public static class SafetyClassifier
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
    private static readonly (string Typed, string Meant)[] Typos =
    [
        ("cnt", "cant"), ("cannt", "cant"), ("cnat", "cant"), ("carnt", "cant"), ("pian", "pain"), ("painn", "pain"), ("feinted", "fainted"),
        ("fainetd", "fainted"), ("brething", "breathing"), ("breth", "breath"), ("chst", "chest"), ("hurst", "hurts"), ("hutrs", "hurts"),
        ("n", "and"), ("nd", "and"), ("u", "you"), ("ur", "your"), ("rly", "really"), ("rlly", "really"), ("sholder", "shoulder"),
    ];

    private static readonly (string Word, string Digit)[] NumberWords =
        [("two", "2"), ("three", "3"), ("four", "4"), ("five", "5"), ("six", "6"), ("seven", "7"), ("eight", "8"), ("nine", "9"), ("ten", "10")];

    public static SafetySignal Classify(string text)
    {
        var normalized = Normalize(text);
        if (normalized.Length == 0 || normalized.Length > MaxLength)
        {
            return SafetySignal.None;
        }

        var clauses = Clauses(normalized, aboutOthers: false);
        var whole = string.Join(" | ", clauses);
        return (clauses.Count > 0 ? RedFlag(clauses, whole) : null)
            ?? RedFlagOfSomeoneElse(normalized)
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
        return SaysCleared(text) && FullClearance().IsMatch(normalized) && !Regex.IsMatch(normalized, @"\b(?:light|gentle|only|just|easy|some)\b");
    }

    /// <summary>A pain rating given as the answer to "0 to 10?": the first whole number from 0 to 10, or words for none.</summary>
    public static int? ReadRating(string text)
    {
        var normalized = Normalize(text);
        if (Regex.IsMatch(normalized, @"^(?:none|no pain|gone|its gone|nothing|fine|all good|no|nope|doesnt hurt|it doesnt hurt|not at all|0 pain)$"))
        {
            return 0;
        }

        var match = Regex.Match(normalized, @"\b[0-9]{1,2}\b");
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
        Regex.IsMatch(Normalize(text), @"\b(?:hip|it|pain)\b.*\b(?:better|fine now|ok now|okay now|healed|settled|gone)\b|^(?:better|much better|all better|better now)$");

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

        if (sign == RedFlagSign.ChestPain && Regex.IsMatch(whole, @"\b(?:had|have had|ive had|survived|recovering from|after) (?:a |an |my )?heart attacks?\b"))
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
    private static SafetySignal? RedFlagOfSomeoneElse(string normalized)
    {
        var others = Clauses(normalized, aboutOthers: true);
        if (others.Count == 0)
        {
            return null;
        }

        var whole = string.Join(" | ", others);
        var now = Says(Now(), whole) || Regex.IsMatch(whole, @"\b(?:is|are|hes|shes|theyre|cant|cannot|wont|keeps|still|during (?:the|our|my|her|his|their) (?:exercises|walks|session|workout|bridges|set)|since the|after the (?:exercises|walks|bridges|set|session|workout)|doing the)\b");
        var history = LongAgo().IsMatch(whole) || Regex.IsMatch(whole, @"\bhad (?:a |an )?(?:stroke|heart attack|fall|seizure|fit|bypass|op|operation)\b");
        if (now && !history && RedFlag(others, whole) is { Kind: SafetyKind.RedFlag } flag)
        {
            return flag;
        }

        // Typed for the person who trains ("my mum had a hip operation a month ago and wants to try these", "my mum's
        // hip is hurting during the clamshells"): their readiness and pain count as theirs.
        var forTheTrainee = Regex.IsMatch(whole, @"\b(?:wants to (?:try|do|start|join)|(?:during|doing|after) (?:the |these |her |his )?(?:exercises|clamshells|bridges|walks|kickbacks|session|workout|set|reps)|typing (?:this )?for (?:her|him|them))\b");
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
        Regex.IsMatch(clause, @"\bjaw\b") && Regex.IsMatch(clause, @"\b(?:arm|arms|shoulder|chest|neck)\b") && Says(PainWord(), clause);

    /// <summary>A tear, break or dislocation said without "just": an injury to be checked, not a twinge to rate.</summary>
    private static bool SeriousInjury(string clause) =>
        Regex.IsMatch(clause, @"\b(?:tore|torn|broke|broken|fractur\w*|ruptur\w*|dislocat\w*|herniat\w*|slipped disc|bulging disc|stress fracture)\b")
        && (PlaceIn(clause) is not null || Regex.IsMatch(clause, @"\b(?:bone|ligament|tendon|muscle|disc|acl|mcl|meniscus|labrum)\b"))
        && !Regex.IsMatch(clause, @"\b(?:just|think|feels like|felt like|might have|may have|now)\b");

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
                    && !Regex.IsMatch(clauses[i + 1], @"^(?:otherwise|apart from|other than|besides|except|rest|everything else|the rest)\b"))
                || clauses.Skip(i + 1).Any(later => Says(Resolved(), later) && PlaceIn(later) is null && !Says(PainWord(), later));
            if (settled)
            {
                continue;
            }

            if (Says(PainWord(), clause) || (place && Says(BodySymptom(), clause)) || JustAPlace(clause))
            {
                painful.Add(clause);
            }
            else if (Says(Sensation(), clause) && (place || Regex.IsMatch(clause, @"\b(?:something|heard|felt)\b")))
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
        Regex.IsMatch(clause, @"^(?:my |the |oh my |ugh my |argh my |ah my )?(?:lower back|back|knees?|hips?|ankles?|groin|hamstrings?|shins?)$");

    /// <summary>A rating only when it is said as one ("6/10", "6 out of 10", "pain 6"): reps in the same message are not ratings.</summary>
    private static int? RatingIn(string normalized)
    {
        var match = Rating().Match(normalized);
        if (!match.Success)
        {
            // "My hip hurts, 2": a number on its own after the pain is its rating.
            match = Regex.Match(normalized, @"\|\s(?<a>[0-9]{1,2})$");
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
        var unable = Regex.IsMatch(clause[(start + 1)..index], @"\b(?:cant|cannot|unable to|couldnt)\b");
        return free || reach.Any(word => Negator().IsMatch(word) && !(unable && word == "without"));
    }

    /// <summary>
    /// The clauses that speak of the person now (or, with <paramref name="aboutOthers"/>, of someone else), with idioms
    /// and gym talk taken out.
    /// </summary>
    private static List<string> Clauses(string normalized, bool aboutOthers)
    {
        var clauses = new List<string>();
        foreach (var part in ClauseBreak().Split(normalized))
        {
            var clause = Spaces(part);
            if (clause.Length == 0 || NotAboutNow().IsMatch(clause) || (SomeoneElse().IsMatch(clause) && !FirstPerson().IsMatch(clause)) != aboutOthers)
            {
                continue;
            }

            clause = Spaces(NotPain().Replace(clause, " "));
            if (clause.Length > 0)
            {
                clauses.Add(clause);
            }
        }

        return clauses;
    }

    /// <summary>
    /// Lower case, ASCII digits, apostrophes gone ("can't" is "cant"), number words as digits, punctuation kept only
    /// where it ends a clause.
    /// </summary>
    private static string Normalize(string text)
    {
        var lower = Digits.ToAscii(text).ToLowerInvariant().Replace('’', '\'').Replace('‘', '\'')
            .Replace("n't", "nt", StringComparison.Ordinal).Replace("'", "", StringComparison.Ordinal);
        lower = Regex.Replace(lower, @"\.{2,}|…", " ");
        lower = Regex.Replace(lower, @"[^\p{L}\p{Nd}/.,;:!?()\n -]", " ").Replace('-', ' ');
        lower = Regex.Replace(lower, @"\bcan not\b", "cannot");
        lower = Regex.Replace(lower, @"\b(could|do|does|did|is|was|were|are|have|has|had|would|should) not\b", "$1nt");
        lower = Regex.Replace(lower, @"\bwill not\b", "wont");
        lower = Regex.Replace(lower, @"\b(?:(?:havent|hasnt|have not|has not|wasnt|werent|not|never) (?:been )?able to|unable to)\b", "unable to");
        // Three or more of a letter are two ("dizzzy", "owww" stays "oww").
        lower = Regex.Replace(lower, @"(\p{L})\1{2,}", "$1$1");
        lower = Regex.Replace(lower, @"\b(?:dizz|dizzi)y\b", "dizzy");
        foreach (var (typed, meant) in Typos)
        {
            lower = Regex.Replace(lower, $@"\b{typed}\b", meant);
        }

        foreach (var (word, digit) in NumberWords)
        {
            lower = Regex.Replace(lower, $@"\b{word}\b", digit);
        }

        return Spaces(lower);
    }

    private static string Spaces(string text) => Regex.Replace(text, @"\s+", " ").Trim();

    private static Regex Word(string alternatives) => new($@"\b(?:{alternatives})\b", RegexOptions.CultureInvariant);
}
