using System.Text.RegularExpressions;

namespace HipBand.Coaching.Safety;

/// <summary>
/// The concepts the safety screen thinks in, each one pattern over normalised English text (lower case, no
/// apostrophes, "cant" for can't, digits for number words): body parts, symptoms, severity, inability, time, negation,
/// and the idioms and gym talk that only look like pain. <see cref="SafetyClassifier"/> combines them per clause.
/// </summary>
internal static partial class SafetyLexicon
{
    // ----- building blocks, as regex text -----

    /// <summary>Up to <c>n</c> words in between, lazily.</summary>
    private const string Gap = @"(?:\s+\S+){0,5}?\s+";

    private const string Chest = @"(?:chest|chestt|cheast|chset|sternum|breast ?bone|rib ?cage|heart)";
    private const string ChestFeeling = @"(?:pain\w*|hurt\w*|hrt\w*|ache\w*|aching|achy|pressure|pressing|press|tight\w*|heav\w*|squeez\w*|crush\w*|burn\w*|weight|elephant|clench\w*|constrict\w*|stab\w*|sharp|sore|discomfort|gripp?ing|vice|vise|band)";
    private const string Spreads = @"(?:spread\w*|radiat\w*|going|goes|moving|moves|travel\w*|shoot\w*|runs?|running|into|up|down|through)";
    private const string ArmJawBack = @"(?:arm|arms|jaw|shoulder blades?|between my shoulders|neck|back(?!\s+of))";

    private const string Breath = @"(?:breath\w*|breth\w*|brea?the?ing|air|winded|wheez\w*|puff|puffed|gasp\w*)";
    private const string CannotSpeak = @"(?:(?:cant|cannot|unable to|struggling to|struggle to|hard to|barely|hardly|can barely|can hardly|not able to|couldnt)\s+(?:\w+\s+)?(?:talk|speak|say|get (?:a |the )?words? out|finish (?:a |my )?sentences?|string (?:a )?sentences?|get (?:a |the |my |any |his |her |their )?(?:full |whole |single )?(?:sentence|words?) out)|(?:cant|cannot|couldnt) (?:even |really )?(?:answer|reply|respond)|(?:one|a) word at a time|cant (?:even )?(?:talk|speak)|(?:can )?only (?:say|speak|manage|get out) (?:one|a few|few|a couple of) words?|no breath to (?:talk|speak)|speak in (?:full )?sentences)";

    private const string Relation = @"(?:mum|mom|mother|dad|father|wife|husband|partner|friend|mate|brother|sister|son|daughter|kid|child|coach|grandma|grandpa|gran|nan|aunt|uncle|cousin|neighbour|neighbor|colleague|boss|dog|cat|client|patient|girlfriend|boyfriend|auntie|grandad|granddad|hubby|wifey|missus|spouse|fiance|fiancee|bf|gf|other half|grandmother|grandfather|nephew|niece)s?\b";

    private const string Limb = @"(?:arm|arms|leg|legs|hand|hands|foot|feet|face|side|fingers|toes)";

    // ----- red flags -----

    [GeneratedRegex(Chest + Gap + ChestFeeling + @"\b|\b" + ChestFeeling + @"\s+(?:my|the)\s+" + Chest + @"|\b" + ChestFeeling + @"\s+(?:\w+\s+){0,6}?(?:in|on|across|around|of|at|from|into|behind|under|through)\s+(?:my\s+|the\s+)?(?:\w+\s+)?" + Chest + @"|\b" + Chest + @"\s+(?:is\s+)?killing me\b|\b(?:tight|heavy|sore|painful|crushing)\s+" + Chest + @"|\bheart attack\b|\bangina\b")]
    public static partial Regex ChestPain();

