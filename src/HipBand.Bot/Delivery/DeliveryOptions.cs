namespace HipBand.Bot.Delivery;

/// <summary>Telegram's sending limits, as the sender keeps them. Section "Delivery".</summary>
public sealed class DeliveryOptions
{
    public const string Section = "Delivery";

    /// <summary>Off only for load tests against a fake server: these are Telegram's limits, not ours.</summary>
    public bool RateLimits { get; set; } = true;

    /// <summary>Messages per second across all chats.</summary>
    public double GlobalPerSecond { get; set; } = 30;

    /// <summary>Messages per second in one private chat, after the burst.</summary>
    public double PrivateChatPerSecond { get; set; } = 1;

    /// <summary>Messages one private chat may get at once before the per-second limit applies.</summary>
    public int PrivateChatBurst { get; set; } = 3;

    /// <summary>Messages per minute in one group chat.</summary>
    public double GroupPerMinute { get; set; } = 20;

    /// <summary>First wait after a network error or a 5xx; doubled each time up to <see cref="MaxRetryDelay"/>, with jitter.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>More messages than this waiting for one chat, and a reply that only repeats a hint or the question replaces the waiting ones.</summary>
    public int MaxPendingPerChat { get; set; } = 5;

    /// <summary>One chat's outbox rows never pass this; reaching it is logged once per burst.</summary>
    public int MaxOutboxPerChat { get; set; } = 50;

    /// <summary>Messages a chat may send within <see cref="InboundWindow"/> and still get every answer; beyond, one line per window.</summary>
    public int InboundLimit { get; set; } = 20;

    public TimeSpan InboundWindow { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How often the outbox table is read for rows this process was not told about (after a restart, say).</summary>
    public TimeSpan OutboxScanInterval { get; set; } = TimeSpan.FromSeconds(1);
}
