using HipBand.Coaching.Dialog.Flows;

namespace HipBand.Coaching.Dialog.Table;

/// <summary>
/// What every state accepts, tried in this order before the state's own answers: the clock, commands, what cannot be
/// read, edits, safety (which comes before anything a message says), text no question wants, old buttons, and
/// leaving a setting unchanged. The first that takes the input decides the step.
/// </summary>
internal static class Fallbacks
{
    /// <summary>Longer texts are not answers to any of our questions; they are not parsed at all (safety still screens them).</summary>
    public const int MaxAnswerLength = 300;

    /// <summary>The fallback of commands; where each goes is the command's own row.</summary>
    public const string CommandRow = "a command (its own row below)";

    public static readonly IReadOnlyList<Fallback> All =
    [
        new("the clock: a reminder is due", (turn, input) => input is ReminderDue due ? Reminders.OnDue(turn, due) : null, []),
        new("the clock: a rest is over", (turn, input) => input is RestOver rest ? SessionFlow.OnRestOver(turn, rest.QuestionKey) : null, []),
        new(CommandRow, (turn, input) => input is CommandInput command ? CommandTable.Handle(turn, command) : null, []),
        new("a sticker, photo or voice note", (turn, input) => input is UnsupportedInput unsupported ? turn.Hint(turn.Texts.CannotRead(unsupported.Kind)) : null, []),
        new("an edit of an earlier message", (turn, input) => input is EditedTextInput edited ? OnEdit(turn, edited) : null, [Phase.AskPain, Phase.Idle], Returns: true),
        new("pain, feeling unwell or a red flag", (turn, input) => input is TextInput text ? SafetyFlow.Screen(turn, text.Text.Trim()) : null, [Phase.AskPain, Phase.Idle, Phase.InSession], Returns: true),
        new("how an exercise is done, asked by name", (turn, input) => input is TextInput text && text.Text.Length <= MaxAnswerLength ? HowTo.OnNamed(turn, text.Text.Trim()) : null, []),
        new("help or how, outside a set: what /help says", (turn, input) => input is TextInput text ? HowTo.OnBareHelp(turn, text.Text.Trim()) : null, []),
        new("empty, or too long to be an answer", (turn, input) => input is TextInput { Text: var text } && text.Trim() is { Length: 0 or > MaxAnswerLength } ? turn.DidNotCatch() : null, []),
        new("the effort tap on the last session's summary", (turn, input) => input is ButtonInput button && EffortFlow.IsTap(turn, button.Data) ? EffortFlow.OnTap(turn, ReplyButton.Parse(button.Data).Answer) : null, [Phase.Idle]),
        new("a button of an earlier question", (turn, input) => input is ButtonInput button && Stale(turn, button) ? turn.Hint(turn.Texts.QuestionPassed) : null, []),
        new("cancel while changing a setting", (turn, input) => Answer(input) is { } said && turn.Conversation.Flow == Flow.Editing && said.Equals("cancel", StringComparison.OrdinalIgnoreCase) ? Commands.Cancel(turn) : null, [Phase.Idle]),
    ];

    /// <summary>The answer an input carries for a state: typed text, or a pressed button's answer.</summary>
    public static string? Answer(UserInput input) => input switch
    {
        TextInput text => text.Text.Trim(),
        ButtonInput button => ReplyButton.Parse(button.Data).Answer,
        _ => null,
    };

    private static bool Stale(Turn turn, ButtonInput button) =>
        ReplyButton.Parse(button.Data).QuestionKey != DialogTable.States[turn.State.Phase].QuestionKey(turn);

    /// <summary>
    /// An edited message is screened like a new one; editing the message that logged the last set corrects it,
    /// and any other edit changes nothing, which the person is told in a line.
    /// </summary>
    private static Outcome OnEdit(Turn turn, EditedTextInput edited)
    {
        var trimmed = edited.Text.Trim();
        if (SafetyFlow.Screen(turn, trimmed) is { } safety)
        {
            return safety;
        }

        return SetLogging.Correct(turn, edited.MessageId, trimmed) ?? turn.Stay(new Reply(turn.Texts.EditChangesNothing));
    }
}

/// <summary>Something every state accepts: its name, how it is taken (null: not this), and where it may lead.</summary>
internal sealed record Fallback(string Name, Func<Turn, UserInput, Outcome?> Take, IReadOnlyList<Phase> GoesTo, bool Returns = false);
