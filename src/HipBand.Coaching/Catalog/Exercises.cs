namespace HipBand.Coaching.Catalog;

/// <summary>Every exercise of both source articles, in our own words, with the articles' figures.</summary>
public static class Exercises
{
    private const string BandArticle = "hip-band-program";
    private const string RunnerArticle = "runner-hip-exercises";

    public static readonly Exercise MonsterWalk = new()
    {
        Id = "monster-walk",
        Name = "Monster walk",
        Focus = "Stabilization",
        HowTo =
        [
            "Put the band around both legs and sink into a shallow squat, feet a little wider than your hips.",
            "Walk forward in small diagonal steps, keeping the band stretched the whole time.",
            "Walk backward the same way, then keep going forward and back until the time is up.",
        ],
        Cues = ["Stay low and keep the band taut", "Knees push out, never in"],
        Mistakes = ["Standing up tall between steps", "Letting the knees drift inward"],
        Unit = DoseUnit.Seconds,
        Dose = new Dose(2, 60, 60),
        MaxSets = 4,
        Tempo = "constant tension",
        Band = BandUse.Required,
        Placements = ["above the knees", "at the ankles"],
        WithoutBand = "squat",
        Sources = [new(BandArticle, "2 sets × 1 minute, constant tension; stabilization")],
    };

    public static readonly Exercise LateralBandWalk = new()
    {
        Id = "lateral-band-walk",
        Name = "Lateral band walk",
        Focus = "Abduction (dynamic)",
        HowTo =
        [
            "Loop the band just above your knees, feet under your shoulders, chest up.",
            "Bend hips and knees into a slight squat.",
            "Step one foot out to the side past shoulder width, then bring the other foot halfway back so the band never goes slack.",
            "Take all the steps one way, then the same number back the other way.",
        ],
        Cues = ["Keep the band tight between steps", "Hips level: no hiking a hip to step"],
        Mistakes =
        [
            "Hiking a hip with the lower back instead of pushing out from the side of the hip",
            "Letting the band pull the knees together",
            "A band so heavy that the steps get short and sloppy",
        ],
        Unit = DoseUnit.StepsPerDirection,
        Dose = new Dose(3, 12, 15),
        MaxSets = 4,
        Tempo = "constant tension",
        Band = BandUse.Required,
        Placements = ["above the knees", "below the knees", "at the ankles"],
        WithoutBand = "side-leg-lift-standing",
        Sources =
        [
            new(BandArticle, "3 sets × 12-15 steps per direction, constant tension; dynamic abduction"),
            new(RunnerArticle, "banded side step: 3 sets × 15, band above the knees; lower it toward the ankles to make it harder"),
        ],
    };

    public static readonly Exercise GluteBridge = new()
    {
        Id = "glute-bridge",
        Name = "Glute bridge",
        Focus = "Hip extension",
        HowTo =
        [
            "Lie on your back, knees bent, feet flat about a hand's length from your bottom, arms slightly out to the sides.",
            "With a band, loop it just above the knees and press the knees out against it.",
            "Drive through both feet and lift the hips until knees, hips and shoulders form one line; only feet and shoulder blades touch the floor.",
            "Hold two seconds at the top, then lower slowly.",
        ],
        Cues = ["Squeeze your glutes at the top", "Knees stay wide against the band"],
        Mistakes = ["Arching the lower back to get higher", "Letting the knees fall inward", "Dropping down fast"],
        Unit = DoseUnit.Reps,
        Dose = new Dose(3, 15, 20),
        MaxSets = 4,
        Tempo = "2-2-2",
        Band = BandUse.Optional,
        Placements = ["above the knees"],
        Harder =
        [
            new Variant("glute-bridge-pause", "Glute bridge with a longer pause", "Hold three to four seconds at the top of every rep."),
            new Variant(
                "single-leg-glute-bridge",
                "Single-leg glute bridge",
                "Lift one foot so that knee is bent at a right angle, and bridge on the other foot alone.",
                new Dose(3, 15, 15)),
        ],
        Sources =
        [
            new(BandArticle, "banded: 3 sets × 15-20, tempo 2-2-2; extension"),
            new(RunnerArticle, "3 sets × 15 with a 2 s hold; single-leg version 15 per leg; band above the knees optional"),
        ],
    };

