namespace HipBand.Coaching.Dialog;

/// <summary>A row of the dialog's state table: how the state asks its question, and how it takes an answer.</summary>
/// <param name="QuestionKey">Names the question, so a button from an older question is recognised as stale.</param>
/// <param name="Prompt">The question, with its answer buttons.</param>
/// <param name="Answer">Handles typed text or a pressed button's answer; null when the answer was not understood.</param>
internal sealed record StateRow(
    Func<Turn, string> QuestionKey,
    Func<Turn, Reply> Prompt,
    Func<Turn, string, Outcome?> Answer);
