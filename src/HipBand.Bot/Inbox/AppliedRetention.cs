namespace HipBand.Bot.Inbox;

/// <summary>How long applied update ids are kept: far longer than Telegram could deliver one again (24 hours at most).</summary>
internal static class AppliedRetention
{
    public static readonly TimeSpan Kept = TimeSpan.FromDays(7);

    public static readonly TimeSpan PruneEvery = TimeSpan.FromHours(6);
}