    public static readonly Exercise StandingGluteKickback = new()
    {
        Id = "standing-glute-kickback",
        Name = "Standing glute kickback",
        Focus = "Extension (one leg at a time)",
        HowTo =
        [
            "Stand tall with the band around your ankles, holding something steady if you like.",
            "Keeping the leg long, press one foot straight back against the band.",
            "Pause a second at the back, then bring it forward slowly. Finish all reps, then switch sides.",
        ],
        Cues = ["Move from the hip, not the lower back", "Slow on the way back in"],
        Mistakes = ["Leaning the chest forward to kick higher", "Letting the band snap the leg back"],
        Unit = DoseUnit.RepsPerSide,
        Dose = new Dose(3, 12, 15),
        MaxSets = 4,
        Tempo = "2-1-2",
        Band = BandUse.Required,
        Placements = ["at the ankles"],
        WithoutBand = "donkey-kick",
        Sources = [new(BandArticle, "3 sets × 12-15 per side, tempo 2-1-2; one-leg extension")],
    };

    public static readonly Exercise Clamshell = new()
    {
        Id = "clamshell",
        Name = "Clamshells",
        Focus = "External rotation",
        HowTo =
        [
            "Lie on your side with ankles, knees and hips stacked, knees bent about 45 degrees and feet behind you.",
            "Rest your head on the lower arm; the top hand sits on your hip. With a band, loop it above the knees.",
            "Keep the feet together and open the top knee as far as you can without rolling the hips back.",
            "Pause at the top, then close slowly without letting the knees touch.",
        ],
        Cues = ["Feet stay glued together", "Hips stacked: don't roll back"],
        Mistakes = ["Rolling the pelvis back to open wider", "Using the lower back instead of the hip"],
        Unit = DoseUnit.RepsPerSide,
        Dose = new Dose(3, 15, 20),
        MaxSets = 4,
        Tempo = "2-1-2",
        Band = BandUse.Optional,
        Placements = ["above the knees"],
        SideLying = true,
        WithoutBand = "clamshell-no-band",
        Easier =
        [
            new Variant("clamshell-no-band", "Clamshells without a band", "Same movement with no band, pausing one to two seconds at the top.", new Dose(3, 10, 10)),
        ],
        Sources =
        [
            new(BandArticle, "banded: 3 sets × 15-20 per side, tempo 2-1-2; external rotation"),
            new(RunnerArticle, "3 sets × 10 per side with a 1-2 s pause; a light band above the knees makes it harder"),
        ],
    };

    public static readonly Exercise FireHydrant = new()
    {
        Id = "fire-hydrant",
        Name = "Fire hydrants",
        Focus = "Abduction and rotation",
        HowTo =
        [
            "Start on hands and knees, hands under shoulders and knees under hips; with a band, loop it above the knees.",
            "Keeping the knee bent, lift one leg out to the side until the thigh is about level with the hip.",
            "Lower under control. Do all reps on one side, then the other.",
        ],
        Cues = ["Keep your back flat as a table", "Lift from the hip, slow and controlled"],
        Mistakes = ["Shifting weight far onto the other hand", "Twisting the trunk to get the knee higher"],
        Unit = DoseUnit.RepsPerSide,
        Dose = new Dose(2, 12, 15),
        MaxSets = 4,
        Tempo = "controlled",
        Band = BandUse.Optional,
        Placements = ["above the knees"],
        Sources = [new(BandArticle, "2 sets × 12-15 per side, controlled; abduction and rotation")],
    };

    public static readonly Exercise SeatedBandAbduction = new()
    {
        Id = "seated-band-abduction",
        Name = "Seated band abduction",
        Focus = "Abduction (high reps)",
        HowTo =
        [
            "Sit on the front of a chair or bench, feet flat, band looped just above the knees.",
            "Push both knees out against the band as far as you can.",
            "Let them come back in without the band taking over, and keep a steady rhythm.",
        ],
        Cues = ["Quick out, quick in, never slack", "Chase the burn"],
        Mistakes = ["Letting the band snap the knees together", "Rocking the upper body"],
        Unit = DoseUnit.Reps,
        Dose = new Dose(3, 20, 30),
        MaxSets = 4,
        Tempo = "1-0-1",
        Band = BandUse.Required,
        Placements = ["above the knees"],
        WithoutBand = "side-leg-lift-lying",
        Sources = [new(BandArticle, "3 sets × 20-30, tempo 1-0-1; high-rep abduction")],
    };

