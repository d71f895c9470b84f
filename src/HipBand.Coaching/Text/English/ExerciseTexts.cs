namespace HipBand.Coaching.Text.English;

/// <summary>What an exercise is called and how it is done, in English: its name, focus, steps, cues and usual mistakes.</summary>
internal sealed record ExerciseWords(string Name, string Focus, IReadOnlyList<string> HowTo, IReadOnlyList<string> Cues, IReadOnlyList<string> Mistakes);

/// <summary>
/// The words of the catalogue in English, every one written in our own words from the two source articles' facts;
/// the catalogue itself (Catalog/) holds the figures and ids.
/// </summary>
internal static class ExerciseTexts
{
    public static ExerciseWords Of(string exerciseId) =>
        ExerciseWordsById.TryGetValue(exerciseId, out var words) ? words : throw new KeyNotFoundException($"No English words for exercise '{exerciseId}'.");

    public static (string Name, string HowTo) OfVariant(string variantId) =>
        VariantWordsById.TryGetValue(variantId, out var words) ? words : throw new KeyNotFoundException($"No English words for variant '{variantId}'.");

    public static (string Name, string Purpose) OfProgram(Goal goal) => ProgramWordsByGoal[goal];

    private static readonly Dictionary<string, ExerciseWords> ExerciseWordsById = new(StringComparer.Ordinal)
    {
        ["monster-walk"] = new(
            "Monster walk",
            "Stabilization",
            [
                "Put the band around both legs and sink into a shallow squat, feet a little wider than your hips.",
                "Walk forward in small diagonal steps, keeping the band stretched the whole time.",
                "Walk backward the same way, then keep going forward and back until the time is up.",
            ],
            ["Stay low and keep the band taut", "Knees push out, never in"],
            ["Standing up tall between steps", "Letting the knees drift inward"]),
        ["lateral-band-walk"] = new(
            "Lateral band walk",
            "Abduction (dynamic)",
            [
                "Loop the band just above your knees, feet under your shoulders, chest up.",
                "Bend hips and knees into a slight squat.",
                "Step one foot out to the side past shoulder width, then bring the other foot halfway back so the band never goes slack.",
                "Take all the steps one way, then the same number back the other way.",
            ],
            ["Keep the band tight between steps", "Hips level: no hiking a hip to step"],
            ["Hiking a hip with the lower back instead of pushing out from the side of the hip", "Letting the band pull the knees together", "A band so heavy that the steps get short and sloppy"]),
        ["glute-bridge"] = new(
            "Glute bridge",
            "Hip extension",
            [
                "Lie on your back, knees bent, feet flat about a hand's length from your bottom, arms slightly out to the sides.",
                "With a band, loop it just above the knees and press the knees out against it.",
                "Drive through both feet and lift the hips until knees, hips and shoulders form one line; only feet and shoulder blades touch the floor.",
                "Hold two seconds at the top, then lower slowly.",
            ],
            ["Squeeze your glutes at the top", "Knees stay wide against the band"],
            ["Arching the lower back to get higher", "Letting the knees fall inward", "Dropping down fast"]),
        ["standing-glute-kickback"] = new(
            "Standing glute kickback",
            "Extension (one leg at a time)",
            [
                "Stand tall with the band around your ankles, holding something steady if you like.",
                "Keeping the leg long, press one foot straight back against the band.",
                "Pause a second at the back, then bring it forward slowly. Finish all reps, then switch sides.",
            ],
            ["Move from the hip, not the lower back", "Slow on the way back in"],
            ["Leaning the chest forward to kick higher", "Letting the band snap the leg back"]),
        ["clamshell"] = new(
            "Clamshells",
            "External rotation",
            [
                "Lie on your side with ankles, knees and hips stacked, knees bent about 45 degrees and feet behind you.",
                "Rest your head on the lower arm; the top hand sits on your hip. With a band, loop it above the knees.",
                "Keep the feet together and open the top knee as far as you can without rolling the hips back.",
                "Pause at the top, then close slowly without letting the knees touch.",
            ],
            ["Feet stay glued together", "Hips stacked: don't roll back"],
            ["Rolling the pelvis back to open wider", "Using the lower back instead of the hip"]),
        ["fire-hydrant"] = new(
            "Fire hydrants",
            "Abduction and rotation",
            [
                "Start on hands and knees, hands under shoulders and knees under hips; with a band, loop it above the knees.",
                "Keeping the knee bent, lift one leg out to the side until the thigh is about level with the hip.",
                "Lower under control. Do all reps on one side, then the other.",
            ],
            ["Keep your back flat as a table", "Lift from the hip, slow and controlled"],
            ["Shifting weight far onto the other hand", "Twisting the trunk to get the knee higher"]),
        ["seated-band-abduction"] = new(
            "Seated band abduction",
            "Abduction (high reps)",
            [
                "Sit on the front of a chair or bench, feet flat, band looped just above the knees.",
                "Push both knees out against the band as far as you can.",
                "Bring them back in slowly, resisting the band all the way: never let it snap them together.",
            ],
            ["Push out, then resist on the way in", "Chase the burn"],
            ["Letting the band snap the knees together", "Rocking the upper body"]),
        ["side-leg-lift-standing"] = new(
            "Standing side leg lift",
            "Abduction (gluteus medius and minimus)",
            [
                "Stand with room to your side, one foot flat on the floor.",
                "Lift the other leg out to the side like a clock hand, moving from the hip, knee soft, with no swing.",
                "Hold two seconds, then lower without touching down. Finish the reps, then switch legs.",
            ],
            ["Soft knee, tall spine", "Hips stay level, lift only moderately high"],
            ["Locking the knee", "Shifting the hips sideways", "Bending the back", "Lifting the leg too high"]),
        ["side-leg-lift-lying"] = new(
            "Lying side leg lift",
            "Abduction (gluteus medius and minimus)",
            [
                "Lie on one side on a mat, body in a straight line, top hip stacked over the bottom one.",
                "Raise the top leg like a clock hand turning at the hip, only as high as feels easy on the hip.",
                "Hold two seconds, then lower it, stopping a couple of inches above the other leg. Switch sides after each set.",
            ],
            ["Top hip stays over the bottom hip", "Lower slowly and keep a gap between the legs"],
            ["Rolling the top hip back", "Locking the knee", "Lifting so high the back bends"]),
        ["donkey-kick"] = new(
            "Donkey kicks",
            "Hip extension (glutes and hamstrings)",
            [
                "Get on hands and knees with a straight back, hands under shoulders and knees under hips.",
                "Keeping one knee bent at a right angle, lift that leg and press the sole toward the ceiling.",
                "Lower it without letting the knee touch down. Do all reps, then switch legs.",
            ],
            ["Body still; only the leg moves", "Sole of the foot pushes up"],
            ["Arching the back at the top", "Swinging the leg for momentum"]),
        ["squat"] = new(
            "Squats",
            "Glutes, quads and hamstrings",
            [
                "Stand with feet under hips and shoulders, chest up, shoulders back, heels planted.",
                "Clasp your hands in front of your chest for balance.",
                "Sit back as if onto a chair, hips leading, until the thighs are about level with the knees.",
                "Stand back up.",
            ],
            ["Hips back first, heels down", "Knees stay behind the toes"],
            ["Heels lifting", "Knees shooting past the toes", "Rounding the back"]),
        ["hip-adduction-step"] = new(
            "Hip adduction on a step",
            "Balance on one leg",
            [
                "Stand tall on a box or step with one foot near its edge.",
                "Move the free leg out to the side and back, keeping the rest of the body straight and still.",
                "Do all reps, then switch to the other leg.",
            ],
            ["Stand tall and find your balance first", "Standing hip stays level"],
            ["Leaning over the standing leg", "Letting the back or knee take over"]),
        ["heel-drop-hip-hike"] = new(
            "Heel drop and hip hike",
            "Pelvis control on the standing leg",
            [
                "Stand on a step on one foot, the other leg hanging beside it, hands on your hips.",
                "Let the hip of the hanging leg drop down, then lift it back level.",
                "Do all reps, then switch sides.",
            ],
            ["The standing leg does the work", "Small, controlled movement"],
            ["Bending the standing knee to fake the drop", "Leaning the trunk sideways"]),
        ["couch-stretch"] = new(
            "Couch stretch",
            "Hip flexor and quad mobility",
            [
                "Kneel on all fours where a wall (or a box) meets the floor.",
                "Slide one knee into the corner; the other knee comes forward ahead of it, hands on the floor.",
                "Squeeze your glutes and ease the hips forward. Stay, then switch legs.",
            ],
            ["Squeeze the glutes, don't arch the back", "Breathe slowly and ease in"],
            ["Arching the lower back instead of moving the hips", "Doing it cold, before any workout"]),
        ["knee-drive"] = new(
            "Knee drive",
            "Glutes, hamstrings and hip flexors",
            [
                "Stand with the band looped around both feet.",
                "Drive one knee up toward the ceiling together with the opposite arm, fast and explosive.",
                "Return with control. Do all reps on one leg, then the other.",
            ],
            ["Explode up, control down", "Opposite arm drives with the knee"],
            ["Leaning back as the knee rises", "Letting the band yank the foot down"]),
        ["quadruped-hip-extension"] = new(
            "Quadruped hip extension",
            "Gluteus maximus and medius",
            [
                "Start in a tabletop on hands and knees, arms straight, knees bent at right angles.",
                "Squeeze your glutes and press one heel up toward the ceiling, lifting that thigh.",
                "Pause one to two seconds at the top, lower, and repeat on the other side.",
            ],
            ["Think about the moving leg, not your back", "Short pause at the top"],
            ["Arching the lower back", "Rushing the pause"]),
        ["standing-hip-hinge-rotation"] = new(
            "Standing hip hinge with rotation",
            "Hip mobility and balance",
            [
                "Stand with feet under your hips and hands on your hips.",
                "Lift one foot off the floor, no more than 3-4 inches, hinge forward at the hips and reach that leg back behind you.",
                "Turn your torso side to side, slowly, until the time is up; then change legs.",
            ],
            ["Hinge at the hips, spine long", "Slow turns, steady standing foot"],
            ["Rounding the back to hinge", "Rushing the rotation and losing balance"]),
    };

