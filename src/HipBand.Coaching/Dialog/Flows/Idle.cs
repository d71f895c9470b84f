using HipBand.Coaching.Progress;
using HipBand.Coaching.Dialog.Table;

namespace HipBand.Coaching.Dialog.Flows;

/// <summary>Between sessions: says what is next and starts a session when asked.</summary>
internal static class Idle
{
    public static Reply Prompt(Turn turn)
    {
        var memory = turn.Conversation.Memory;
        if (memory.ActiveHold is not null)
        {
            return new Reply(turn.Texts.OnHold);
        }

        if (memory.Readiness is { AwaitsClearance: true })
        {
            return new Reply(turn.Texts.TrainingWaitsForOk);
        }

        if (PainFlow.RestingToday(turn))
        {
            return new Reply(turn.Texts.RestingToday);
        }

        var program = Onboarding.ProgramOf(turn.Profile);
        var (label, items, _) = SessionFlow.NextPlan(turn);
        var minutes = SessionPlanner.EstimateMinutes(items, program.Rest);
        return new Reply(turn.Texts.IdlePrompt(turn.Profile, label, program, minutes), StartButtons("idle", turn.Texts.StartSession));
    }

    /// <summary>The answer of the button offered after a fixed offset: ask for the zone again.</summary>
    public const string UseCityAnswer = "city";

    public static Outcome? OnStart(Turn turn, string text) => turn.Texts.Words.Start.Contains(Normalize(text)) ? SessionFlow.Start(turn) : null;

    public static Outcome? OnUseCity(Turn turn, string text) =>
        Normalize(text) is var answer && (answer == UseCityAnswer || turn.Texts.Words.UseCity.Contains(answer)) ? Onboarding.Edit(turn, Phase.AskZone) : null;

    /// <summary>Something that reads as a set's result while no session runs: say so, rather than not understand.</summary>
    public static Outcome? OnStrayResult(Turn turn, string text) =>
        RepReplyParser.Parse(Normalize(text), turn.Texts.Words).Kind == RepReplyKind.Unclear ? null : turn.Hint(turn.Texts.NoSessionRunning);

    /// <summary>Lower case, without a closing "!" or ".".</summary>
    public static string Normalize(string text) => text.Trim().ToLowerInvariant().TrimEnd('!', '.');

    /// <summary>Back to idle after a change, confirming it and saying what is next.</summary>
    public static Outcome Return(Turn turn, RichText confirmation)
    {
        var state = Onboarding.Ask(turn.State, Phase.Idle, Flow.Onboarding);
        var prompt = (turn with { State = state }).Prompt();
        return new Outcome(state, prompt with { Text = new RichText().Paragraph(confirmation).Paragraph(prompt.Text) });
    }

    public static IReadOnlyList<IReadOnlyList<ReplyButton>> StartButtons(string key, string label) =>
        [[ReplyButton.For(key, label, "start")]];
}
