namespace HipBand.Coaching.Progress;

/// <summary>A better set than the last time an exercise was done.</summary>
public sealed record Improvement(string ExerciseId, int Best, int Before);

/// <summary>
/// What a finished session changes in what the coach remembers: its totals, the bests, the weeks, and each exercise's
/// next level (double progression), with the changes to announce.
/// </summary>
public sealed record SessionReview(CoachMemory Memory, SessionTotals Totals, IReadOnlyList<Improvement> Improved, bool FirstTime)
{
    /// <param name="memory">What the coach remembered before the session.</param>
    /// <param name="session">The session as it ended.</param>
    /// <param name="bands">The bands the person owns, lightest first.</param>
    /// <param name="completed">Every set was answered (not stopped early).</param>
    /// <param name="now">When it ended.</param>
    /// <param name="local">The same instant on the person's clock, for the week it counts in.</param>
    /// <param name="mayProgress">False while pain is being watched: levels may go down, never up.</param>
    public static SessionReview Of(CoachMemory memory, ActiveSession session, IReadOnlyList<string> bands, bool completed, DateTimeOffset now, DateTimeOffset local, bool mayProgress = true)
    {
        var totals = TotalsOf(session);
        var bests = BestPerExercise(session);
        var improved = bests
            .Where(b => memory.LastBest.TryGetValue(b.Key, out var before) && b.Value > before)
            .Select(b => new Improvement(b.Key, b.Value, memory.LastBest[b.Key]))
            .ToList();
        var firstTime = bests.Keys.All(id => !memory.LastBest.ContainsKey(id));
        var lastBest = new Dictionary<string, int>(memory.LastBest);
        foreach (var (exerciseId, best) in bests)
        {
            lastBest[exerciseId] = best;
        }

        // A session stopped before anything was logged leaves no mark.
        var remembered = completed || totals.Sets > 0;
        var (levels, changes) = Progressions(memory, session, bands, mayProgress);
        var next = memory with
        {
            SessionsCompleted = memory.SessionsCompleted + (completed ? 1 : 0),
            EmptySessions = memory.EmptySessions + (completed || session.Logged.Count > 0 ? 0 : 1),
            LastSessionAt = remembered ? now : memory.LastSessionAt,
            LastSession = remembered ? totals : memory.LastSession,
            LastBest = lastBest,
            BestEver = BestEver(memory.BestEver, bests),
            Levels = levels,
            Announcements = changes,
            Weeks = remembered ? WeeklyStats.Add(memory.Weeks, local, totals.Reps + (totals.Seconds / 3), completed) : memory.Weeks,
        };
        return new SessionReview(next, totals, improved, firstTime);
    }

    /// <summary>Each exercise whose every set was answered moves along its progression; the changes come back as sentences.</summary>
    private static (IReadOnlyDictionary<string, ExerciseLevel> Levels, IReadOnlyList<LevelChange> Changes) Progressions(CoachMemory memory, ActiveSession session, IReadOnlyList<string> bands, bool mayProgress)
    {
        var levels = new Dictionary<string, ExerciseLevel>(memory.Levels);
        var changes = new List<LevelChange>();
        var program = Programs.For(session.Goal);
        if (program.Climbs == Climb.Never)
        {
            // The warm-up is planned without levels, so it moves none.
            return (memory.Levels, []);
        }

        for (var index = 0; index < session.Items.Count; index++)
        {
            var item = session.Items[index];
            if (ResultOf(session, index) is not { } result)
            {
                continue;
            }
            var effort = session.Efforts.TryGetValue(index, out var felt) ? felt : Effort.Good;
            var (level, change) = Progression.Next(ExerciseLevel.Of(levels, program, item.ExerciseId), result, bands, program.LightestBandOnly, item.Target.Sets, mayProgress, effort, program.Climbs);
            levels[item.ExerciseId] = level;
            if (change is not null)
            {
                changes.Add(change);
            }
        }

        return (levels, changes);
    }

    /// <summary>How an exercise of the session went, when every set of it was answered and something was done.</summary>
    public static ExerciseResult? ResultOf(ActiveSession session, int index)
    {
        var item = session.Items[index];
        var sets = session.Logged.Where(l => l.Item == index).ToList();
        return sets.Count < item.Target.Sets || sets.All(s => s.Done is null)
            ? null
            : new ExerciseResult(item.ExerciseId, item.Target.Min, item.Target.Max, [.. sets.Select(s => s.Done)], sets.Any(s => s.Difficulty == Difficulty.TooHard), item.Target.PerSet);
    }

    private static Dictionary<string, int> BestEver(IReadOnlyDictionary<string, int> before, Dictionary<string, int> today)
    {
        var best = new Dictionary<string, int>(before);
        foreach (var (id, value) in today)
        {
            best[id] = Math.Max(value, best.GetValueOrDefault(id));
        }

        return best;
    }

    private static SessionTotals TotalsOf(ActiveSession session)
    {
        int sets = 0, reps = 0, seconds = 0;
        var exercises = new HashSet<int>();
        foreach (var set in session.Logged)
        {
            if (set.Done is not { } done)
            {
                continue;
            }

            sets++;
            exercises.Add(set.Item);
            var sides = session.Items[set.Item].Target.Unit.Sides();
            if (session.Items[set.Item].Target.Unit.IsTimed())
            {
                seconds += done * sides;
            }
            else
            {
                reps += done * sides;
            }
        }

        return new SessionTotals(session.Label, exercises.Count, sets, reps, seconds);
    }

    private static Dictionary<string, int> BestPerExercise(ActiveSession session)
    {
        var bests = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var set in session.Logged)
        {
            if (set.Done is { } done)
            {
                var id = session.Items[set.Item].ExerciseId;
                bests[id] = Math.Max(done, bests.GetValueOrDefault(id));
            }
        }

        return bests;
    }
}
