using HipBand.Coaching.Progress;
using HipBand.Coaching.Text;

namespace HipBand.Coaching.Dialog;

/// <summary>Between sessions: says what is next and starts a session when asked.</summary>
internal static class Idle
{
    private static readonly HashSet<string> StartWords =
        ["start", "go", "yes", "y", "ok", "okay", "let's go", "lets go", "start session", "start now", "begin", "now", "workout", "ready", "train", "▶️"];

    public static Reply Prompt(Turn turn)
    {
        var program = Onboarding.ProgramOf(turn.Profile);
        var (label, items, _) = SessionFlow.NextPlan(turn);
        var minutes = SessionPlanner.EstimateMinutes(items, program.Rest);
        return new Reply(Say.IdlePrompt(turn.Profile, label, program, minutes), StartButtons("idle", Say.StartSession));
    }

    /// <summary>The answer of the button offered after a fixed offset: ask for the zone again.</summary>
    public const string UseCityAnswer = "city";

    public static Outcome? OnAnswer(Turn turn, string text)
    {
        var answer = text.Trim().ToLowerInvariant().TrimEnd('!', '.');
        if (StartWords.Contains(answer))
        {
            return SessionFlow.Start(turn);
        }

        if (answer is UseCityAnswer or "use a city" or "use a city instead")
        {
            return Onboarding.Edit(turn, Phase.AskZone);
        }

        if (Reminders.OnAnswer(turn, answer) is { } answered)
        {
            return answered;
        }

        return RepReplyParser.Parse(answer).Kind == RepReplyKind.Unclear ? null : turn.Hint(Say.NoSessionRunning);
    }

    /// <summary>Back to idle after a change, confirming it and saying what is next.</summary>
    public static Outcome Return(Turn turn, RichText confirmation)
    {
        var state = Onboarding.Ask(turn.State, Phase.Idle, Flow.Onboarding);
        var prompt = new Turn(state, turn.Now).Prompt();
        return new Outcome(state, prompt with { Text = new RichText().Paragraph(confirmation).Paragraph(prompt.Text) });
    }

    public static IReadOnlyList<IReadOnlyList<ReplyButton>> StartButtons(string key, string label) =>
        [[ReplyButton.For(key, "▶️ " + label, "start")]];
}
