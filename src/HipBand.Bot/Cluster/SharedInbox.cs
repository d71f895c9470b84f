using HipBand.Bot.Delivery;
using HipBand.Bot.Inbox;
using HipBand.Bot.Telegram;
using HipBand.Coaching.Storage;
using Microsoft.Extensions.Options;

namespace HipBand.Bot.Cluster;

/// <summary>
/// The inbox shared by processes on one database: any of them may store an update (the webhook behind a load
/// balancer), and each chat's updates are applied by the one process holding the chat's lease, in the order they
/// came. Every poll (and at once when an update is stored here) renews the leases held, takes chats with waiting
/// updates that nobody holds, and queues what waits for them; a chat whose queue ran dry is given up, so that the
/// next update goes to whichever process has it. A killed process's chats are taken once their leases run out.
/// </summary>
/// <remarks>
/// Every lease change happens on this one loop, so that a release can never undo a take of the same chat here. A row
/// read just as its turn commits is queued again and finds itself applied (the applied ids), which changes nothing.
/// </remarks>
internal sealed partial class SharedInbox(
    LeaseStore leases, ChatQueues queues, Instance instance, IOptions<ClusterOptions> options, IOptions<TelegramOptions> telegram, TimeProvider clock,
    ILogger<SharedInbox> logger) : BackgroundService
{
    private readonly ClusterOptions settings = options.Value;
    private readonly int takeAtOnce = Math.Max(1, telegram.Value.MaxConcurrentChats);
    private readonly WakeUp wake = new();
    private readonly Lock gate = new();
    private readonly HashSet<long> drained = [];
    private DateTimeOffset renewedAt = DateTimeOffset.MinValue;

    /// <summary>Something was stored or applied here: poll now rather than at the next interval.</summary>
    public void Wake() => wake.Notify();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        queues.Drained += OnDrained;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await ReleaseDrainedAsync(stoppingToken).ConfigureAwait(false);
                // Every lease held is renewed at least once a poll interval (a lease outlives three): at a wake-up half
                // an interval after the last renewal, else at the timed poll; a wake-up sooner only takes chats, and
                // renews those it finds updates for.
                var now = clock.GetUtcNow();
                var renew = now - renewedAt >= settings.PollInterval / 2;
                queues.Enqueue(await leases.TakeChatsAsync(instance.Id, settings.LeaseDuration, takeAtOnce, renew, stoppingToken).ConfigureAwait(false));
                if (renew)
                {
                    renewedAt = now;
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception error)
            {
                // The leases held run out if this goes on; the updates wait in the inbox.
                LogPollFailed(logger, error);
            }

            try
            {
                await wake.WaitAsync(settings.PollInterval, clock, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
    }

    /// <summary>Finishes the updates in hand, then gives up every chat, so that another process takes them at once.</summary>
    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken).ConfigureAwait(false);
        await queues.StopAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await leases.ReleaseAllChatsAsync(instance.Id, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            LogReleaseFailed(logger, error);
        }

        queues.Drained -= OnDrained;
    }

    private void OnDrained(long chatId)
    {
        lock (gate)
        {
            drained.Add(chatId);
        }

        wake.Notify();
    }

    /// <summary>Gives up the chats whose queue ran dry and has not been given anything since.</summary>
    private async Task ReleaseDrainedAsync(CancellationToken cancellationToken)
    {
        List<long> idle;
        lock (gate)
        {
            idle = [.. drained.Where(chat => !queues.IsBusy(chat))];
            drained.Clear();
        }

        if (idle.Count > 0)
        {
            await leases.ReleaseChatsAsync(instance.Id, idle, cancellationToken).ConfigureAwait(false);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Polling the shared inbox failed; trying again")]
    private static partial void LogPollFailed(ILogger logger, Exception error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The chat leases could not be released at shutdown; they run out on their own")]
    private static partial void LogReleaseFailed(ILogger logger, Exception error);
}