    /// <summary>A pain that spreads to the arm, jaw or back: chest pain even when the chest is not named.</summary>
    [GeneratedRegex(@"\b(?:pain|ache|aching|pressure|tight\w*)\b(?:\s+\S+){0,5}?\s+" + Spreads + @"(?:\s+\S+){0,3}?\s+(?:my\s+|the\s+)?(?:left\s+)?" + ArmJawBack + @"\b|\b(?:left arm|jaw)\b(?:\s+\S+){0,6}?\s+(?:and|with)\s+(?:my\s+)?" + Chest + @"|\bjaw and chest\b|\b(?:radiat\w*|spread\w*|shoot\w*|travel\w*)\b(?:\s+\S+){0,3}?\s+(?:into|to|up|down|round|around|towards)\b(?:\s+\S+){0,2}?\s+(?:left\s+)?(?:arm|jaw|shoulder blades?|neck)\b")]
    public static partial Regex SpreadingPain();

    [GeneratedRegex(@"\b(?:faint\w*|fiant\w*|fanted|pass(?:ed|ing)? out|pased out|passout|black(?:ed|ing)? out|blacked|blackout|collaps\w*|keel(?:ed)? over|lost consciousness|los(?:t|ing) conciousness|came to on|woke up on the floor|going to pass out|gonna pass out|about to pass out|might pass out|nearly passed|almost passed)\b|\b(?:vision|eyes?|everything|sight)\b(?:\s+\S+){0,3}?\s+(?:went|going|goes|gone|turning|turned|is|are)\s+(?:all\s+)?(?:dark|black|grey|gray|blurry and|white|fuzzy)\b|\btunnel vision\b|\bwent (?:all )?(?:grey|gray|black|dark|white|fuzzy|blurry|wobbly and)\b|\bhad to (?:grab|hold onto|hold on to) (?:the |a )?(?:wall|chair|something|rail|door)\b|\bnearly (?:collapsed|keeled over|fainted|passed out|blacked out)\b|\blegs went from under me\b|\bseeing (?:stars|spots|black)\b|\b(?:very|really|super|extremely|severely|so|crazy)\s+dizzy\b|\bsevere\s+dizziness\b|\b(?:room|everything|world)\s+(?:is\s+)?spinning\b|\blegs? (?:gave|giving) (?:way|out) and i (?:fell|went down)\b")]
    public static partial Regex Fainting();

    [GeneratedRegex(@"\b(?:cant|cannot|can barely|can hardly|struggling to|struggle to|hard to|unable to)\s+(?:\w+\s+)?(?:breathe|breath|brethe|get (?:enough )?air|catch my breath)\b|\b" + Breath + @"\b(?:\s+\S+){0,8}?\s+" + CannotSpeak + @"|\b" + CannotSpeak + @"(?:\s+\S+){0,8}?\s+" + Breath + @"\b|\b(?:out of breath|breathless|winded|puffed|puffed out)\s+to\s+(?:talk|speak|say)\b|\bgasping\b(?! a bit| a little| slightly| lol| haha)|\bcant get (?:any |enough )?air\b|\bwheez\w*\b(?:\s+\S+){0,4}?\s+(?:badly|bad|cant|loud)")]
    public static partial Regex Breathless();

    [GeneratedRegex(@"\b(?:sudden(?:ly)?|all of a sudden|out of nowhere|just now|suddenly gone|randomly)\b(?:\s+\S+){0,6}?\s+(?:weak\w*|numb(?:ness|ed|ing|ish)?|dead|floppy|heavy and weak|limp|no strength|useless|wont move|cant move|gave out)\b|\b" + Limb + @"\b(?:\s+\S+){0,3}?\s+(?:went|gone|is|feels|feel|going|has gone|just went|suddenly)\s+(?:completely\s+|totally\s+|really\s+|all\s+|very\s+|so\s+|super\s+|quite\s+|kind of\s+|kinda\s+)?(?:numb|dead|floppy|limp|weak|useless)\b|\b(?:cant|cannot|unable to)\s+(?:move|feel|lift|grip with|grip|raise|hold up)\s+my\s+(?:\w+\s+)?" + Limb + @"\b|\b" + Limb + @"\b(?:\s+\S+){0,3}?\s+(?:wont|cant|doesnt) (?:move|lift|work|respond|grip)\b|\b(?:weak\w*|numb(?:ness|ed|ing|ish)?|dead|floppy|limp|useless)\b(?:\s+\S+){0,3}?\s+(?:sudden(?:ly)?|all of a sudden|out of nowhere)\b|\blost (?:the |all |my )?(?:feeling|sensation|strength|power|grip) (?:in|of)\b|\bnumb(?:ness|ed|ing|ish)?\b|\bno feeling in\b|\bpins and needles\b|\btingl\w*\b(?:\s+\S+){0,4}?\s+(?:down|in|through)\s+my\b|\bweakness in my\b|\bcan(?:t|not) feel my\b|\bcan(?:t|not) feel (?:anything|a thing|much|it) (?:in|below|down) (?:my|the)\b")]
    public static partial Regex NumbOrWeak();