    public static readonly Exercise SideLegLiftStanding = new()
    {
        Id = "side-leg-lift-standing",
        Name = "Standing side leg lift",
        Focus = "Abduction (gluteus medius and minimus)",
        HowTo =
        [
            "Stand with room to your side, one foot flat on the floor.",
            "Swing the other leg out to the side like a clock hand, moving from the hip, knee soft.",
            "Hold two seconds, then lower without touching down. Finish the reps, then switch legs.",
        ],
        Cues = ["Soft knee, tall spine", "Hips stay level, lift only moderately high"],
        Mistakes = ["Locking the knee", "Shifting the hips sideways", "Bending the back", "Lifting the leg too high"],
        Unit = DoseUnit.RepsPerSide,
        Dose = new Dose(3, 15, 15),
        MaxSets = 3,
        Tempo = "lift, hold 2 s, lower",
        Band = BandUse.Optional,
        Placements = ["at the ankles"],
        Sources = [new(RunnerArticle, "3 sets × 15 per leg, 2 s hold at the top")],
    };

    public static readonly Exercise SideLegLiftLying = new()
    {
        Id = "side-leg-lift-lying",
        Name = "Lying side leg lift",
        Focus = "Abduction (gluteus medius and minimus)",
        HowTo =
        [
            "Lie on one side on a mat, body in a straight line, top hip stacked over the bottom one.",
            "Raise the top leg like a clock hand turning at the hip, only as high as feels easy on the hip.",
            "Hold two seconds, then lower it, stopping a couple of inches above the other leg. Switch sides after each set.",
        ],
        Cues = ["Top hip stays over the bottom hip", "Lower slowly and keep a gap between the legs"],
        Mistakes = ["Rolling the top hip back", "Locking the knee", "Lifting so high the back bends"],
        Unit = DoseUnit.RepsPerSide,
        Dose = new Dose(3, 15, 15),
        MaxSets = 3,
        Tempo = "lift, hold 2 s, lower",
        Band = BandUse.Optional,
        Placements = ["at the ankles"],
        SideLying = true,
        Sources = [new(RunnerArticle, "3 sets × 15 per leg, 2 s hold, legs kept about 2 inches apart at the bottom")],
    };

    public static readonly Exercise DonkeyKick = new()
    {
        Id = "donkey-kick",
        Name = "Donkey kicks",
        Focus = "Hip extension (glutes and hamstrings)",
        HowTo =
        [
            "Get on hands and knees with a straight back, hands under shoulders and knees under hips.",
            "Keeping one knee bent at a right angle, lift that leg and press the sole toward the ceiling.",
            "Lower it without letting the knee touch down. Do all reps, then switch legs.",
        ],
        Cues = ["Body still; only the leg moves", "Sole of the foot pushes up"],
        Mistakes = ["Arching the back at the top", "Swinging the leg for momentum"],
        Unit = DoseUnit.RepsPerSide,
        Dose = new Dose(3, 15, 15),
        MaxSets = 3,
        Tempo = "controlled",
        Band = BandUse.Optional,
        Placements = ["around the lifted foot"],
        Harder =
        [
            new Variant("donkey-kick-straight", "Donkey kicks, straightening the leg", "Straighten the leg as it rises behind you."),
            new Variant("donkey-kick-side", "Donkey kicks to the side", "Raise the bent leg out to the side instead of back."),
        ],
        Sources = [new(RunnerArticle, "3 sets × 15; up to five times a week; a band around the lifted foot adds load")],
    };

