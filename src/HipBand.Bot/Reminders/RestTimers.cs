using HipBand.Coaching.Storage;

namespace HipBand.Bot.Reminders;

/// <summary>
/// Rest timers in process: one queue ordered by due time and one timer for the earliest, so that a logged set costs
/// no write beyond its turn's own (its deadline is a column of the chat's state row, written in the turn's
/// transaction). At start the queue is rebuilt from the state table, so a restart loses no nudge; a rest over by more
/// than <see cref="Stale"/> is left out (its set is long past). Firing goes through <see cref="ClockInputs"/>, whose
/// claim makes a nudge fired twice (a restart mid-fire) count once. Weekly reminders stay on Quartz.
/// </summary>
/// <remarks>
/// The turn pipeline arms the timers after each commit, and the timers fire into the turn pipeline: so the nudge is
/// given at <see cref="StartAsync"/> (by <see cref="RestTimersStart"/>), not at construction, which would be a cycle.
/// </remarks>
internal sealed partial class RestTimers(TimeProvider clock, ILogger<RestTimers> logger) : IDisposable
{
    /// <summary>A rest over by more than this when the bot starts is not nudged any more.</summary>
    public static readonly TimeSpan Stale = TimeSpan.FromMinutes(5);

    private readonly Lock gate = new();

    /// <summary>The timer each chat wants now; queue entries that no longer match it are stale and skipped.</summary>
    private readonly Dictionary<long, (DateTimeOffset Due, string Key)> wanted = [];
    private readonly PriorityQueue<(long ChatId, string Key), DateTimeOffset> queue = new();
    private readonly CancellationTokenSource stopping = new();
    private readonly HashSet<Task> nudging = [];
    private Func<long, string, CancellationToken, Task> nudge = (_, _, _) => Task.CompletedTask;
    private ITimer? timer;
    private DateTimeOffset? armedFor;
    private bool stopped;
    private bool inDatabase;

    /// <summary>How many chats have a rest timer waiting (for tests and metrics).</summary>
    public int Count
    {
        get
        {
            lock (gate)
            {
                return wanted.Count;
            }
        }
    }

    /// <summary>Starts nudging through <paramref name="nudgeWith"/>, with the deadlines stored before the start.</summary>
    public async Task StartAsync(ChatStore store, Func<long, string, CancellationToken, Task> nudgeWith, CancellationToken cancellationToken)
    {
        nudge = nudgeWith;
        var now = clock.GetUtcNow();
        var deadlines = await store.RestDeadlinesAsync(cancellationToken).ConfigureAwait(false);
        var fresh = deadlines.Where(d => now - d.DueAt <= Stale).ToList();
        foreach (var deadline in fresh)
        {
            Set(deadline.ChatId, deadline.DueAt, deadline.QuestionKey);
        }

        LogRebuilt(logger, fresh.Count, deadlines.Count - fresh.Count);
    }

    /// <summary>Stops the timer, then lets the nudges already under way finish (within the host's shutdown time).</summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        lock (gate)
        {
            stopped = true;
            timer?.Dispose();
            timer = null;
        }

        try
        {
            await NudgedAsync().WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Out of time: what is left is cancelled; its deadline is stored for the next start.
        }

        stopping.Cancel();
    }

    /// <summary>Completes when the nudges fired so far have been handled (for shutdown and tests).</summary>
    public Task NudgedAsync()
    {
        lock (gate)
        {
            return Task.WhenAll(nudging);
        }
    }

    /// <summary>
    /// Processes share the database, and its deadlines are claimed from there (<see cref="Cluster.SharedRestTimers"/>):
    /// from now on nothing is timed here.
    /// </summary>
    public void LeaveToDatabase()
    {
        lock (gate)
        {
            inDatabase = true;
        }
    }

    /// <summary>Nudge the chat at <paramref name="due"/> for the set named by <paramref name="questionKey"/>; replaces its earlier timer.</summary>
    public void Set(long chatId, DateTimeOffset due, string questionKey)
    {
        lock (gate)
        {
            if (inDatabase)
            {
                return;
            }

            wanted[chatId] = (due, questionKey);
            queue.Enqueue((chatId, questionKey), due);
            Arm();
        }
    }

    /// <summary>The timer a committed turn asked for.</summary>
    public void Set(long chatId, Coaching.Dialog.RestTimerWanted rest) => Set(chatId, rest.DueAt, rest.QuestionKey);

    /// <summary>The chat's rest timer is no longer wanted.</summary>
    public void Cancel(long chatId)
    {
        lock (gate)
        {
            wanted.Remove(chatId);
        }
    }

    public void Dispose()
    {
        timer?.Dispose();
        stopping.Dispose();
    }

    /// <summary>Points the one timer at the earliest wanted entry, dropping stale ones from the front. Under the lock.</summary>
    private void Arm()
    {
        while (queue.TryPeek(out var entry, out var due) && !IsWanted(entry, due))
        {
            queue.Dequeue();
        }

        if (!queue.TryPeek(out _, out var next) || stopped)
        {
            armedFor = null;
            timer?.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
            return;
        }

        if (armedFor == next)
        {
            return;
        }

        var delay = next - clock.GetUtcNow();
        timer ??= clock.CreateTimer(_ => Fire(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        armedFor = next;
        timer.Change(delay > TimeSpan.Zero ? delay : TimeSpan.Zero, Timeout.InfiniteTimeSpan);
    }

    private bool IsWanted((long ChatId, string Key) entry, DateTimeOffset due) =>
        wanted.TryGetValue(entry.ChatId, out var current) && current.Due == due && current.Key == entry.Key;

    private void Fire()
    {
        var due = new List<(long ChatId, string Key)>();
        lock (gate)
        {
            armedFor = null;
            var now = clock.GetUtcNow();
            while (queue.TryPeek(out var entry, out var at) && at <= now)
            {
                queue.Dequeue();
                if (IsWanted(entry, at))
                {
                    wanted.Remove(entry.ChatId);
                    due.Add(entry);
                }
            }

            Arm();
        }

        foreach (var (chatId, key) in due)
        {
            var nudge = NudgeAsync(chatId, key);
            lock (gate)
            {
                if (!nudge.IsCompleted)
                {
                    nudging.Add(nudge);
                }
            }

            _ = nudge.ContinueWith(done => { lock (gate) { nudging.Remove(done); } }, TaskScheduler.Default);
        }
    }

    private async Task NudgeAsync(long chatId, string questionKey)
    {
        try
        {
            await nudge(chatId, questionKey, stopping.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            // Shutting down: the deadline is stored, and the next start nudges it if it is still fresh.
        }
        catch (Exception error)
        {
            LogFailed(logger, chatId, error);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Kept} rest timer(s) waiting at start ({Stale} long past, left out)")]
    private static partial void LogRebuilt(ILogger logger, int kept, int stale);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The rest nudge of chat {ChatId} failed")]
    private static partial void LogFailed(ILogger logger, long chatId, Exception error);
}