    [GeneratedRegex(@"\bslur\w*\b|\b(?:words?|speech|speach|speaking|talking|voice)\b(?:\s+\S+){0,4}?\s+(?:come|comes|coming|came) (?:out )?(?:all )?(?:wrong|weird|funny|jumbled|mixed|garbled|slurred|strange|muddled|nonsense|backwards)\b|\b(?:find|finding|get|getting) (?:my |the |his |her )?words\b|\b(?:coming|comes|came) out (?:as )?(?:all )?(?:garbled|jumbled|slurred|muddled|mixed up|nonsense|gibberish)\b|\bmix\w* (?:up )?(?:my |the )?words\b|\b(?:say|saying|said|using) (?:the )?wrong words?\b|\bwrong words? (?:keep |keeps )?(?:come|comes|coming|came) out\b|\b(?:smile|mouth|face|lip|eyelid|cheek)\b(?:\s+\S+){0,2}?\s+(?:isnt|wont|doesnt|not|cant) (?:moving|move|working|work|lift\w*)\b|\bwords? (?:all )?mixed up\b|\b(?:sound|sounding|talk|talking|speak|speaking) (?:like i am |like im |like )?drunk\b|\b(?:cant|cannot|unable to) (?:speak|talk|say)\b(?:\s+\S+){0,3}?\s+(?:properly|right|clearly|normally)\b|\b(?:words|speech)\b(?:\s+\S+){0,3}?\s+(?:coming out wrong|jumbled|garbled|funny|weird|slow)\b|\b(?:face|mouth|smile|eyelid|lip)\b(?:\s+\S+){0,3}?\s+(?:droop\w*|drop\w*|sag\w*|lopsided|crooked|numb)\b|\bdroop\w*\b(?:\s+\S+){0,3}?\s+(?:face|mouth|smile|side)\b|\bone side of my (?:face|body)\b|\b(?:one|left|right|whole|1) side of (?:my )?(?:body|face)\b(?:\s+\S+){0,5}?\s+(?:weak\w*|numb(?:ness|ed|ing|ish)?|weird|heavy|dead|tingl\w*|funny|floppy)\b|\bcant get (?:my |the )?words out\b|\bwords?\b(?:\s+\S+){0,3}?\s+(?:jumbled|garbled|mixed up|all wrong|wont come)\b|\bmouth (?:wont|cant|isnt|doesnt) (?:form|say|work|move)\b|\b(?:speech|talking|voice) (?:is |sounds |went )?(?:weird|funny|wrong|strange|slurred)\b|\bcant (?:speak|talk) (?:properly|right|clearly)\b|\bstroke\b")]
    public static partial Regex StrokeSigns();

    [GeneratedRegex(@"\b(?:fell|fall|fallen|falling|tripped|trip|slipped|slip|went over|went down|came down|landed|rolled|tumbled?|took a tumble|stumbled|wiped out|crashed|toppled|fell over|keeled over)\b(?:\s+\S+){0,30}?\s+(?:(?:cant|cannot|unable to|can barely|can hardly|impossible to|couldnt|wont|wont let me|cant take)\s+(?:even\s+)?(?:stand|walk|put (?:any |my |the )?weight|bear (?:any |my |the )?weight|weight bear|get (?:myself |back )?up|get off the floor|step|take (?:a |any )?steps?|take (?:any |my |the )?weight|hold (?:any |my |the )?weight|stand on|move it|put (?:my |the )?(?:foot|leg) down|hold me|take me|get (?:any )?weight (?:through|on|onto))|still on the floor|(?:leg|knee|ankle|hip) (?:gives|keeps giving|gave) way)|\b(?:cant|cannot|unable to|not able to)\s+(?:put|bear|take)\s+(?:any\s+)?weight\b")]
    public static partial Regex FallCannotBearWeight();

