namespace HipBand.Testing;

/// <summary>
/// Telegram's sending limits as the fake server enforces them: a private chat gets 3 messages at once and then 1 a
/// second, a group 20 a minute, the bot 30 a second in all. Each allows about 100 ms of slack, so that the timer
/// jitter of a bot keeping the same limits never trips it. A refused message costs nothing.
/// </summary>
public sealed class FloodControl(TimeProvider clock)
{
    private static readonly TimeSpan Slack = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan GroupWindow = TimeSpan.FromMinutes(1);
    private const int GroupPerWindow = 20;

    private readonly Lock gate = new();
    private readonly Dictionary<long, Bucket> privateChats = [];
    private readonly Dictionary<long, Queue<long>> groups = [];
    private readonly Bucket global = new(30, 30, clock.GetTimestamp());

    /// <summary>Books a message to <paramref name="chatId"/>; null if it may go, else how long Telegram says to wait.</summary>
    public TimeSpan? TryTake(long chatId)
    {
        lock (gate)
        {
            var now = clock.GetTimestamp();
            TimeSpan? wait = chatId < 0 ? GroupWait(chatId, now) : PrivateBucket(chatId, now).Wait(now, clock);
            wait ??= global.Wait(now, clock);
            if (wait is not null)
            {
                return wait;
            }

            global.Take();
            if (chatId < 0)
            {
                groups[chatId].Enqueue(now);
            }
            else
            {
                privateChats[chatId].Take();
            }

            return null;
        }
    }

    private Bucket PrivateBucket(long chatId, long now)
    {
        if (!privateChats.TryGetValue(chatId, out var bucket))
        {
            bucket = new Bucket(3, 1, now);
            privateChats[chatId] = bucket;
        }

        return bucket;
    }

    private TimeSpan? GroupWait(long chatId, long now)
    {
        if (!groups.TryGetValue(chatId, out var sent))
        {
            sent = new Queue<long>();
            groups[chatId] = sent;
        }

        while (sent.Count > 0 && clock.GetElapsedTime(sent.Peek(), now) >= GroupWindow - Slack)
        {
            sent.Dequeue();
        }

        return sent.Count < GroupPerWindow ? null : GroupWindow - clock.GetElapsedTime(sent.Peek(), now);
    }

    private sealed class Bucket
    {
        private readonly double capacity;
        private readonly double perSecond;
        private double tokens;
        private long stamp;

        public Bucket(double capacity, double perSecond, long stamp)
        {
            this.capacity = capacity;
            this.perSecond = perSecond;
            this.stamp = stamp;
            tokens = capacity;
        }

        /// <summary>Refills for the time passed; null when a token (less the slack) is there, else how long until one is.</summary>
        public TimeSpan? Wait(long now, TimeProvider clock)
        {
            tokens = Math.Min(capacity, tokens + (clock.GetElapsedTime(stamp, now).TotalSeconds * perSecond));
            stamp = now;
            var slack = Math.Max(0.1, Slack.TotalSeconds * perSecond);
            return tokens + slack >= 1 ? null : TimeSpan.FromSeconds((1 - tokens) / perSecond);
        }

        public void Take() => tokens -= 1;
    }
}
