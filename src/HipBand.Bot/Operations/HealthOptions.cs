namespace HipBand.Bot.Operations;

/// <summary>When the readiness report calls something Degraded. Section "Health".</summary>
public sealed class HealthOptions
{
    public const string Section = "Health";

    /// <summary>No successful Bot API call for this long is Degraded (a quiet hour in webhook mode makes no calls).</summary>
    public TimeSpan BotApiSilence { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>An outbox row older than this is Degraded (one chat's 429 can hold its rows for a while).</summary>
    public TimeSpan OutboxAge { get; set; } = TimeSpan.FromMinutes(5);
}
