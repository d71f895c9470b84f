namespace HipBand.Bot.Tests.Support;

/// <summary>
/// Tests that check Telegram's flood limits against a server that times arrivals: they run on their own, after the
/// rest, so that a busy machine's scheduling pauses do not compress the gaps between one chat's messages.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TimingSensitive
{
    public const string Name = "timing-sensitive";
}
