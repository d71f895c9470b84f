using HipBand.Coaching.Dialog;

namespace HipBand.Coaching.Chats;

/// <summary>What handling one input came to; <see cref="Applied"/> is false for an update that had been applied before.</summary>
public sealed record TurnResult(Outcome Outcome, bool Applied);
