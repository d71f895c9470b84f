using System.Text;

namespace HipBand.Coaching.Dialog.Table;

/// <summary>
/// docs/DIALOG.md, drawn from the tables themselves (states, fallbacks, commands): a test fails when the file differs,
/// so the document can never drift from the code.
/// </summary>
internal static class DialogDocument
{
    public static string Render()
    {
        var doc = new StringBuilder();
        doc.Append("""
            # The dialog

            <!-- Drawn from src/HipBand.Coaching/Dialog/Table by DialogDocument; a test fails when this file differs.
                 To draw it again: HIPBAND_WRITE_DOCS=1 dotnet test tests/HipBand.Coaching.Tests --filter DialogDocument -->

            The dialog is one pure function, `Coach.Step(state, input, now) -> Outcome(state, replies, effects)`
            (`src/HipBand.Coaching/Dialog/Coach.cs`). Every step goes through the same tables, in the same order: first
            what every state accepts (the fallbacks, commands among them), then the current state's own answers, tried in
            order; the first that takes the input decides. Each row names the states it may lead to, and the tests hold
            every step to it: the diagram below is drawn from those rows.

            ```mermaid
            stateDiagram-v2
                [*] --> New
                state "every state" as Anywhere

            """.Replace("\r", "", StringComparison.Ordinal));
        foreach (var state in DialogTable.States.Values)
        {
            foreach (var answer in state.Answers)
            {
                foreach (var to in answer.GoesTo)
                {
                    doc.Append($"    {state.Phase} --> {to}: {answer.Name}\n");
                }
            }
        }

        foreach (var fallback in Fallbacks.All.Where(f => f.GoesTo.Count > 0))
        {
            foreach (var to in fallback.GoesTo)
            {
                doc.Append($"    Anywhere --> {to}: {fallback.Name}\n");
            }
        }

        foreach (var command in CommandTable.All)
        {
            foreach (var to in command.GoesTo)
            {
                doc.Append($"    Anywhere --> {to}: /{command.Name}\n");
            }
        }

        doc.Append("```\n\n");
        doc.Append("""
            Rows that may also go back to where the person was before (the pain question, safety, `/cancel`) are marked
            *returns* below.

            ## In every state, first

            Tried in this order before the state's own answers:


            """.Replace("\r", "", StringComparison.Ordinal));
        var number = 1;
        foreach (var fallback in Fallbacks.All)
        {
            doc.Append($"{number++}. {fallback.Name}{Targets(fallback.GoesTo, fallback.Returns)}\n");
        }

        doc.Append("\n## The states\n\n| state | the question's key | answers, in the order they are tried |\n| --- | --- | --- |\n");
        foreach (var state in DialogTable.States.Values)
        {
            var key = state.Phase == Phase.InSession ? "`s<session>.<exercise>.<set>`" : $"`{state.QuestionKey(default)}`";
            var answers = string.Join("; ", state.Answers.Select(a => a.Name + Targets(a.GoesTo, a.Returns)));
            doc.Append($"| {state.Phase} | {key} | {answers} |\n");
        }

        doc.Append("\nAn answer no row takes gets \"Sorry, I didn't catch that\" and the question again.\n\n");
        doc.Append("## Commands\n\n| command | what it does | may lead to | in the menu |\n| --- | --- | --- | --- |\n");
        foreach (var command in CommandTable.All)
        {
            var targets = command.GoesTo.Count == 0 ? "stays" : string.Join(", ", command.GoesTo);
            doc.Append($"| /{command.Name} | {command.Description(Text.English.EnglishTexts.Instance)} | {targets}{(command.Returns ? ", returns" : "")} | {(command.InMenu ? "yes" : "no")} |\n");
        }

        doc.Append("""

            Replies are data (`Reply`: styled text spans and buttons); so are effects. Effects written in the turn's own
            transaction: `SessionStarted`, `SetLogged`, `SessionFinished`, `DataDeleted`. Effects done once it is
            committed (the host's `AfterCommitEffects`): `ScheduleChanged`, `ReminderSnoozed`, `RestTimerWanted`,
            `RestTimerCancelled`, `ExportRequested`, and the reminders' removal after `DataDeleted`.

            Stored conversation state carries a schema version. State of another version (or unreadable JSON) is never
            guessed at: the profile lives in its own columns and is kept, the coach's memory (session count, bests) is
            rebuilt from the session tables, the conversation restarts at the idle prompt, and the person is told.

            """.Replace("\r", "", StringComparison.Ordinal));
        return doc.ToString();
    }

    private static string Targets(IReadOnlyList<Phase> goesTo, bool returns)
    {
        var to = goesTo.Select(p => p.ToString()).ToList();
        if (returns)
        {
            to.Add("returns");
        }

        return to.Count == 0 ? "" : $" → {string.Join(", ", to)}";
    }
}
