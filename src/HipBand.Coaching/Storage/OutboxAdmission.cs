namespace HipBand.Coaching.Storage;

/// <summary>
/// How a chat's replies are admitted to the outbox when it sends faster than it can be answered (README, Operations):
/// under a backlog a repeated hint or question replaces the waiting ones, a chat over the inbound rate is answered by
/// one line per window (safety advice and the newest question still go), and the chat's rows never pass the cap.
/// </summary>
/// <param name="MaxPendingPerChat">More rows than this waiting, and repeats coalesce.</param>
/// <param name="MaxOutboxPerChat">The chat's rows never pass this.</param>
/// <param name="InboundLimit">Messages a chat may send in <paramref name="InboundWindow"/> and still get every answer.</param>
/// <param name="InboundWindow">The inbound rate's window.</param>
/// <param name="FloodLine">Renders the line saying the chat sends faster than it can be answered.</param>
/// <param name="CurrentPrompt">Renders the current question (a repeat), for a turn whose own replies are held back.</param>
public sealed record OutboxAdmission(
    int MaxPendingPerChat,
    int MaxOutboxPerChat,
    int InboundLimit,
    TimeSpan InboundWindow,
    Func<OutboxMessage> FloodLine,
    Func<OutboxMessage?> CurrentPrompt);
