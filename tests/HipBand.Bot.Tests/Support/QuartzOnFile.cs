using Quartz;

namespace HipBand.Bot.Tests.Support;

/// <summary>A real Quartz scheduler on a SQLite store file, built without a host and never started, so nothing fires.</summary>
public static class QuartzOnFile
{
    public static async Task<IScheduler> BuildAsync(string path, TimeProvider clock)
    {
        // As the host does: the bot's zone ids must read back from the store.
        HipBand.Bot.Reminders.QuartzTimeZones.Register();
        return await QuartzSchedulerBuilder.Create(q =>
        {
            q.UseTimeProvider(clock);
            q.UsePersistentStore(s =>
            {
                s.UseSqlite($"Data Source={path}");
                s.ProvisionSchema();
            });
        }).BuildScheduler();
    }

    /// <summary>Hands out one scheduler, as the host's factory would.</summary>
    public sealed class Factory(IScheduler scheduler) : ISchedulerFactory
    {
        public ValueTask<List<IScheduler>> GetAllSchedulers(CancellationToken cancellationToken = default) => new([scheduler]);

        public ValueTask<IScheduler> GetScheduler(CancellationToken cancellationToken = default) => new(scheduler);

        public ValueTask<IScheduler?> LookupScheduler(string schedulerName, CancellationToken cancellationToken = default) => new(scheduler);
    }
}