    [GeneratedRegex(@"\b(?:fever|feverish|temperature|temp|chills|shivery|shivering|shivers|the shakes|sweats|night sweats|hot and cold|flu\w*)\b")]
    public static partial Regex Fever();

    [GeneratedRegex(@"\b(?:swollen|swelling|swelled|swell|puffed up|puffy|hot|red|warm)\b")]
    public static partial Regex SwollenOrHot();

    [GeneratedRegex(@"\b(?:numb(?:ness|ed|ing|ish)?|tingl\w*|no feeling|lost (?:all )?(?:feeling|sensation)|no sensation|cant feel|pins and needles|dead)\b(?:\s+\S+){0,5}?\s+(?:between (?:my|the) legs|groin|crotch|genitals|privates|private (?:parts|area)|down there|saddle|inner thighs?|inside of (?:my |the |both )?thighs?|bum|bottom|butt|buttocks|perineum|vagina|penis|back passage|undercarriage)\b|\b(?:groin|crotch|genitals|privates|down there|saddle|inner thighs?|bottom|bum)\b(?:\s+\S+){0,4}?\s+(?:numb(?:ness|ed|ing|ish)?|tingl\w*|no feeling|dead)\b|\bsaddle\s+(?:numbness|area)\b")]
    public static partial Regex SaddleNumbness();

    [GeneratedRegex(@"\b(?:wet|peed|pee d|pissed|soiled|pooed|pooped|pood|leaked|leaking|weed)\s+(?:my\s*self|myself|himself|herself|themselves|me|my pants|my shorts|my leggings)\b|\b(?:lost|losing|lose|no|cant|cannot|without)\s+(?:\w+\s+)?control\s+(?:of|over)\s+(?:my\s+)?(?:bladder|bowels?|pee|wee|poo|toilet)\b|\b(?:cant|cannot|couldnt)\s+(?:hold|stop|control|feel)\s+(?:\w+\s+)?(?:my\s+)?(?:pee|wee|urine|bladder|bowels?|poo|it in)\b|\b(?:cant|cannot|couldnt|unable to)\s+(?:pee|wee|urinate)\b|\bincontinen\w*|\b(?:bladder|bowel|bowels)\b(?:\s+\S+){0,3}?\s+(?:problem|problems|trouble|issues?|accident|gave|gone|leak\w*|let go|not working)\b|\baccident\b(?:\s+\S+){0,3}?\s+(?:pants|toilet|bladder|bowel)\b|\bdidnt (?:notice|realise|realize|feel) (?:i was |that i was |myself )?(?:peeing|weeing|leaking|wetting)\b")]
    public static partial Regex BladderOrBowel();

    [GeneratedRegex(@"\b(?:pee|peeing|wee|weeing|urine|urinate|bladder|bowels?|poo|poop|pooing|stool|toilet|loo)\b")]
    public static partial Regex BladderWord();

    [GeneratedRegex(@"\b(?:cant feel|didnt feel|no feeling|cant tell|didnt notice|leak\w*|cant stop|cant control|accident|dribbl\w*|blood in|nothing comes? out|nothing came out|(?:cant|cannot|couldnt|unable to) (?:go|pee|wee|urinate|empty|hold it|hold on|hold my|pass (?:urine|water))|lost (?:\w+ )?control|no control)\b")]
    public static partial Regex BladderTrouble();

    [GeneratedRegex(@"\bgroin\b|\bhip\b|\bhips\b|\bfront of (?:my |the )?hip\b|\bhip flexor\b|\bpubic\b|\bpelvis\b|\bhip bone\b")]
    public static partial Regex GroinOrHipFront();

    [GeneratedRegex(@"\b(?:hop\w*|jump\w*|at night|night|nights|in bed|wakes? me|woke me|waking me|keeps me up|lying in bed|at rest|sleep\w*)\b")]
    public static partial Regex HoppingOrNight();

    // ----- pain -----

