using HipBand.Coaching.Progress;

namespace HipBand.Coaching.Dialog.Flows;

/// <summary>
/// Which replies deserve a celebration (<see cref="Reply.Celebrate"/>): one that announces a heavier band (or the first band), a harder
/// placement or a harder variant, and a session summary with a personal best. Target rises and extra sets are
/// ordinary progress, and a step down is never celebrated.
/// </summary>
internal static class Celebration
{
    private static readonly HashSet<ChangeKind> StepUps = [ChangeKind.HeavierBand, ChangeKind.AddBand, ChangeKind.HarderPlacement, ChangeKind.HarderVariant];

    /// <summary>The announcements name a step up.</summary>
    public static bool StepsUp(IEnumerable<LevelChange> announcements) => announcements.Any(change => StepUps.Contains(change.Kind));

    /// <summary>
    /// A set better than last time that is also the best ever done of that exercise (a comeback to an earlier level is
    /// shown as better than last time, but not celebrated). A memory from before bests were kept counts it as a best.
    /// </summary>
    public static bool PersonalBest(CoachMemory before, IEnumerable<Improvement> improved) =>
        improved.Any(i => !before.BestEver.TryGetValue(i.ExerciseId, out var record) || i.Best > record);
}
