using HipBand.Coaching.Dialog.Flows;
using HipBand.Coaching.Dialog.Table;
using HipBand.Coaching.Text.English;

namespace HipBand.Coaching.Dialog;

/// <summary>The dialog: a pure function from (state, input, now) to an outcome. No I/O, no clock, no randomness.</summary>
public static class Coach
{
    /// <summary>Decides what one input does to a chat. Inputs from the clock may decide to say nothing.</summary>
    /// <param name="state">The chat as it stands.</param>
    /// <param name="input">What came in.</param>
    /// <param name="now">When.</param>
    /// <param name="texts">The person's language; English when not given.</param>
    public static Outcome Step(ChatState state, UserInput input, DateTimeOffset now, ITexts? texts = null) => Decide(state, input, now, texts).Outcome;

    /// <summary>
    /// The one way from a state to the next: the fallbacks every state accepts, in order, then the state's own answers
    /// in order; the first that takes the input decides. The route names the row that did, with the states it may
    /// lead to, so that tests can hold every step to the table.
    /// </summary>
    internal static (Outcome Outcome, Route Route) Decide(ChatState state, UserInput input, DateTimeOffset now, ITexts? texts = null)
    {
        var (outcome, route) = Choose(state, input, now, texts);

        // A pain question, its answer, and a red-flag hold's doctor question are safety: always sent, never replaced.
        return IsSafety(state.Phase) || IsSafety(outcome.State.Phase) ? (outcome.As(ReplyKind.Safety), route) : (outcome, route);
    }

    private static bool IsSafety(Phase phase) => phase is Phase.AskPain or Phase.AskIfHurts or Phase.AskCheckedUp;

    private static (Outcome Outcome, Route Route) Choose(ChatState state, UserInput input, DateTimeOffset now, ITexts? texts)
    {
        // Anything the person says answers the reminders before it; the clock's own inputs do not.
        var heard = input is ReminderDue or RestOver ? state : Reminders.Heard(state);
        var turn = new Turn(heard, now) { MessageId = (input as TextInput)?.MessageId, Texts = texts ?? EnglishTexts.Instance };
        foreach (var fallback in Fallbacks.All)
        {
            if (fallback.Take(turn, input) is { } taken)
            {
                return (taken, RouteOf(fallback, input));
            }
        }

        var row = DialogTable.States[turn.State.Phase];
        if (Fallbacks.Answer(input) is { } answer)
        {
            foreach (var accepted in row.Answers)
            {
                if (accepted.Take(turn, answer) is { } taken)
                {
                    return (taken, new Route($"{row.Phase}: {accepted.Name}", accepted.GoesTo, accepted.Returns));
                }
            }
        }

        return (turn.DidNotCatch(), Route.NotUnderstood(row.Phase));
    }

    /// <summary>The commands a transport's menu shows, in a language: name and one-line description.</summary>
    public static IReadOnlyList<(string Name, string Description)> Menu(ITexts? texts = null) =>
        [.. CommandTable.All.Where(c => c.InMenu).Select(c => (c.Name, c.Description(texts ?? EnglishTexts.Instance)))];

    /// <summary>Said before the first reply after a stored conversation could not be read and was started again.</summary>
    public static Reply StateResetNotice(ITexts? texts = null) => new((texts ?? EnglishTexts.Instance).StateReset);

    /// <summary>The question a chat is being asked right now, for transports that need to show it again.</summary>
    public static Reply CurrentPrompt(ChatState state, DateTimeOffset now, ITexts? texts = null) =>
        new Turn(state, now) { Texts = texts ?? EnglishTexts.Instance }.Prompt();

    private static Route RouteOf(Fallback fallback, UserInput input) =>
        input is CommandInput command && CommandTable.Find(command.Name) is { } row
            ? new Route("/" + row.Name, row.GoesTo, row.Returns)
            : new Route(fallback.Name, input is CommandInput ? [] : fallback.GoesTo, input is not CommandInput && fallback.Returns);
}
