using Quartz;

namespace HipBand.Bot.Reminders;

/// <summary>Hands out one scheduler built outside the host (the copy to PostgreSQL), as the host's factory would.</summary>
internal sealed class OneScheduler(IScheduler scheduler) : ISchedulerFactory
{
    public ValueTask<List<IScheduler>> GetAllSchedulers(CancellationToken cancellationToken = default) => new([scheduler]);

    public ValueTask<IScheduler> GetScheduler(CancellationToken cancellationToken = default) => new(scheduler);

    public ValueTask<IScheduler?> LookupScheduler(string schedulerName, CancellationToken cancellationToken = default) => new(scheduler);
}
