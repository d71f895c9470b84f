using HipBand.Coaching.Dialog;
using HipBand.Coaching.Storage;

namespace HipBand.Coaching.Chats;

/// <summary>Where an input came from, and what to write with it.</summary>
/// <param name="UpdateId">The transport's id for the input: an update applied before is not applied again.</param>
/// <param name="Claim">A key done at most once (a reminder slot): if claimed before, nothing is applied.</param>
/// <param name="Render">Turns the outcome into outbox rows, saved with it.</param>
/// <param name="Deliver">Hands the committed replies on; runs before observers, so replies keep their order.</param>
public sealed record TurnContext(
    long? UpdateId = null,
    string? Claim = null,
    Func<Outcome, IReadOnlyList<OutboxMessage>>? Render = null,
    Action<TurnResult>? Deliver = null);