    [GeneratedRegex(@"\b(?:pain|pains|paining|pained|painful|painfull|hurt|hurts|hurting|hurst|hrts|ache|aches|aching|achy|sore|soreness|stabbing|stab|throbbing|throbs|ouch|ow+|owie|agony|agonising|agonizing|twinge\w*|pinch\w*|cramp\w*|tweak\w*|pulled|strain\w*|sprain\w*|tore|torn|tear|burning pain|shooting|sharp)\b")]
    public static partial Regex PainWord();

    /// <summary>A body part with a symptom that is not a pain word: "my knee is swelling", "my ankle gave way".</summary>
    [GeneratedRegex(@"\b(?:swollen|swelling|swelled|gave way|gave out|giving way|giving out|buckled|locked|locking|tender|bruised|throb\w*|stiff and|inflamed|on fire and it hurts|feels wrong|not right|playing up|acting up|killing me|kills|giving me (?:grief|trouble|jip|gyp)|bothering me|niggl\w*)\b")]
    public static partial Regex BodySymptom();

    [GeneratedRegex(@"\b(?:click\w*|pop|pops|popped|popping|crack\w*|clunk\w*|grind\w*|crunch\w*|snap\w*|wobbl\w*|unstable|instability|clicky|flick\w*|slipping|slips out|slipped out|catch(?:es|ing)?\b(?! my breath)|feels? (?:\w+ )?(?:funny|weird|odd|strange|off|loose)|gave a little)\b")]
    public static partial Regex Sensation();

    [GeneratedRegex(@"\b(?:outside|outer|side|lateral)\s+(?:of\s+)?(?:my\s+|the\s+)?(?:left\s+|right\s+)?hip|\bhip\b(?:\s+\S+){0,6}?\s+(?:lying|lie|lay|laying)\s+on\b|\b(?:lying|lie|lay|laying)\s+on\s+(?:my\s+|that\s+|the\s+)?(?:left\s+|right\s+)?side\b|\bit band\b|\bitb\b|\btrochanter\w*|\bbursitis\b")]
    public static partial Regex OuterHip();

    [GeneratedRegex(@"\b(?<a>[0-9]{1,2})\s*(?:/|out of|outta|of)\s*10\b|\b(?:pain|rating|level|hurts|hurting|about|around|maybe|like|its|at|a|prob|probably)\s+(?:is\s+|of\s+|at\s+|a\s+|an\s+|like\s+(?:a\s+)?)?(?<b>[0-9]{1,2})\b(?!\s*(?:reps|rep|x|times|sets|set|seconds|secs|sec|s|min|mins|minutes|more|left|kg|lb|lbs|weeks?|days?|months?|years?|am|pm|oclock))")]
    public static partial Regex Rating();

    // ----- readiness and clearance -----

    [GeneratedRegex(@"\b(?:pregnant|pregnancy|preggers|preggo|expecting (?:a baby|a child|twins|our|my)|weeks? along|trimester|bun in the oven|baby is due|babys due|due in (?:january|february|march|april|may|june|july|august|september|october|november|december)|postpartum|post partum|postnatal|post natal|baby is [0-9]+ (?:days?|weeks?|months?) old|since having (?:my |the |a )?baby|gave birth|just had a baby|had (?:a|my|the|our) baby|newborn|c section|c-section|caesarean|cesarean|ivf)\b")]
    public static partial Regex Pregnancy();

    [GeneratedRegex(@"\b(?:surgery|surgeries|operation|operated|keyhole|arthroscop\w*|scoped|scope|replacement|replaced|reconstruction|acl repair|repair surgery|post op|postop|post-op|stitches|staples|had my \w+ (?:done|fixed|operated|out|removed)|(?:my|the|hip|knee|back|ankle|shoulder) op|out of hospital|discharged|in hospital|hip resurfacing|repair|repaired|hernia|meniscectomy|microfracture|fusion|laminectomy|discectomy)\b")]
    public static partial Regex Surgery();

