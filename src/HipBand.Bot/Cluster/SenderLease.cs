using HipBand.Coaching.Storage;
using Microsoft.Extensions.Options;

namespace HipBand.Bot.Cluster;

/// <summary>
/// The one process of those sharing the database that sends the outbox: Telegram's limits (30 messages a second
/// overall, a chat's own) are then kept by one set of limiters, as with one process, and each row goes out from one
/// place. The others stand by, asking every poll, and one takes over once the sender's lease is released or runs out.
/// </summary>
/// <remarks>
/// The holder sends only during the first two thirds of the lease it last renewed: the last third is the margin for a
/// send in flight and clocks that differ a little, so that two senders never overlap.
/// </remarks>
internal sealed partial class SenderLease(LeaseStore leases, Instance instance, IOptions<ClusterOptions> options, TimeProvider clock, ILogger<SenderLease> logger)
    : BackgroundService
{
    public const string Role = "outbox-sender";

    private readonly ClusterOptions settings = options.Value;
    private long sendUntil;

    /// <summary>This process has just become the sender (or is again, after a renewal came too late): it should scan now.</summary>
    public event Action? Taken;

    private readonly Delivery.WakeUp askNow = new();

    /// <summary>Whether this process may send now.</summary>
    public bool Holds => clock.GetUtcNow().ToUnixTimeMilliseconds() < Interlocked.Read(ref sendUntil);

    /// <summary>This process held the role at its last renewal, and the time to send on it is up: renewing it is due.</summary>
    public bool Lapsed => Interlocked.Read(ref sendUntil) != 0 && !Holds;

    /// <summary>Renew now rather than at the next poll (the sender has rows and its sending time is up).</summary>
    public void AskNow() => askNow.Notify();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // The holder renews well before its sending time is up; one standing by asks as often, so that a released
        // role is taken at once (at shutdown), and an expired one within a poll.
        var margin = settings.LeaseDuration / 3;
        var askEvery = settings.PollInterval < margin ? settings.PollInterval : margin;
        while (!stoppingToken.IsCancellationRequested)
        {
            var asked = clock.GetUtcNow();
            try
            {
                var held = Holds;
                if (await leases.TakeRoleAsync(Role, instance.Id, settings.LeaseDuration, stoppingToken).ConfigureAwait(false))
                {
                    Interlocked.Exchange(ref sendUntil, (asked + settings.LeaseDuration - margin).ToUnixTimeMilliseconds());
                    if (!held)
                    {
                        LogTaken(logger, instance.Id);
                        Taken?.Invoke();
                    }
                }
                else
                {
                    Interlocked.Exchange(ref sendUntil, 0);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception error)
            {
                // Not renewed: the lease runs out on its own, and sending stops with it.
                LogRenewFailed(logger, error);
            }

            try
            {
                await askNow.WaitAsync(askEvery, clock, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
    }

    /// <summary>Stops sending, then gives the role up at once (the sender has stopped before: it was registered after this).</summary>
    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        Interlocked.Exchange(ref sendUntil, 0);
        await base.StopAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await leases.ReleaseRoleAsync(Role, instance.Id, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            LogReleaseFailed(logger, error);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "This process ({Instance}) sends the outbox now")]
    private static partial void LogTaken(ILogger logger, string instance);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The sender's lease could not be renewed; sending stops when it runs out")]
    private static partial void LogRenewFailed(ILogger logger, Exception error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The sender's lease could not be released; it runs out on its own")]
    private static partial void LogReleaseFailed(ILogger logger, Exception error);
}
