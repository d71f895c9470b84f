using HipBand.Coaching.Dialog;

namespace HipBand.Coaching.Chats;

/// <summary>What handling one input came to; <see cref="Applied"/> is false for an update that had been applied before.</summary>
/// <param name="Outcome">What the dialog decided.</param>
/// <param name="Applied">False for an update that had been applied before (nothing was written).</param>
/// <param name="Queued">The outbox rows written with it, ready for the sender.</param>
public sealed record TurnResult(Outcome Outcome, bool Applied, IReadOnlyList<Storage.PendingMessage> Queued);