    private static readonly Dictionary<string, (string Name, string HowTo)> VariantWordsById = new(StringComparer.Ordinal)
    {
        ["glute-bridge-pause"] = ("Glute bridge with a longer pause", "Hold three to four seconds at the top of every rep."),
        ["single-leg-glute-bridge"] = ("Single-leg glute bridge", "Lift one foot so that knee is bent at a right angle, and bridge on the other foot alone."),
        ["clamshell-no-band"] = ("Bodyweight clamshells", "The same movement with your body weight only, pausing one to two seconds at the top."),
        ["donkey-kick-straight"] = ("Donkey kicks, straightening the leg", "Straighten the leg as it rises behind you."),
        ["donkey-kick-side"] = ("Donkey kicks to the side", "Raise the bent leg out to the side instead of back."),
        ["single-leg-squat"] = ("One-legged squat", "Squat on one leg with the other held out straight and the foot flexed; do not go as deep as a normal squat."),
        ["hip-adduction-step-hands-up"] = ("Hip adduction on a step, hands behind the head", "Same movement with your hands around your head, which makes balance harder."),
        ["hip-hike"] = ("Hip hike", "After the drop, bend the standing knee a little and drive the free hip up quickly."),
        ["couch-stretch-2"] = ("Couch stretch, level 2", "From level 1, reach back and draw the foot up with your hand, hips pushed forward by the glutes."),
        ["couch-stretch-3"] = ("Couch stretch, level 3", "Take the hands off the floor and bring the torso upright, glutes squeezed so the back does not arch."),
        ["knee-drive-pause"] = ("Knee drive with a pause", "Hold the top position for two to three seconds on every rep."),
        ["quadruped-hip-extension-banded"] = ("Banded quadruped hip extension", "Hold a band under the knee on the floor and over the knee that lifts."),
    };

    private static readonly Dictionary<Goal, (string Name, string Purpose)> ProgramWordsByGoal = new()
    {
        [Goal.Running] = ("Hip stability for runners", "steadier hips and a stronger push-off, 2-3 times a week"),
        [Goal.Strength] = ("Stronger hips", "the seven-exercise band workout, 2-3 times a week"),
        [Goal.WarmUp] = ("Warm-up", "about five minutes of activation before you run or lift"),
        [Goal.Gentle] = ("Gentle hip routine", "light daily-friendly work, as your physical therapist advised"),
    };
}
