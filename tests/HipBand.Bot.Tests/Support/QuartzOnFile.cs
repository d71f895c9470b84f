using HipBand.Testing.Engines;
using Quartz;

namespace HipBand.Bot.Tests.Support;

/// <summary>A real Quartz scheduler on a SQLite store file, built without a host and never started, so nothing fires.</summary>
public static class QuartzOnFile
{
    /// <summary>A store of its own for the path: the SQLite file, or on PostgreSQL the database it stands for (clustered, as the host's).</summary>
    public static async Task<IScheduler> BuildAsync(string path, TimeProvider clock) => await BuildOnAsync(await TestDatabases.ForFileAsync(path), clock, path);

    /// <summary>The store a bot on <paramref name="statePath"/> uses: its Quartz file beside it, or on PostgreSQL the state database.</summary>
    public static async Task<IScheduler> BuildForBotAsync(string statePath, TimeProvider clock)
    {
        var state = await TestDatabases.ForFileAsync(statePath);
        return await BuildOnAsync(state, clock, state.QuartzPath);
    }

    private static async Task<IScheduler> BuildOnAsync(TestDatabase database, TimeProvider clock, string sqlitePath)
    {
        // As the host does: the bot's zone ids must read back from the store.
        HipBand.Bot.Reminders.QuartzTimeZones.Register();
        return await QuartzSchedulerBuilder.Create(q =>
        {
            q.UseTimeProvider(clock);
            q.UsePersistentStore(s =>
            {
                if (database.Engine == TestEngine.Postgres)
                {
                    s.UsePostgres(database.ConnectionString!);
                    s.UseClustering();
                }
                else
                {
                    s.UseSqlite($"Data Source={sqlitePath}");
                }

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
