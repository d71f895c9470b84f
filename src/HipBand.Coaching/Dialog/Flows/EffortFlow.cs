using HipBand.Coaching.Progress;
using HipBand.Coaching.Dialog.Table;

namespace HipBand.Coaching.Dialog.Flows;

/// <summary>
/// How an exercise felt: one optional Easy / Good / Hard tap (or the word) after its last set, never in the warm-up.
/// In a session it rides on the message that moves on, and is kept for the review; for the exercise that ends a
/// session it is on the summary, and a tap before the next session redoes that exercise's step with it.
/// </summary>
internal static class EffortFlow
{
    public const string EffortAnswer = "effort:";

    /// <summary>The warm-up is activation: it asks nothing about effort.</summary>
    public static bool AskedIn(Goal goal) => goal != Goal.WarmUp;

    /// <summary>"How was that?" as three buttons answering the question <paramref name="key"/>.</summary>
    public static IReadOnlyList<ReplyButton> Buttons(ITexts texts, string key) =>
        [.. Enum.GetValues<Effort>().Select(effort => ReplyButton.For(key, texts.EffortButton(effort), EffortAnswer + effort.ToString().ToLowerInvariant()))];

    /// <summary>The effort a tap or a word names ("easy", "hard"), if it names one.</summary>
    public static Effort? Read(Turn turn, string text)
    {
        var said = text.StartsWith(EffortAnswer, StringComparison.Ordinal) ? text[EffortAnswer.Length..] : Idle.Normalize(text);
        return Enum.GetValues<Effort>().Cast<Effort?>().FirstOrDefault(e => turn.Texts.Words.Efforts[e!.Value].Contains(said));
    }

    /// <summary>The tap (or the word) after an exercise's last set: kept for its review; the open set stays.</summary>
    public static Outcome? OnEffort(Turn turn, string text)
    {
        var session = turn.Conversation.Session!;
        if (session.EffortOf is not { } item || Read(turn, text) is not { } felt)
        {
            return null;
        }

        var efforts = new Dictionary<int, Effort>(session.Efforts) { [item] = felt };
        var noted = session with { EffortOf = null, Efforts = efforts };
        var next = turn with { State = SessionFlow.WithSession(turn.State, noted) };
        return next.Stay(SessionFlow.NumberReply(new RichText().Add(turn.Texts.EffortNoted(felt)).Paragraph(turn.Texts.SetPrompt(noted)), SessionFlow.SetButtons(turn.Texts, noted)));
    }

    /// <summary>The question key of the summary's effort buttons: the session they belong to.</summary>
    public static string KeyOf(int session) => $"effort{session}";

    /// <summary>The last exercise's result, to keep for a tap, when the session asks for one.</summary>
    public static PendingEffort? Pending(ActiveSession session, CoachMemory before, bool completed)
    {
        var last = session.Items.Count - 1;
        if (!completed || !AskedIn(session.Goal) || session.Efforts.ContainsKey(last) || SessionReview.ResultOf(session, last) is not { } result
            || result.Done.All(d => d is not > 0))
        {
            return null;
        }

        var program = Programs.For(session.Goal);
        return new PendingEffort(session.Number, ExerciseLevel.Of(before.Levels, program, result.ExerciseId), result, session.Items[last].Target.Sets);
    }

    /// <summary>The buttons for the summary of a session that keeps a pending effort.</summary>
    public static IReadOnlyList<IReadOnlyList<ReplyButton>> Buttons(ITexts texts, PendingEffort? pending) =>
        pending is null ? [] : [Buttons(texts, KeyOf(pending.Session))];

    /// <summary>A button of the summary that still waits for its effort.</summary>
    public static bool IsTap(Turn turn, string data) =>
        turn.Conversation.Memory.PendingEffort is { } pending && ReplyButton.Parse(data).QuestionKey == KeyOf(pending.Session);

    /// <summary>The tap on a summary: the exercise's step again with this effort, and the change it makes said.</summary>
    public static Outcome? OnTap(Turn turn, string text)
    {
        var memory = turn.Conversation.Memory;
        if (memory.PendingEffort is not { } pending || Read(turn, text) is not { } felt)
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
