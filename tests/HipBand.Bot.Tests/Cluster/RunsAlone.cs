namespace HipBand.Bot.Tests.Cluster;

/// <summary>
/// The drill runs on the real clock with processes of its own: alone, after the parallel tests, so that its figures
/// (how long a send stays in flight, how long it takes) are the bot's and not the machine's other work.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class RunsAlone
{
    public const string Name = "drill";
}
