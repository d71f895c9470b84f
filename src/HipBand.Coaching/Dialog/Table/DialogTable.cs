using HipBand.Coaching.Dialog.Flows;

namespace HipBand.Coaching.Dialog.Table;

/// <summary>
/// The dialog's states, each with its question, the answers it accepts in the order they are tried, and where each
/// may lead. This table is the dialog: <see cref="Coach.Step"/> goes through it, and docs/DIALOG.md is drawn from it.
/// </summary>
internal static class DialogTable
{
    public static readonly IReadOnlyDictionary<Phase, DialogState> States = new DialogState[]
    {
        new(Phase.New, _ => "new", Onboarding.WelcomePrompt,
        [
            new("anything: the welcome", Onboarding.OnFirstMessage, [Phase.AskReadiness]),
        ]),
        new(Phase.AskReadiness, _ => "readiness", ReadinessFlow.Prompt,
        [
            new("yes, one applies", ReadinessFlow.OnYes, [Phase.AwaitClearance]),
            new("no, none applies", ReadinessFlow.OnNo, [Phase.AskGoal]),
            Hint("anything else", t => t.ReadinessHint),
        ]),
        new(Phase.AskGoal, _ => "goal", Onboarding.GoalPrompt,
        [
            new("cleared for full training", ReadinessFlow.OnFullyCleared, [Phase.AskGoal]),
            new("a goal", Onboarding.OnGoal, [Phase.AskBands, Phase.Idle]),
            Hint("anything else", t => t.GoalHint),
        ]),
        new(Phase.AwaitClearance, _ => "clearance", ReadinessFlow.ClearancePrompt,
        [
            new("a clinician's OK, in words or the button", ReadinessFlow.OnCleared, [Phase.AskBands, Phase.Idle]),
            new("not yet", ReadinessFlow.OnNotYet, [Phase.Idle]),
            Hint("anything else", t => t.ClearanceHint),
        ]),
        new(Phase.AskCheckedUp, _ => "checkup", MedicalHolds.Prompt,
        [
            new("yes, checked and told it is fine", MedicalHolds.OnCheckedUp, [Phase.InSession, Phase.AskPain, Phase.Idle, Phase.AwaitClearance]),
            new("anything else: the hold stays", MedicalHolds.OnNotYet, [Phase.Idle]),
        ]),
        new(Phase.AskBands, _ => "bands", Onboarding.BandsPrompt,
        [
            new("bands, or none", Onboarding.OnBands, [Phase.AskDays, Phase.Idle]),
            Hint("anything else", t => t.BandsHint),
        ]),
        new(Phase.AskDays, _ => "days", Onboarding.DaysPrompt,
        [
            new("days in the program's range", Onboarding.OnDays, [Phase.AskTime]),
            Hint("anything else", t => t.DaysHint),
        ]),
        new(Phase.AskTime, _ => "time", Onboarding.TimePrompt,
        [
            new("a time of day", Onboarding.OnTime, [Phase.AskZone]),
            Hint("anything else", t => t.TimeHint),
        ]),
        new(Phase.AskZone, _ => "zone", Onboarding.ZonePrompt,
        [
            new("a city, zone or offset", Onboarding.OnZone, [Phase.Idle]),
            Hint("anything else", t => t.ZoneHint),
        ]),
        new(Phase.Idle, _ => "idle", Idle.Prompt,
        [
            new("start", Idle.OnStart, [Phase.InSession, Phase.AskPain, Phase.AskCheckedUp, Phase.AwaitClearance]),
            new("how the session's last exercise felt (once, after the summary)", EffortFlow.OnTap, []),
            new("use a city instead", Idle.OnUseCity, [Phase.AskZone]),
            new("an answer to a reminder", Reminders.OnAnswer, [Phase.AskDays]),
            new("a result with no session running", Idle.OnStrayResult, []),
        ]),
        new(Phase.InSession, SessionFlow.QuestionKey, SessionFlow.Prompt,
        [
            new("how?, what do I do?", HowTo.OnOpenExercise, []),
            new("how the last exercise felt (once, after its last set)", EffortFlow.OnEffort, []),
            new("lighter", SessionFlow.OnLighter, []),
            new("form breaking down: can't do the full range, the hip hikes", SessionFlow.OnFormBreaks, []),
            new("a set's result, skip or stop", SessionFlow.OnResult, [Phase.Idle]),
        ]),
        new(Phase.AskPain, _ => "pain", PainFlow.Prompt,
        [
            new("a rating 0-10", PainFlow.OnRating, [Phase.Idle, Phase.InSession], Returns: true),
            Hint("anything else", t => t.PainRatingHint),
        ]),
        new(Phase.AskIfHurts, _ => "hurts", PainFlow.IfHurtsPrompt,
        [
            new("no, it does not hurt", PainFlow.OnNoHurt, [Phase.Idle, Phase.InSession], Returns: true),
            new("yes, or a rating", PainFlow.OnHurts, [Phase.AskPain, Phase.Idle, Phase.InSession], Returns: true),
            Hint("anything else", t => t.IfHurtsHint),
        ]),
        new(Phase.ConfirmDelete, _ => "delete", PersonalDataFlow.DeletePrompt,
        [
            new("yes", PersonalDataFlow.OnYes, [Phase.New]),
            new("no", PersonalDataFlow.OnNo, [Phase.Idle, Phase.AskGoal]),
        ]),
    }.ToDictionary(s => s.Phase);

    /// <summary>An answer that takes anything, and gives a hint and the question again.</summary>
    private static Answer Hint(string name, Func<ITexts, string> hint) => new(name, (turn, _) => turn.Hint(hint(turn.Texts)), []);
}
