using HipBand.Bot.Operations;
using System.Text.Json;
using HipBand.Bot.Telegram;
using HipBand.Bot.Telegram.Api;
using HipBand.Bot.Turns;
using HipBand.Coaching.Storage;
using Microsoft.Extensions.Options;

namespace HipBand.Bot.Delivery;

/// <summary>
/// Sends the outbox: in id order within a chat, chats independently (a slow or flooded chat never
/// holds up the others), within Telegram's limits. Rows committed here are handed over directly
/// (<see cref="Enqueue"/>); a scan of the table finds the rest (after a restart), so nothing is lost.
/// </summary>
/// <remarks>
/// With processes sharing the database, only the holder of the <see cref="Cluster.SenderLease"/> sends, and it takes
/// every row by scanning (every <see cref="Cluster.ClusterOptions.PollInterval"/>, and at once after a turn of its
/// own): a hand-over would race a scan that already sent the row, and most rows are written by the other processes.
/// </remarks>
internal sealed partial class OutboxSender(
    OutboxStore store,
    ChatDeactivation deactivation,
    TelegramApi api,
    CallbackAnswers answers,
    IOptions<DeliveryOptions> options,
    BotMetrics metrics,
    TimeProvider clock,
    IHostApplicationLifetime lifetime,
    ILogger<OutboxSender> logger,
    Cluster.SenderLease? lease = null,
    IOptions<Cluster.ClusterOptions>? cluster = null,
    Cluster.ClusterSignals? signals = null) : BackgroundService
{
    private const int PageSize = 1000;

    /// <summary>
    /// A row younger than this is still on its way here from the turn that wrote it; a periodic scan leaves it to
    /// that hand-over, so that the two never both queue it. Older rows were left by a crash or a failed hand-over.
    /// </summary>
    private static readonly TimeSpan LeftoverAge = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan IdleWorkerLifetime = TimeSpan.FromSeconds(30);

    /// <summary>How long a stop waits for requests under way and their deletes.</summary>
    private static readonly TimeSpan StopPatience = TimeSpan.FromSeconds(5);

    /// <summary>Chats whose limiter is kept although their worker retired; full buckets are forgotten beyond this.</summary>
    private const int MaxIdleBuckets = 10_000;

    /// <summary>Messages whose pressed button was already replaced by its ✓ label, remembered this many at most.</summary>
    private const int MaxPressedMessages = 10_000;

    private readonly DeliveryOptions limits = options.Value;
    private readonly TokenBucket global = new(options.Value.GlobalPerSecond, options.Value.GlobalPerSecond, clock);
    private readonly Lock gate = new();
    private readonly Dictionary<long, ChatQueue> queues = [];

    /// <summary>
    /// Each chat's limiter, kept across its worker's retirement: Telegram's per-chat limit spans the whole
    /// conversation, not one turn, so a new turn must not start with a fresh burst.
    /// </summary>
    private readonly Dictionary<long, TokenBucket> buckets = [];
    private int sweepBucketsAt = MaxIdleBuckets;

    /// <summary>(chat, message) pairs whose ✓ edit went out: a second press of the same message edits nothing.</summary>
    private readonly HashSet<(long Chat, long Message)> pressed = [];
    private readonly Queue<(long Chat, long Message)> pressedOrder = new();

    /// <summary>Ids queued in memory or being sent; a scan skips them, so that no row is sent twice.</summary>
    private readonly HashSet<long> known = [];

    /// <summary>
    /// Ids finished while a scan runs. The scan may have read them before they were deleted, so they stay known
    /// until it has queued what it read; otherwise a sent row would be queued and sent again, out of order.
    /// </summary>
    private readonly List<long> finishedDuringScan = [];

    private bool scanning;

    private readonly WakeUp scanNow = new();
    private readonly TimeSpan sharedScanInterval = cluster?.Value.PollInterval ?? TimeSpan.FromSeconds(1);

    private readonly TaskCompletionSource firstScan = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>The chats' workers and the deletes of sent rows not yet committed: a stop waits for them.</summary>
    private readonly HashSet<Task> inHand = [];

    /// <summary>Cancels requests under way only when the host's stop runs out of time; stopping itself lets them finish.</summary>
    private readonly CancellationTokenSource abandon = new();
    private CancellationToken stopping;

    /// <summary>Completes once what was left in the outbox by an earlier run is queued, ahead of anything new.</summary>
    public Task Ready => firstScan.Task;

    /// <summary>Hands over rows just committed, so they go out without waiting for a scan.</summary>
    public void Enqueue(IEnumerable<PendingMessage> messages)
    {
        if (lease is not null)
        {
            scanNow.Notify();
            if (!lease.Holds && signals is not null && messages.Any())
            {
                // Another process sends: it hears of the rows now rather than at its next scan.
                _ = signals.AnnounceOutboxAsync(stopping);
            }

            return;
        }

        foreach (var message in messages)
        {
            Enqueue(message, stopping);
        }
    }

    /// <summary>
    /// Forgets rows a write took out of the table (replaced by a newer reply, or evicted at the chat's cap), so that
    /// they are not sent. One the chat's worker holds already goes out anyway; the newer reply still follows it.
    /// </summary>
    public void Withdraw(long chatId, IReadOnlyList<long> ids)
    {
        if (ids.Count == 0)
        {
            return;
        }

        lock (gate)
        {
            var gone = ids.ToHashSet();
            if (queues.TryGetValue(chatId, out var queue) && queue.Messages.Any(m => gone.Contains(m.Id)))
            {
                var keep = queue.Messages.Where(m => !gone.Contains(m.Id)).ToList();
                queue.Messages.Clear();
                foreach (var message in keep)
                {
                    queue.Messages.Enqueue(message);
                }
            }

            // Gone from the table, so no scan can find them again (Finished keeps them known until a running scan ends).
            foreach (var id in gone)
            {
                Finished(id);
            }
        }
    }

    /// <summary>
    /// Stops taking rows, lets each chat's request under way finish and the sent rows' deletes commit (until the host's
    /// stop runs out of time), so that what went out is not sent again by whoever sends next.
    /// </summary>
    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken).ConfigureAwait(false);

        // Bounded on its own, so that the services stopping after this one (the leases' release) still have time.
        abandon.CancelAfter(StopPatience);
        await using var deadline = cancellationToken.Register(abandon.Cancel);
        while (true)
        {
            Task[] waiting;
            lock (gate)
            {
                waiting = [.. inHand];
            }

            if (waiting.Length == 0)
            {
                break;
            }

            try
            {
                await Task.WhenAll(waiting).WaitAsync(abandon.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (abandon.IsCancellationRequested)
            {
                break;
            }
            catch (Exception)
            {
                // A worker's or a delete's failure is logged where it happened; what matters here is that it is over.
            }
        }
    }

    public override void Dispose()
    {
        abandon.Dispose();
        base.Dispose();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        stopping = stoppingToken;
        if (lease is not null)
        {
            await ScanWhileSenderAsync(stoppingToken).ConfigureAwait(false);
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                // The first scan takes everything: before polling starts, nothing is on its way.
                await ScanAsync(firstScan.Task.IsCompleted ? LeftoverAge : null, stoppingToken).ConfigureAwait(false);
                firstScan.TrySetResult();
                await Task.Delay(limits.OutboxScanInterval, clock, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception error)
            {
                LogScanFailed(logger, error);
                await Task.Delay(limits.OutboxScanInterval, clock, stoppingToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Shared: scans everything while this process holds the sender's lease; stands by while it does not.</summary>
    private async Task ScanWhileSenderAsync(CancellationToken stoppingToken)
    {
        // Rows that came while another process sent, or while the lease was being renewed, are this one's now.
        lease!.Taken += scanNow.Notify;
        if (signals is not null)
        {
            signals.OutboxWritten += scanNow.Notify;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (lease.Holds)
                {
                    await ScanAsync(null, stoppingToken).ConfigureAwait(false);
                }
                else if (lease.Lapsed)
                {
                    // Its renewal came too late (a slow database, or a test's clock jumping hours): ask again now, and
                    // scan once it is taken, rather than a poll later. A process that never held it does not ask here.
                    lease.AskNow();
                }

                // Whatever an earlier run left is the sender's to send, wherever that is.
                firstScan.TrySetResult();
                await scanNow.WaitAsync(sharedScanInterval, clock, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception error)
            {
                LogScanFailed(logger, error);
                await Task.Delay(sharedScanInterval, clock, stoppingToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Queues every row of the outbox not already known here.</summary>
    private async Task ScanAsync(TimeSpan? minAge, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            scanning = true;
        }

        try
        {
            var after = 0L;
            while (true)
            {
                var page = await store.PendingAsync(after, PageSize, minAge, cancellationToken).ConfigureAwait(false);
                foreach (var message in page)
                {
                    Enqueue(message, cancellationToken);
                    after = message.Id;
                }

                if (page.Count < PageSize)
                {
                    return;
                }
            }
        }
        finally
        {
            lock (gate)
            {
                scanning = false;
                foreach (var id in finishedDuringScan)
                {
                    known.Remove(id);
                }

                finishedDuringScan.Clear();
            }
        }
    }

    private void Enqueue(PendingMessage message, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            if (!known.Add(message.Id))
            {
                return;
            }

            if (message.Method == CallbackAnswer)
            {
                // Rows of an earlier release: presses are answered as they arrive now, so hand it over and forget it.
                var query = OutboxRequests.Read<global::Telegram.Bot.Requests.AnswerCallbackQueryRequest>(message.Payload);
                answers.Answer(query.CallbackQueryId, query.Text, message.CreatedAt);
                Forget(message, store.MarkSentAsync(message.Id, CancellationToken.None));
                return;
            }

            if (!queues.TryGetValue(message.ChatId, out var queue))
            {
                queue = new ChatQueue(message.ChatId, ChatBucket(message.ChatId));
                queues[message.ChatId] = queue;
                Track(Task.Run(() => RunChatAsync(queue, cancellationToken), CancellationToken.None));
            }

            queue.Messages.Enqueue(message);
            queue.Wake.Notify();
        }
    }

    /// <summary>One chat's worker: sends its messages in order, then retires after a while without any.</summary>
    private async Task RunChatAsync(ChatQueue queue, CancellationToken cancellationToken)
    {
        PendingMessage? sending = null;
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                PendingMessage? next;
                lock (gate)
                {
                    if (!queue.Messages.TryDequeue(out next) && queue.Idle)
                    {
                        queues.Remove(queue.ChatId);
                        return;
                    }
                }

                if (next is null)
                {
                    lock (gate)
                    {
                        // Taken under the gate, so no message can slip in between: a wake-up left from the messages
                        // just sent must not end the idle wait at once.
                        if (queue.Messages.Count > 0)
                        {
                            continue;
                        }

                        queue.Wake.Reset();
                    }

                    queue.Idle = true;
                    await queue.Wake.WaitAsync(IdleWorkerLifetime, clock, cancellationToken).ConfigureAwait(false);
                    continue;
                }

                queue.Idle = false;
                sending = next;
                if (lease is { Holds: false })
                {
                    // No longer the sender: the rows stay in the table for the process that is.
                    Abandon(queue, next);
                    return;
                }

                var goOn = await SendAsync(queue, next, cancellationToken).ConfigureAwait(false);
                sending = null;
                if (!goOn)
                {
                    lock (gate)
                    {
                        foreach (var dropped in queue.Messages)
                        {
                            Finished(dropped.Id);
                        }

                        queue.Messages.Clear();
                    }
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Shutting down: what was not sent stays in the outbox.
        }
        catch (Exception error)
        {
            // A failure nothing above expected (the database gone mid-check): the worker ends, and the chat's rows stay
            // in the table, forgotten here, so that the next scan queues them to a new worker rather than to this one.
            LogWorkerFailed(logger, queue.ChatId, error);
            Abandon(queue, sending);
        }
    }

    /// <summary>
    /// Ends a chat's worker with its rows left in the table: forgotten here (the one in hand too), so that a scan finds
    /// them again for whichever worker, or process, sends next.
    /// </summary>
    private void Abandon(ChatQueue queue, PendingMessage? inHandNow)
    {
        lock (gate)
        {
            if (inHandNow is not null)
            {
                Finished(inHandNow.Id);
            }

            foreach (var left in queue.Messages)
            {
                Finished(left.Id);
            }

            queue.Messages.Clear();
            if (queues.TryGetValue(queue.ChatId, out var current) && current == queue)
            {
                queues.Remove(queue.ChatId);
            }
        }
    }

    /// <summary>
    /// Shared by processes: whether the row is still in the table. The process that applied the chat's turn may have
    /// replaced or evicted it (the flood rules) after this one queued it; it cannot tell this one, so the sender asks
    /// before each attempt, and again after waiting for the limiters. One process forgets such rows as it writes.
    /// </summary>
    private async Task<bool> StillWaitingAsync(PendingMessage message, CancellationToken cancellationToken)
    {
        try
        {
            if (lease is null || await store.IsWaitingAsync(message.Id, cancellationToken).ConfigureAwait(false))
            {
                return true;
            }
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            // Cannot tell: send it, as before the check; at worst a reply just replaced goes out too.
            LogWaitingUnknown(logger, message.ChatId, error);
            return true;
        }

        lock (gate)
        {
            Finished(message.Id);
        }

        return false;
    }

    /// <summary>Sends one message, retrying as Telegram's answer says; false when the chat is not to get anything more.</summary>
    private async Task<bool> SendAsync(ChatQueue queue, PendingMessage message, CancellationToken cancellationToken)
    {
        var failures = 0;
        var pressedMessage = PressedMessage(message);
        if (pressedMessage is { } target && AlreadyPressed(target))
        {
            // A double tap: the first press replaced the button already; sending the same edit again would be refused.
            Forget(message, store.MarkSentAsync(message.Id, CancellationToken.None));
            return true;
        }

        while (true)
        {
            if (!await StillWaitingAsync(message, cancellationToken).ConfigureAwait(false))
            {
                return true;
            }

            if (limits.RateLimits && IsMessage(message.Method))
            {
                var chatWait = queue.Bucket.Reserve();
                var globalWait = global.Reserve();
                await Task.Delay(chatWait, clock, cancellationToken).ConfigureAwait(false);
                await Task.Delay(globalWait, clock, cancellationToken).ConfigureAwait(false);
                if ((chatWait > TimeSpan.Zero || globalWait > TimeSpan.Zero) && !await StillWaitingAsync(message, cancellationToken).ConfigureAwait(false))
                {
                    return true;
                }
            }

            if (lease is { Holds: false })
            {
                // No longer the sender (the limiters or a 429 kept this waiting past the lease's sending time, and the
                // renewal did not come): the row stays in the table for the process that sends now.
                lock (gate)
                {
                    Finished(message.Id);
                }

                return false;
            }

            var sentAt = clock.GetUtcNow();
            try
            {
                // Not cancelled by the stop: a request Telegram may have taken is finished and its row deleted, so that
                // nobody sends it again (the next start, or the process taking the sender's role).
                if (!await api.SendAsync(message, abandon.Token).ConfigureAwait(false))
                {
                    LogUnreadableResult(logger, message.Method, message.ChatId);
                }

                Pressed(pressedMessage);
                Forget(message, store.MarkSentAsync(message.Id, CancellationToken.None));
                metrics.Sent("ok");
                return true;
            }
            catch (BotApiException error)
            {
                failures++;
                switch (error.Failure)
                {
                    case BotApiFailure.TooManyRequests:
                        var wait = error.RetryAfter ?? TimeSpan.FromSeconds(1);
                        LogTooManyRequests(logger, message.ChatId, wait.TotalSeconds);
                        metrics.Sent("too_many_requests");
                        metrics.TooManyRequests(wait);
                        await Task.Delay(wait, clock, cancellationToken).ConfigureAwait(false);
                        break;

                    case BotApiFailure.ServerError or BotApiFailure.Network:
                        LogTransient(logger, message.Method, error.Description, failures);
                        metrics.Sent("transient");
                        await Task.Delay(Backoff(failures), clock, cancellationToken).ConfigureAwait(false);
                        break;

                    case BotApiFailure.Forbidden:
                        metrics.Sent("forbidden");
                        var deactivated = await deactivation.DeactivateAsync(message.ChatId, sentAt, cancellationToken).ConfigureAwait(false);
                        Forget(message, Task.CompletedTask);
                        if (deactivated.Inactive)
                        {
                            LogBlocked(logger, message.ChatId, deactivated.Dropped);
                            return false;
                        }

                        // They came back while this was on its way: what was written before it went with it, the rest is theirs.
                        DropWrittenBefore(queue, sentAt);
                        LogBlockedThenBack(logger, message.ChatId, deactivated.Dropped);
                        return true;

                    case BotApiFailure.Unauthorized:
                        metrics.Sent("unauthorized");
                        TokenRejection.Stop(logger, lifetime);
                        return false;

                    case BotApiFailure.BadRequest when message.Method is "editMessageReplyMarkup" or "editMessageText":
                        // "message is not modified" (the edit is there already), or a message too old to edit.
                        Pressed(pressedMessage);
                        metrics.Sent("bad_request");
                        LogCosmeticRefused(logger, message.Method, error.Description);
                        Forget(message, store.MarkSentAsync(message.Id, CancellationToken.None));
                        return true;

                    case BotApiFailure.BadRequest when MessageEffects.Refused(error, message):
                        // The celebration is a nicety: the message goes again at once without it, never lost.
                        LogEffectRefused(logger, message.ChatId, error.Description);
                        metrics.Sent("bad_request");
                        message = MessageEffects.Without(message);
                        break;

                    default:
                        LogDeadLetter(logger, message.Method, message.ChatId, error.Description);
                        metrics.Sent("bad_request");
                        await store.DeadLetterAsync(message, $"{error.ErrorCode}: {error.Description}", cancellationToken).ConfigureAwait(false);
                        Forget(message, Task.CompletedTask);
                        return true;
                }
            }
        }
    }

    /// <summary>Once the row is gone from the table, a scan can no longer find it: stop remembering it then.</summary>
    /// <remarks>The next message of the chat does not wait for the delete; a crash before it commits means one resend.</remarks>
    private void Forget(PendingMessage message, Task removal) =>
        Track(removal.ContinueWith(
            done =>
            {
                if (done.IsFaulted)
                {
                    LogRemoveFailed(logger, message.Id, done.Exception);
                }

                lock (gate)
                {
                    Finished(message.Id);
                }
            },
            CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default));

    private void Track(Task task)
    {
        lock (gate)
        {
            inHand.Add(task);
        }

        _ = task.ContinueWith(
            done =>
            {
                lock (gate)
                {
                    inHand.Remove(done);
                }
            },
            CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);
    }

    /// <summary>Takes out of the chat's queue what its deactivation took out of the table (written by then, to the ms).</summary>
    private void DropWrittenBefore(ChatQueue queue, DateTimeOffset through)
    {
        lock (gate)
        {
            var keep = queue.Messages.Where(m => m.CreatedAt.ToUnixTimeMilliseconds() > through.ToUnixTimeMilliseconds()).ToList();
            foreach (var dropped in queue.Messages.Except(keep))
            {
                Finished(dropped.Id);
            }

            queue.Messages.Clear();
            foreach (var message in keep)
            {
                queue.Messages.Enqueue(message);
            }
        }
    }

    /// <summary>Called under the gate once a row is gone from the table.</summary>
    private void Finished(long id)
    {
        if (scanning)
        {
            finishedDuringScan.Add(id);
        }
        else
        {
            known.Remove(id);
        }
    }

    private TimeSpan Backoff(int failures)
    {
        var exponential = limits.RetryDelay.TotalMilliseconds * Math.Pow(2, Math.Min(failures - 1, 16));
        var capped = Math.Min(exponential, limits.MaxRetryDelay.TotalMilliseconds);
        return TimeSpan.FromMilliseconds((capped / 2) + (Random.Shared.NextDouble() * capped / 2));
    }

    /// <summary>The chat's limiter, the same one for as long as it matters. Called under the gate.</summary>
    private TokenBucket ChatBucket(long chatId)
    {
        if (buckets.TryGetValue(chatId, out var bucket))
        {
            return bucket;
        }

        if (buckets.Count >= sweepBucketsAt)
        {
            // A full bucket is what a new one would be: forgetting it changes nothing. Swept when the count doubles,
            // so that many busy chats cost one sweep now and then, not one per new chat.
            foreach (var (idle, _) in buckets.Where(b => b.Value.IsFull && !queues.ContainsKey(b.Key)).ToList())
            {
                buckets.Remove(idle);
            }

            sweepBucketsAt = Math.Max(MaxIdleBuckets, buckets.Count * 2);
        }

        bucket = chatId < 0
            ? new TokenBucket(1, limits.GroupPerMinute / 60, clock)
            : new TokenBucket(limits.PrivateChatBurst, limits.PrivateChatPerSecond, clock);
        buckets[chatId] = bucket;
        return bucket;
    }

    private const string CallbackAnswer = "answerCallbackQuery";
    private const string PressedEdit = "editMessageReplyMarkup";

    /// <summary>Only messages count against the limits; answering a button press does not.</summary>
    private static bool IsMessage(string method) => method != CallbackAnswer;

    /// <summary>The message a ✓ edit replaces the buttons of, or null for any other request.</summary>
    private static (long Chat, long Message)? PressedMessage(PendingMessage message)
    {
        if (message.Method != PressedEdit)
        {
            return null;
        }

        using var payload = JsonDocument.Parse(message.Payload);
        return payload.RootElement.TryGetProperty("message_id", out var id) ? (message.ChatId, id.GetInt64()) : null;
    }

    private bool AlreadyPressed((long Chat, long Message) target)
    {
        lock (gate)
        {
            return pressed.Contains(target);
        }
    }

    /// <summary>Remembers that a message's button was replaced (the last few thousand of them).</summary>
    private void Pressed((long Chat, long Message)? target)
    {
        if (target is not { } done)
        {
            return;
        }

        lock (gate)
        {
            if (pressed.Add(done))
            {
                pressedOrder.Enqueue(done);
                if (pressedOrder.Count > MaxPressedMessages)
                {
                    pressed.Remove(pressedOrder.Dequeue());
                }
            }
        }
    }

    private sealed class ChatQueue(long chatId, TokenBucket bucket)
    {
        public long ChatId { get; } = chatId;
        public TokenBucket Bucket { get; } = bucket;
        public Queue<PendingMessage> Messages { get; } = new();
        public WakeUp Wake { get; } = new();
        public bool Idle { get; set; }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Removing sent outbox row {Id} failed; it may be sent once more after a restart")]
    private static partial void LogRemoveFailed(ILogger logger, long id, Exception? error);

    [LoggerMessage(Level = LogLevel.Error, Message = "Reading the outbox failed; trying again")]
    private static partial void LogScanFailed(ILogger logger, Exception error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Telegram asked to slow down for chat {ChatId}: waiting {Seconds} s")]
    private static partial void LogTooManyRequests(ILogger logger, long chatId, double seconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Method} did not go through ({Description}), attempt {Attempt}; retrying")]
    private static partial void LogTransient(ILogger logger, string method, string description, int attempt);

    [LoggerMessage(Level = LogLevel.Information, Message = "Chat {ChatId} blocked the bot; marked inactive, {Dropped} waiting message(s) dropped")]
    private static partial void LogBlocked(ILogger logger, long chatId, int dropped);

    [LoggerMessage(Level = LogLevel.Information, Message = "Chat {ChatId} had blocked the bot and has come back; {Dropped} older message(s) dropped, the newer ones are sent")]
    private static partial void LogBlockedThenBack(ILogger logger, long chatId, int dropped);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Method} to chat {ChatId} succeeded, but its result was not what the bot expected; it is not sent again")]
    private static partial void LogUnreadableResult(ILogger logger, string method, long chatId);

    [LoggerMessage(Level = LogLevel.Error, Message = "The sender's worker for chat {ChatId} failed; its messages wait for the next scan")]
    private static partial void LogWorkerFailed(ILogger logger, long chatId, Exception error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not check whether a message to chat {ChatId} still waits; sending it")]
    private static partial void LogWaitingUnknown(ILogger logger, long chatId, Exception error);

    [LoggerMessage(Level = LogLevel.Debug, Message = "{Method} refused ({Description}); skipped")]
    private static partial void LogCosmeticRefused(ILogger logger, string method, string description);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A message to chat {ChatId} was refused for its effect ({Description}); sending it without")]
    private static partial void LogEffectRefused(ILogger logger, long chatId, string description);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Method} to chat {ChatId} refused as malformed ({Description}); moved to dead_letters")]
    private static partial void LogDeadLetter(ILogger logger, string method, long chatId, string description);
}