    public static readonly Exercise Squat = new()
    {
        Id = "squat",
        Name = "Squats",
        Focus = "Glutes, quads and hamstrings",
        HowTo =
        [
            "Stand with feet under hips and shoulders, chest up, shoulders back, heels planted.",
            "Clasp your hands in front of your chest for balance.",
            "Sit back as if onto a chair, hips leading, until the thighs are about level with the knees.",
            "Stand back up.",
        ],
        Cues = ["Hips back first, heels down", "Knees stay behind the toes"],
        Mistakes = ["Heels lifting", "Knees shooting past the toes", "Rounding the back"],
        Unit = DoseUnit.Reps,
        Dose = new Dose(3, 15, 15),
        MaxSets = 3,
        Tempo = "controlled",
        Band = BandUse.None,
        Harder =
        [
            new Variant(
                "single-leg-squat",
                "One-legged squat",
                "Squat on one leg with the other held out straight and the foot flexed; do not go as deep as a normal squat.",
                new Dose(3, 15, 15)),
        ],
        Sources = [new(RunnerArticle, "3 sets × 15; one-legged version, not too deep")],
    };

    public static readonly Exercise HipAdductionStep = new()
    {
        Id = "hip-adduction-step",
        Name = "Hip adduction on a step",
        Focus = "Balance on one leg",
        HowTo =
        [
            "Stand tall on a box or step with one foot near its edge.",
            "Move the free leg out to the side and back, keeping the rest of the body straight and still.",
            "Do all reps, then switch to the other leg.",
        ],
        Cues = ["Stand tall and find your balance first", "Standing hip stays level"],
        Mistakes = ["Leaning over the standing leg", "Letting the back or knee take over"],
        Unit = DoseUnit.RepsPerSide,
        Dose = new Dose(3, 8, 8),
        MaxSets = 3,
        Tempo = "controlled",
        Band = BandUse.None,
        Harder =
        [
            new Variant("hip-adduction-step-hands-up", "Hip adduction on a step, hands behind the head", "Same movement with your hands around your head, which makes balance harder."),
        ],
        Sources = [new(RunnerArticle, "3 sets × 8 per side; hands around the head for the advanced version")],
    };

    public static readonly Exercise HeelDropHipHike = new()
    {
        Id = "heel-drop-hip-hike",
        Name = "Heel drop and hip hike",
        Focus = "Pelvis control on the standing leg",
        HowTo =
        [
            "Stand on a step on one foot, the other leg hanging beside it, hands on your hips.",
            "Let the hip of the hanging leg drop down, then lift it back level.",
            "Do all reps, then switch sides.",
        ],
        Cues = ["The standing leg does the work", "Small, controlled movement"],
        Mistakes = ["Bending the standing knee to fake the drop", "Leaning the trunk sideways"],
        Unit = DoseUnit.RepsPerSide,
        Dose = new Dose(3, 8, 8),
        MaxSets = 3,
        Tempo = "controlled",
        Band = BandUse.None,
        Harder =
        [
            new Variant("hip-hike", "Hip hike", "After the drop, bend the standing knee a little and drive the free hip up quickly."),
        ],
        Sources = [new(RunnerArticle, "3 sets × 8; the hip hike is the progression, ankle weights or a vest make it harder still")],
    };

    public static readonly Exercise CouchStretch = new()
    {
        Id = "couch-stretch",
        Name = "Couch stretch",
        Focus = "Hip flexor and quad mobility",
        HowTo =
        [
            "Kneel on all fours where a wall (or a box) meets the floor.",
            "Slide one knee into the corner; the other knee comes forward ahead of it, hands on the floor.",
            "Squeeze your glutes and ease the hips forward. Stay, then switch legs.",
        ],
        Cues = ["Squeeze the glutes, don't arch the back", "Breathe slowly and ease in"],
        Mistakes = ["Arching the lower back instead of moving the hips", "Doing it cold, before any workout"],
        Unit = DoseUnit.SecondsPerSide,
        Dose = new Dose(1, 60, 180),
        MaxSets = 1,
        Tempo = "hold",
        Band = BandUse.None,
        Harder =
        [
            new Variant("couch-stretch-2", "Couch stretch, level 2", "From level 1, reach back and draw the foot up with your hand, hips pushed forward by the glutes."),
            new Variant("couch-stretch-3", "Couch stretch, level 3", "Take the hands off the floor and bring the torso upright, glutes squeezed so the back does not arch."),
        ],
        Sources = [new(RunnerArticle, "three levels; hold up to 3 minutes per leg, after a hip or glute workout")],
    };

