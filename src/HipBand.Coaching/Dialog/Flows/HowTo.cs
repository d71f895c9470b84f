using HipBand.Coaching.Dialog.Answers;
using HipBand.Coaching.Dialog.Table;

namespace HipBand.Coaching.Dialog.Flows;

/// <summary>How an exercise is done, whenever it is asked: the open one mid-set, any one by name in every state.</summary>
internal static class HowTo
{
    /// <summary>The answer of the How? button under every set.</summary>
    public const string Answer = "how";

    /// <summary>"How?", "what do I do?", the button: the open exercise's steps and cues, then the open set again.</summary>
    public static Outcome? OnOpenExercise(Turn turn, string text)
    {
        if (text != Answer && !turn.Texts.Words.HowTo.Contains(Idle.Normalize(text)))
        {
            return null;
        }

        var session = turn.Conversation.Session!;
        return turn.Stay(SessionFlow.NumberReply(new RichText().Paragraph(turn.Texts.Introduce(session.Current)).Paragraph(turn.Texts.SetPrompt(session)), SessionFlow.SetButtons(turn.Texts, session)));
    }

    /// <summary>"How do I do a clamshell?" in any state: its steps and cues, then the open question again.</summary>
    public static Outcome? OnNamed(Turn turn, string text)
    {
        if (!ExerciseAnswer.TryParse(text, turn.Texts, out var exerciseId))
        {
            return null;
        }

        var current = turn.Conversation.Session is { } session && session.Current.ExerciseId == exerciseId ? session.Current : null;
        var item = current ?? new SessionItem(exerciseId, null, new SetTarget(Exercises.Get(exerciseId).Unit, 1, 1, 1), null);
        var prompt = turn.Prompt();
        return turn.Stay(prompt with { Text = new RichText().Paragraph(turn.Texts.Introduce(item)).Paragraph(prompt.Text) });
    }

    /// <summary>Outside a set, "help" or "how" alone: what /help says.</summary>
    public static Outcome? OnBareHelp(Turn turn, string text) =>
        turn.State.Phase != Phase.InSession && turn.Texts.Words.HowTo.Contains(Idle.Normalize(text)) ? Commands.Help(turn) : null;
}
