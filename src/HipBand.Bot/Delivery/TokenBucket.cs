namespace HipBand.Bot.Delivery;

/// <summary>A token bucket on an injected clock. <see cref="Reserve"/> books the next slot and says how long to wait for it.</summary>
internal sealed class TokenBucket
{
    private readonly Lock gate = new();
    private readonly double capacity;
    private readonly double perSecond;
    private readonly TimeProvider clock;
    private double tokens;
    private long stamp;

    public TokenBucket(double capacity, double perSecond, TimeProvider clock)
    {
        this.capacity = capacity;
        this.perSecond = perSecond;
        this.clock = clock;
        tokens = capacity;
        stamp = clock.GetTimestamp();
    }

    /// <summary>True when the bucket has refilled to capacity: forgetting it now would change nothing.</summary>
    public bool IsFull
    {
        get
        {
            lock (gate)
            {
                return tokens + (clock.GetElapsedTime(stamp).TotalSeconds * perSecond) >= capacity;
            }
        }
    }

    /// <summary>Takes one token, going into debt if there is none; the wait is how long until that debt is paid.</summary>
    public TimeSpan Reserve()
    {
        lock (gate)
        {
            var now = clock.GetTimestamp();
            tokens = Math.Min(capacity, tokens + (clock.GetElapsedTime(stamp, now).TotalSeconds * perSecond));
            stamp = now;
            tokens -= 1;
            return tokens >= 0 ? TimeSpan.Zero : TimeSpan.FromSeconds(-tokens / perSecond);
        }
    }
}
