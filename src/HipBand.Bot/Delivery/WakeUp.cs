using System.Threading.Channels;

namespace HipBand.Bot.Delivery;

/// <summary>Wakes a waiting worker; a wake-up given while nobody waits is kept for the next wait.</summary>
internal sealed class WakeUp
{
    private readonly Channel<bool> wakeups = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    public void Notify() => wakeups.Writer.TryWrite(true);

    /// <summary>Forgets a wake-up given while nobody waited (its work has been taken already).</summary>
    public void Reset() => wakeups.Reader.TryRead(out _);

    /// <summary>Returns when notified or when <paramref name="timeout"/> has passed on <paramref name="clock"/>.</summary>
    public async Task WaitAsync(TimeSpan timeout, TimeProvider clock, CancellationToken cancellationToken)
    {
        try
        {
            await wakeups.Reader.WaitToReadAsync(cancellationToken).AsTask().WaitAsync(timeout, clock, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            // A scan is due anyway.
        }

        wakeups.Reader.TryRead(out _);
    }
}
