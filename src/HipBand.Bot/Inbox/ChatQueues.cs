using HipBand.Bot.Telegram;
using HipBand.Bot.Telegram.Api;
using HipBand.Coaching.Storage;
using Microsoft.Extensions.Options;

namespace HipBand.Bot.Inbox;

/// <summary>
/// Applies stored updates: one chat's strictly in the order they arrived, one at a time; different chats at once, up
/// to <see cref="TelegramOptions.MaxConcurrentChats"/>. Nobody waits for a slow chat but that chat: polling goes on
/// the moment a batch is stored. An update whose handling fails for a reason outside the dialog (the database, say)
/// is tried again after a pause, and nothing behind it in the same chat goes first.
/// </summary>
internal sealed partial class ChatQueues(UpdateProcessor processor, IOptions<TelegramOptions> options, TimeProvider clock, ILogger<ChatQueues> logger) : IDisposable
{
    private static readonly TimeSpan RetryPause = TimeSpan.FromSeconds(1);

    private readonly Lock gate = new();
    private readonly Dictionary<long, Queue<InboxUpdate>> chats = [];
    private readonly HashSet<long> queued = [];
    private readonly SemaphoreSlim turns = new(Math.Max(1, options.Value.MaxConcurrentChats));
    private readonly CancellationTokenSource stopping = new();
    private int running;
    private TaskCompletionSource idle = Done();

    /// <summary>A chat's queue ran dry and its worker ended (not at shutdown): the chat's lease may be given up.</summary>
    public event Action<long>? Drained;

    /// <summary>Whether the chat has updates queued or in hand here.</summary>
    public bool IsBusy(long chatId)
    {
        lock (gate)
        {
            return chats.ContainsKey(chatId);
        }
    }

    /// <summary>Queues updates; each chat's worker is started if it is not running.</summary>
    public void Enqueue(IEnumerable<InboxUpdate> updates)
    {
        lock (gate)
        {
            foreach (var update in updates)
            {
                if (!queued.Add(update.UpdateId))
                {
                    continue;
                }

                if (!chats.TryGetValue(update.ChatId, out var queue))
                {
                    queue = new Queue<InboxUpdate>();
                    chats[update.ChatId] = queue;
                    if (running++ == 0)
                    {
                        idle = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                    }

                    var chatId = update.ChatId;
                    _ = Task.Run(() => RunChatAsync(chatId), CancellationToken.None);
                }

                queue.Enqueue(update);
            }
        }
    }

    /// <summary>Finishes the updates in hand and stops; what is left stays in the inbox for the next start.</summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        Task wait;
        lock (gate)
        {
            wait = idle.Task;
        }

        await stopping.CancelAsync().ConfigureAwait(false);
        await wait.WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Completes once every queued update is applied (for tests).</summary>
    public Task IdleAsync()
    {
        lock (gate)
        {
            return idle.Task;
        }
    }

    private async Task RunChatAsync(long chatId)
    {
        var drainedNow = false;
        try
        {
            while (!stopping.IsCancellationRequested)
            {
                InboxUpdate next;
                lock (gate)
                {
                    var queue = chats[chatId];
                    if (!queue.TryPeek(out next!))
                    {
                        chats.Remove(chatId);
                        drainedNow = true;
                        return;
                    }
                }

                if (await ApplyAsync(next).ConfigureAwait(false))
                {
                    lock (gate)
                    {
                        chats[chatId].Dequeue();
                        queued.Remove(next.UpdateId);
                    }
                }
                else
                {
                    await Task.Delay(RetryPause, clock, stopping.Token).ConfigureAwait(false);
                }
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            // Shutting down: the rest waits in the inbox.
        }
        finally
        {
            lock (gate)
            {
                if (stopping.IsCancellationRequested)
                {
                    chats.Remove(chatId);
                }

                if (--running == 0)
                {
                    idle.TrySetResult();
                }
            }

            if (drainedNow)
            {
                Drained?.Invoke(chatId);
            }
        }
    }

    /// <summary>False when the update could not be applied and is to be tried again.</summary>
    private async Task<bool> ApplyAsync(InboxUpdate stored)
    {
        await turns.WaitAsync(stopping.Token).ConfigureAwait(false);
        try
        {
            var update = UpdateMapper.Map(stored.UpdateId, ReceivedUpdate.Parse(stored.Payload));

            // Once started, an update is finished even when shutdown begins, so that it is applied exactly once.
            await processor.ProcessAsync(update, CancellationToken.None).ConfigureAwait(false);
            return true;
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            LogApplyFailed(logger, stored.UpdateId, stored.ChatId, error);
            return false;
        }
        finally
        {
            turns.Release();
        }
    }

    public void Dispose()
    {
        stopping.Dispose();
        turns.Dispose();
    }

    private static TaskCompletionSource Done()
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        done.TrySetResult();
        return done;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Update {UpdateId} of chat {ChatId} could not be applied; trying again")]
    private static partial void LogApplyFailed(ILogger logger, long updateId, long chatId, Exception error);
}
