namespace HipBand.Coaching.Dialog.Table;

/// <summary>
/// The row of the table an input went through (a fallback, a command, or a state's answer) and the states that row
/// declares it may lead to. Every step has one; the tests check each step's new state against it, so the table, and
/// the diagram made from it, say where the dialog can go.
/// </summary>
/// <param name="Through">The row, as the table names it.</param>
/// <param name="GoesTo">The states it may move to; staying is always allowed.</param>
/// <param name="Returns">It may go back to the state the person was in before (the pain question does).</param>
internal sealed record Route(string Through, IReadOnlyList<Phase> GoesTo, bool Returns = false)
{
    /// <summary>Nothing in the state took the input: it stays, with a hint.</summary>
    public static Route NotUnderstood(Phase phase) => new($"{phase}: not understood", []);

    public bool Allows(Phase from, Phase to) => to == from || Returns || GoesTo.Contains(to);
}
