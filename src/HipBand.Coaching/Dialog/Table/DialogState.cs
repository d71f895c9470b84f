namespace HipBand.Coaching.Dialog.Table;

/// <summary>
/// A row of the dialog's state table: the question the state asks, the answers it accepts (tried in order), and
/// through them the states it may go to. What every state accepts besides comes first (<see cref="Fallbacks"/>).
/// </summary>
/// <param name="Phase">The state.</param>
/// <param name="QuestionKey">Names the question, so that a button from an older question is recognised as stale.</param>
/// <param name="Prompt">The question, with its answer buttons.</param>
/// <param name="Answers">What the state accepts, in the order it is tried; nothing taken means "didn't catch that".</param>
internal sealed record DialogState(Phase Phase, Func<Turn, string> QuestionKey, Func<Turn, Reply> Prompt, IReadOnlyList<Answer> Answers);

/// <summary>One kind of answer: what it is called (for the diagram), how it is taken, and where it may lead.</summary>
/// <param name="Name">What the person says, in a few words.</param>
/// <param name="Take">Handles the answer; null when the text is not this kind of answer.</param>
/// <param name="GoesTo">The states it may move to; staying in the state is always allowed.</param>
/// <param name="Returns">It goes back to the state the person was in before (the pain question does).</param>
internal sealed record Answer(string Name, Func<Turn, string, Outcome?> Take, IReadOnlyList<Phase> GoesTo, bool Returns = false);
