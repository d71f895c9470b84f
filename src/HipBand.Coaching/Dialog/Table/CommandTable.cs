using HipBand.Coaching.Dialog.Flows;

namespace HipBand.Coaching.Dialog.Table;

/// <summary>
/// Every slash command in one table: its name, what it does in a line (for /help and Telegram's menu), what handles
/// it, whether the menu shows it, and where it may lead. Adding a command is a row here and its line of text.
/// </summary>
internal static class CommandTable
{
    public static readonly IReadOnlyList<Command> All =
    [
        new("workout", t => t.CommandWorkout, Commands.Workout, [Phase.InSession, Phase.AskPain, Phase.AskCheckedUp, Phase.AwaitClearance, Phase.Idle, Phase.AskReadiness]),
        new("stats", t => t.CommandStats, Commands.Stats, []),
        new("schedule", t => t.CommandSchedule, turn => Commands.Edit(turn, Phase.AskDays), [Phase.AskDays, Phase.AskReadiness]),
        new("goal", t => t.CommandGoal, turn => Commands.Edit(turn, Phase.AskGoal), [Phase.AskGoal, Phase.AskReadiness]),
        new("bands", t => t.CommandBands, turn => Commands.Edit(turn, Phase.AskBands), [Phase.AskBands, Phase.AskReadiness]),
        new("pause", t => t.CommandPause, Commands.Pause, []),
        new("resume", t => t.CommandResume, Commands.Resume, []),
        new("export", t => t.CommandExport, PersonalDataFlow.Export, []),
        new("delete", t => t.CommandDelete, PersonalDataFlow.AskToDelete, [Phase.ConfirmDelete]),
        new("cancel", t => t.CommandCancel, Commands.Cancel, [Phase.Idle, Phase.AskGoal], Returns: true),
        new("stop", t => t.CommandStop, Commands.Stop, [Phase.Idle]),
        new("help", t => t.CommandHelp, Commands.Help, []),
        new("start", t => t.CommandStart, Commands.Start, [Phase.AskReadiness, Phase.Idle]),
    ];

    private static readonly Dictionary<string, Command> ByName = All.ToDictionary(c => c.Name, StringComparer.Ordinal);

    public static Outcome Handle(Turn turn, CommandInput input) =>
        ByName.TryGetValue(input.Name, out var command) ? command.Handle(turn) : turn.Hint(turn.Texts.UnknownCommand(input.Name));

    /// <summary>The row a command goes through, for the route of a step.</summary>
    public static Command? Find(string name) => ByName.GetValueOrDefault(name);
}

/// <summary>A slash command: its name without the slash, its one-line description, its handler, and where it may lead.</summary>
internal sealed record Command(string Name, Func<ITexts, string> Description, Func<Turn, Outcome> Handle, IReadOnlyList<Phase> GoesTo, bool Returns = false, bool InMenu = true);
