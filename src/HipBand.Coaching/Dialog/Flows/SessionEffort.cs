using HipBand.Coaching.Progress;
using HipBand.Coaching.Dialog.Table;

namespace HipBand.Coaching.Dialog.Flows;

/// <summary>
/// The effort of the exercise that ended a session: the summary carries the Easy / Good / Hard tap, and a tap (or the
/// word) before the next session redoes that exercise's step with it, as the tap after any other exercise would.
/// </summary>
internal static class SessionEffort
{
    /// <summary>The question key of the summary's effort buttons: the session they belong to.</summary>
    public static string KeyOf(int session) => $"effort{session}";

    /// <summary>The last exercise's result, to keep for a tap, when the session asks for one.</summary>
    public static PendingEffort? Pending(ActiveSession session, CoachMemory before, bool completed)
    {
        var last = session.Items.Count - 1;
        if (!completed || session.Goal == Goal.WarmUp || session.Efforts.ContainsKey(last) || SessionReview.ResultOf(session, last) is not { } result
            || result.Done.All(d => d is not > 0))
        {
            return null;
        }

        var program = Programs.For(session.Goal);
        return new PendingEffort(session.Number, ExerciseLevel.Of(before.Levels, program, result.ExerciseId), result, session.Items[last].Target.Sets);
    }

    /// <summary>The buttons for the summary of a session that keeps a pending effort.</summary>
    public static IReadOnlyList<IReadOnlyList<ReplyButton>> Buttons(ITexts texts, PendingEffort? pending) =>
        pending is null ? [] : [SetLogging.EffortButtons(texts, KeyOf(pending.Session))];

    /// <summary>A button of the summary that still waits for its effort.</summary>
    public static bool IsTap(Turn turn, string data) =>
        turn.Conversation.Memory.PendingEffort is { } pending && ReplyButton.Parse(data).QuestionKey == KeyOf(pending.Session);

    /// <summary>The tap on a summary: the exercise's step again with this effort, and the change it makes said.</summary>
    public static Outcome? OnTap(Turn turn, string text)
    {
        var memory = turn.Conversation.Memory;
        if (memory.PendingEffort is not { } pending || SetLogging.ReadEffort(turn, text) is not { } felt)
        {
            return null;
        }

        var program = Onboarding.ProgramOf(turn.Profile);
        var id = pending.Result.ExerciseId;
        var (level, change) = Progression.Next(
            pending.Before, pending.Result, turn.Profile.Bands ?? [], program.LightestBandOnly, pending.Sets, PainFlow.MayProgress(memory, turn.Now), felt, program.Climbs);
        var earlier = memory.Announcements.FirstOrDefault(c => c.ExerciseId == id);
        var levels = new Dictionary<string, ExerciseLevel>(memory.Levels) { [id] = level };
        var announcements = memory.Announcements.Where(c => c.ExerciseId != id).ToList();
        if (change is not null)
        {
            announcements.Add(change);
        }

        var state = turn.State with
        {
            Conversation = turn.Conversation with { Memory = memory with { Levels = levels, Announcements = announcements, PendingEffort = null } },
        };
        var said = new RichText().Add(turn.Texts.EffortNoted(felt));
        if (change is not null && change != earlier)
        {
            said.Paragraph(turn.Texts.Changes([change], upcoming: true));
        }

        return Idle.Return(turn with { State = state }, said);
    }
}
