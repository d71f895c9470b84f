namespace HipBand.Bot.Telegram.Api;

/// <summary>When the Bot API last answered a call with success: the readiness report shows its age.</summary>
internal sealed class BotApiActivity(TimeProvider clock)
{
    private long lastSuccessTicks = -1;

    /// <summary>Null until the first success.</summary>
    public DateTimeOffset? LastSuccess => Interlocked.Read(ref lastSuccessTicks) is var ticks and >= 0 ? new DateTimeOffset(ticks, TimeSpan.Zero) : null;

    public void Succeeded() => Interlocked.Exchange(ref lastSuccessTicks, clock.GetUtcNow().UtcTicks);
}
