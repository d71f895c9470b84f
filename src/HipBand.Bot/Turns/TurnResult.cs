using HipBand.Coaching.Dialog;
using HipBand.Coaching.Storage;

namespace HipBand.Bot.Turns;

/// <summary>What handling one input came to.</summary>
/// <param name="Outcome">What the dialog decided.</param>
/// <param name="Applied">False for an update applied before, or a claim taken before: nothing was written.</param>
/// <param name="Queued">The outbox rows written with it, handed to the sender.</param>
internal sealed record TurnResult(Outcome Outcome, bool Applied, IReadOnlyList<PendingMessage> Queued);