    [GeneratedRegex(@"\b(?:tore|torn|tear|broke|broken|break|fractur\w*|sprain\w*|dislocat\w*|ruptur\w*|injur\w*|strained|pulled|rolled|twisted|went over on|hurt my|fell off|fell on|had a fall|crashed|damaged|herniat\w*|slipped disc|bulging disc|stress fracture|labral|meniscus|acl|mcl|achilles)\b")]
    public static partial Regex Injury();

    /// <summary>When an injury or surgery was: recently, or still healing.</summary>
    [GeneratedRegex(@"\b(?:ago|last (?:week|month|weekend|friday|monday|tuesday|wednesday|thursday|saturday|sunday)|this (?:week|month|year)|recent\w*|just (?:had|got|been)|still (?:healing|recovering|in rehab|on crutches)|recovering|healing|in rehab|on crutches|in a (?:brace|boot|cast)|[0-9]+ (?:days?|weeks?|months?) (?:ago|since|out|post)|since (?:my|the)|post op|few (?:days|weeks|months)|couple of (?:days|weeks|months)|have a (?:torn|broken|fractured|sprained|herniated)|i have (?:a |an )?(?:torn|broken|fractured|sprained|herniated)|(?:currently|still) (?:injured|hurt)|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|yesterday|the other day)\b")]
    public static partial Regex Recent();

    [GeneratedRegex(@"\b(?:[0-9]+|many|several|a few|few|couple of) years ago\b|\bwhen i was (?:a kid|young|little|at school|a teenager|in school)\b|\bas a (?:kid|child|teen|teenager)\b|\bin (?:19|20)[0-9]{2}\b|\blong time ago\b|\bages ago\b|\bdecade\b|\bfully healed\b|\bhealed fine\b|\bold injury\b")]
    public static partial Regex LongAgo();

    private const string Clinician = @"(?:doctor|doc|dr|gp|physio|physiotherapist|physical therapist|therapist|pt|surgeon|cardiologist|consultant|nurse|midwife|obgyn|ob|specialist|chiro\w*|osteo\w*|sports med\w*|medic|ortho\w*|hospital|a and e|er)";

    [GeneratedRegex(@"\b" + Clinician + @"\b(?:\s+\S+){0,3}?\s+(?:said|says|told|tells|advised|advises|wants|ordered|recommended|asked)\b(?:\s+\S+){0,3}?\s+(?:not to|no|dont|shouldnt|should not|must not|mustnt|to avoid|avoid|to rest|rest|to stop|stop|off|against|nothing|no more|cant|cannot|wait)\b|\b(?:not allowed|not cleared|banned|forbidden|told off) (?:to|from) (?:exercise|train|work ?out|run|do)\b|\bno (?:exercise|training|sport|running)\b(?:\s+\S+){0,3}?\s+(?:for|until|till)\b|\bsigned off (?:sport|exercise|work|training)\b")]
    public static partial Regex DoctorSaidNo();

    [GeneratedRegex(@"\b(?:heart (?:condition|problem|problems|disease|failure|issue|issues|murmur|surgery|op)|pacemaker|stent|stents|arrhythmia|afib|a fib|atrial|cardiac)\b")]
    public static partial Regex HeartCondition();

    /// <summary>A habit or history ("I get chest pain when I run"), as against something happening now.</summary>
    [GeneratedRegex(@"\b(?:i get|i got|i always get|always|i often get|i sometimes get|sometimes|often|whenever|every time|everytime|usually|tend to|used to|history of|episodes? of|prone to|when i (?:go )?(?:run|running|jog|jogging|exercise|train|work out|workout|do sport|exert|push)|while (?:running|exercising|training|working out|jogging)|on (?:my |long )?runs|during (?:my |a |the )?(?:exercise|runs?|workouts?|training|sessions?|sport|games?)|ive had|i have had|ive been having|ive been getting|recently|after (?:running|exercise|workouts|training)|before|in the past|last (?:year|month|week|time)|a while ago|ago)\b")]
    public static partial Regex Habitual();