    public static readonly Exercise KneeDrive = new()
    {
        Id = "knee-drive",
        Name = "Knee drive with band",
        Focus = "Glutes, hamstrings and hip flexors",
        HowTo =
        [
            "Stand with the band looped around both feet.",
            "Drive one knee up toward the ceiling together with the opposite arm, fast and explosive.",
            "Return with control. Do all reps on one leg, then the other.",
        ],
        Cues = ["Explode up, control down", "Opposite arm drives with the knee"],
        Mistakes = ["Leaning back as the knee rises", "Letting the band yank the foot down"],
        Unit = DoseUnit.RepsPerSide,
        Dose = new Dose(3, 8, 8),
        MaxSets = 3,
        Tempo = "explosive up, controlled down",
        Band = BandUse.Optional,
        Placements = ["around both feet"],
        Harder =
        [
            new Variant("knee-drive-pause", "Knee drive with a pause", "Hold the top position for two to three seconds on every rep."),
        ],
        Sources = [new(RunnerArticle, "3 sets × 8 per side; a 2-3 s pause at the top makes it harder")],
    };

    public static readonly Exercise QuadrupedHipExtension = new()
    {
        Id = "quadruped-hip-extension",
        Name = "Quadruped hip extension",
        Focus = "Gluteus maximus and medius",
        HowTo =
        [
            "Start in a tabletop on hands and knees, arms straight, knees bent at right angles.",
            "Squeeze your glutes and press one heel up toward the ceiling, lifting that thigh.",
            "Pause one to two seconds at the top, lower, and repeat on the other side.",
        ],
        Cues = ["Think about the moving leg, not your back", "Short pause at the top"],
        Mistakes = ["Arching the lower back", "Rushing the pause"],
        Unit = DoseUnit.RepsPerSide,
        Dose = new Dose(3, 8, 8),
        MaxSets = 3,
        Tempo = "lift, pause 1-2 s, lower",
        Band = BandUse.None,
        Harder =
        [
            new Variant(
                "quadruped-hip-extension-banded",
                "Banded quadruped hip extension",
                "Hold a band under the knee on the floor and over the knee that lifts.",
                NeedsBand: true),
        ],
        Sources = [new(RunnerArticle, "3 sets × 8 per side with a 1-2 s pause; band under one knee and over the other to progress")],
    };

    public static readonly Exercise StandingHipHinge = new()
    {
        Id = "standing-hip-hinge-rotation",
        Name = "Standing hip hinge with rotation",
        Focus = "Hip mobility and balance",
        HowTo =
        [
            "Stand with feet under your hips and hands on your hips.",
            "Lift one foot just a few inches, hinge forward at the hips and reach that leg back behind you.",
            "Turn your torso side to side, slowly, until the time is up; then change legs.",
        ],
        Cues = ["Hinge at the hips, spine long", "Slow turns, steady standing foot"],
        Mistakes = ["Rounding the back to hinge", "Rushing the rotation and losing balance"],
        Unit = DoseUnit.SecondsPerSide,
        Dose = new Dose(3, 30, 30),
        MaxSets = 3,
        Tempo = "slow rotation",
        Band = BandUse.None,
        Sources = [new(RunnerArticle, "3 sets × 30 s per side")],
    };

    /// <summary>Every exercise, in the order the articles present them.</summary>
    public static readonly IReadOnlyList<Exercise> All =
    [
        MonsterWalk, LateralBandWalk, GluteBridge, StandingGluteKickback, Clamshell, FireHydrant, SeatedBandAbduction,
        SideLegLiftStanding, SideLegLiftLying, DonkeyKick, Squat, HipAdductionStep, HeelDropHipHike, CouchStretch,
        KneeDrive, QuadrupedHipExtension, StandingHipHinge,
    ];

    private static readonly Dictionary<string, Exercise> ById = All.ToDictionary(e => e.Id, StringComparer.Ordinal);

    /// <summary>The exercise with this id.</summary>
    public static Exercise Get(string id) =>
        ById.TryGetValue(id, out var exercise) ? exercise : throw new KeyNotFoundException($"No exercise '{id}'.");

    /// <summary>The exercise with this id, if there is one.</summary>
    public static Exercise? Find(string id) => ById.GetValueOrDefault(id);
}
