namespace HipBand.Coaching.Progress;

/// <summary>The session that comes next for a person: its label, its plan, and whether it is the lighter one.</summary>
public sealed record NextSession(string Label, IReadOnlyList<SessionItem> Items, bool Lighter)
{
    /// <summary>After this long without a session, the next one is lighter and opens with a welcome back.</summary>
    public static readonly TimeSpan LongBreak = TimeSpan.FromDays(14);

    /// <summary>What comes next, at <paramref name="now"/>: the program's rotation, the person's levels and bands.</summary>
    /// <param name="program">The person's program.</param>
    /// <param name="profile">The person.</param>
    /// <param name="memory">What the coach remembers of them.</param>
    /// <param name="now">When it would start.</param>
    /// <param name="forceLighter">Lighter whatever the break (pain of 4-5 at the check before it).</param>
    public static NextSession For(TrainingProgram program, Profile profile, CoachMemory memory, DateTimeOffset now, bool forceLighter = false)
    {
        var lighter = forceLighter || (memory.LastSessionAt is { } last && now - last >= LongBreak);
        var index = memory.Rotation;
        var items = SessionPlanner.Plan(program, index, profile.Bands ?? [], lighter, memory.Levels);
        if (memory.AvoidSideLying)
        {
            // Pain on the outside of the hip: the exercises that lie on it stay out until it is better.
            items = [.. items.Where(i => !Exercises.Get(i.ExerciseId).SideLying)];
        }

        return new NextSession(program.SessionAt(index).Label, items, lighter);
    }
}