    [GeneratedRegex(@"\b" + Clinician + @"\b(?:\s+\S+){0,4}?\s+(?:said|says|told me|tells me|thinks|thought|agreed|confirmed)\b(?:\s+\S+){0,6}?\s+(?:fine|ok|okay|good|alright|all right|safe|cleared|can|could|allowed|go ahead|green light|no problem|should be fine|to (?:start|go|exercise|train))\b|\b" + Clinician + @"\b(?:\s+\S+){0,3}?\s+(?:ok\w*|okay\w*|cleared|approved|signed (?:me )?off|gave me (?:the )?(?:ok|okay|all clear|go ahead|green light|thumbs up)|gave the (?:ok|okay|all clear|go ahead|green light)|is happy for me|is fine with)\b|\b(?:got|have|had|been given|given) (?:the |my |their |his |her )?(?:ok|okay|all clear|all-clear|go ahead|go-ahead|green light|clearance|sign off|thumbs up)\b|\b(?:been |was |im |i am |i was |i got |got |yes |yep |yeah )?cleared\b|\ball clear\b|\bgood to go\b")]
    public static partial Regex Clearance();

    [GeneratedRegex(@"\b(?:not|no|havent|hasnt|didnt|dont|wont|isnt|wasnt|yet to|waiting|still waiting|not yet|no longer)\b(?:\s+\S+){0,4}?\s+(?:cleared|ok\w*|okay\w*|clearance|said (?:its|it is) fine|all clear|go ahead|green light|signed)\b|\bnot cleared\b|\bnot yet\b")]
    public static partial Regex NotCleared();

    [GeneratedRegex(@"\b(?:full|fully|all|everything|any|normal|no restrictions?|without restrictions?|unrestricted|back to normal|whatever i want|all exercise|all training|full training|running|to run|sport)\b")]
    public static partial Regex FullClearance();

    // ----- what only looks like pain, and what takes it back -----

    [GeneratedRegex(@"\b(?:(?:a|real|such a|bit of a|what a|total|massive|royal|right|major)\s+)?pain in the (?:neck|butt|ass|arse|bum|backside|rear|behind|tail)\b|\b(?:a|real|such a|bit of a|what a|total|massive|right|major) pain(?: to| setting| getting| with| this| that|$| lol| haha)|\bits a pain\b|\bno pain no gain\b|\bgrowing pains\b|\bkill(?:ing|ed|s)? it\b|\bkilled that\b|\bbreak a leg\b|\bsore loser\b|\bhurt(?:s)? my (?:feelings|ego|pride|brain|wallet)\b|\bmy (?:brain|head|wallet|ego|pride) hurts\b|\b(?:feel|feeling|felt|feels)\s+(?:the\s+)?burn\b|\bburns?\s+(?:so\s+)?(?:good|nicely|nice|great|lol)\b|\bhurts so good\b|\b(?:the |my )?band (?:snapped|snaps|broke|flicked|pinged|popped|slipped|rolled)\b|\blegs? (?:are|is|feel|feels|r|went|gone|go|going|getting)? ?(?:a bit |a little |so |all |totally |kinda )?(?:wobbly|shaky|jelly|like jelly|trembly)\b|\bcant (?:really )?feel (?:my |the |them |it )?(?:\w+ )?(?:working|activat\w*|firing|engag\w*|doing (?:anything|much))\b|\b(?:gonna|going to|will|ill|might|may)\s+(?:probably\s+|definitely\s+|def\s+|totally\s+)?(?:be sore|feel sore|be aching|feel it|ache|hurt|be so sore|be really sore)\b|\bsore tomorrow\b|\bkilling me softly\b|\bgood (?:pain|burn|hurt|ache|sore|soreness)\b|\b(?:in a|the) good way\b|\bdoms\b|\bworkout sore\b|\bsore from (?:yesterday|the gym|lifting|leg day|training|last session|last time|deadlifts|squats)\b|\b(?:sore|ache|aching|achy|hurts?|burn\w*|pain)\b(?:\s+\S+){0,2}?\s+in a good way\b|\b(?:chest|leg|back|arm) day\b|\bchest (?:press|fly|flies|workout|exercise|muscles?|stretch|strap|bands?|height|level)\b|\bpushups? (?:are )?(?:a )?pain\b|\bpain(?:ful)? to watch\b|\bheart (?:rate|is pumping|pumping|racing from|is racing from|beating fast)\b|\bheart (?:is )?(?:pounding|racing)\b")]
    public static partial Regex NotPain();

