using HipBand.Bot.Delivery;
using HipBand.Bot.Inbox;
using HipBand.Coaching.Storage;

namespace HipBand.Bot.Telegram.Webhook;

/// <summary>
/// Webhook mode's counterpart of long polling: connects, lets the outbox and the inbox left by an earlier run go first,
/// then opens the door to the webhook endpoint and only then asks Telegram to post (so that nothing new overtakes what
/// was waiting). Shutting down, the updates in hand are finished; the rest waits in the inbox. The webhook stays set,
/// so that Telegram keeps updates while the bot restarts.
/// </summary>
internal sealed partial class WebhookReceiver(
    BotStartup startup,
    WebhookRegistration registration,
    OutboxSender sender,
    TransportStore store,
    UpdateDoor door,
    ChatQueues queues,
    TimeProvider clock,
    IHostApplicationLifetime lifetime,
    ILogger<WebhookReceiver> logger) : BackgroundService
{
    private readonly TaskCompletionSource open = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes once updates may come through the door.</summary>
    public Task Open => open.Task;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!await startup.ConnectAsync(stoppingToken).ConfigureAwait(false))
        {
            TokenRejection.Stop(logger, lifetime);
            return;
        }

        await sender.Ready.WaitAsync(stoppingToken).ConfigureAwait(false);
        await store.PruneAppliedAsync(AppliedRetention.Kept, stoppingToken).ConfigureAwait(false);
        await door.ResumeAsync(stoppingToken).ConfigureAwait(false);
        open.TrySetResult();

        if (!await registration.RegisterAsync(stoppingToken).ConfigureAwait(false))
        {
            TokenRejection.Stop(logger, lifetime);
            return;
        }

        await startup.SetCommandsAsync(stoppingToken).ConfigureAwait(false);
        while (!stoppingToken.IsCancellationRequested)
        {
            await Task.Delay(AppliedRetention.PruneEvery, clock, stoppingToken).ConfigureAwait(false);
            await store.PruneAppliedAsync(AppliedRetention.Kept, stoppingToken).ConfigureAwait(false);
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken).ConfigureAwait(false);
        await queues.StopAsync(CancellationToken.None).ConfigureAwait(false);
    }
}