    [GeneratedRegex(@"\b(?:fine now|ok now|okay now|better now|gone now|all good now|settled now|no longer (?:hurts|sore|painful|aching)|doesnt hurt (?:any ?more|now)|dont hurt (?:any ?more|now)|not sore (?:any ?more|now)|stopped hurting|went away|passed now|its passed|all better|feels? (?:fine|good|great|ok|okay|strong|better|normal)|is (?:fine|good|ok|okay|great|better)|(?:are|r) (?:fine|good|ok|okay|great)|im (?:fine|ok|okay|good|alright|all right)|all (?:good|fine)(?: today)?|(?:fine|good|ok|okay) today|nothing (?:at all|now|today)|its gone|gone now|its passed|no harm(?: done)?|been (?:fine|ok|okay|good|great|alright)|unhurt|not hurt|no pain|pain free|painfree|pain-free)\b")]
    public static partial Regex Fine();

    /// <summary>It has settled since: "fine now", "it's gone", "went away".</summary>
    [GeneratedRegex(@"\b(?:fine now|ok now|okay now|better now|all good now|gone now|its gone|passed|went away|settled|stopped hurting|no longer|been fine|no harm)\b")]
    public static partial Regex Resolved();

    [GeneratedRegex(@"\b(?:dizzy|dizziness|dizy|light ?headed|lightheaded|woozy|nauseous|nausea|nauseated|queasy|feel sick|feeling sick|feel ill|feeling ill|going to be sick|gonna be sick|gonna throw up|might be sick|about to be sick|feel like (?:throwing up|vomiting|being sick|puking)|vomit\w*|threw up|throwing up|puked?|feel (?:off|rough|awful|terrible|unwell|weird|strange)|feeling (?:off|rough|awful|terrible|unwell|weird|strange)|unwell|clammy|cold sweat)\b")]
    public static partial Regex Unwell();

    /// <summary>Someone else, or a what-if, a story or a video: nothing the person feels now.</summary>
    [GeneratedRegex(@"^(?:(?:so|and|but|also|well|yeah|lol|omg) )?(?:my |our |his |her |the )?" + Relation + @"|^(?:he|she|they|hes|shes|theyre|someone|somebody|a friend|people|everyone|a guy|a woman|a man|my gym buddy)\b(?!\s+(?:said|says|told|thinks))")]
    public static partial Regex SomeoneElse();

    [GeneratedRegex(@"\b(?:i|im|ive|id|me|myself)\b|\bmy (?!" + Relation + @")")]
    public static partial Regex FirstPerson();

    [GeneratedRegex(@"^(?:what if|in case|what happens if|what should i do if|what do i do if|should i stop if|do i stop if|is it ok if|how will i know if|how do i know if|when should i|can (?:this|it|these|band work|exercise|clamshells|bridges) (?:cause|help|make)|does (?:this|it) help|will (?:this|it) help|is (?:this|it) (?:good|bad|safe) for)\b|\b(?:video|videos|article|podcast|youtube|documentary|tv|movie|film|book|read about|reading about|heard about|googled|watched|show about)\b")]
    public static partial Regex NotAboutNow();

    /// <summary>Something happening now, as against a history: "right now", "just", "today" (not "fine now").</summary>
    [GeneratedRegex(@"(?<!\b(?:fine|ok|okay|better|good|alright|settled|normal|right|every) )\b(?:right now|just now|now(?! and (?:then|again))|just|today|this set|at the moment|currently|rn)\b")]
    public static partial Regex Now();

    [GeneratedRegex(@"\b(?:no|not|without|never|nor|zero|0|dont|doesnt|didnt|isnt|wasnt|havent|hasnt|arent|werent|wont|none|nothing|neither)\b")]
    public static partial Regex Negator();

    /// <summary>Where one thought ends and another begins: punctuation and "but", "though", "however", "although".</summary>
    [GeneratedRegex(@"[.,;:!?()\n]+|\s(?:but|though|although|however|except|and then|then|lol|haha)\s|\sso (?=(?:i|im|ive|we|my)\b)")]
    public static partial Regex ClauseBreak();
}
