using HipBand.Bot.Composition;
using HipBand.Bot.Reminders;
using HipBand.Coaching.Storage;
using Quartz;

namespace HipBand.Bot.Storage;

/// <summary>
/// <c>copy-to-postgres "&lt;connection string&gt;"</c>: moves an installation to PostgreSQL. Copies every table of the
/// SQLite database the settings name (<c>Storage:SqlitePath</c>) into an empty PostgreSQL database, then builds the
/// Quartz reminders there from the copied schedules (Quartz's own SQLite file is not copied: its triggers follow from
/// the schedules, and the clustered store on PostgreSQL is made fresh). The bot is meant to be stopped meanwhile.
/// </summary>
internal static class CopyToPostgresCommand
{
    public const string Name = "copy-to-postgres";

    public static bool Requested(IReadOnlyList<string> args) => args.Count > 0 && string.Equals(args[0], Name, StringComparison.OrdinalIgnoreCase);

    /// <returns>The exit code: 0 copied, 1 refused or failed, 2 a wrong command line.</returns>
    public static async Task<int> RunAsync(
        IReadOnlyList<string> args, IReadOnlyDictionary<string, string?>? settings = null, TextWriter? output = null, TextWriter? errors = null, TimeProvider? clock = null)
    {
        output ??= Console.Out;
        errors ??= Console.Error;
        clock ??= TimeProvider.System;
        if (args.Count != 2 || string.IsNullOrWhiteSpace(args[1]))
        {
            await errors.WriteLineAsync($"Usage: {Name} \"<PostgreSQL connection string>\"  copies the SQLite database at Storage:SqlitePath into an empty PostgreSQL database.").ConfigureAwait(false);
            return 2;
        }

        // The same settings the bot reads (appsettings.json, the environment), but not the command line: the
        // connection string is an argument here, not a setting.
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [], ContentRootPath = AppContext.BaseDirectory });
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }

        using var host = builder.Build();
        var configuration = host.Services.GetRequiredService<IConfiguration>();
        var loggers = host.Services.GetRequiredService<ILoggerFactory>();
        var storage = configuration.GetSection(StorageOptions.Section).Get<StorageOptions>() ?? new StorageOptions();
        var reminders = configuration.GetSection(RemindersOptions.Section).Get<RemindersOptions>() ?? new RemindersOptions();
        var sqlite = Path.GetFullPath(storage.SqlitePath);
        if (!File.Exists(sqlite))
        {
            await errors.WriteLineAsync($"There is no SQLite database at {sqlite} (Storage:SqlitePath): nothing to copy.").ConfigureAwait(false);
            return 1;
        }

        var target = new StorageOptions { Provider = StorageProvider.Postgres, ConnectionString = args[1] };
        await using var from = new Database(new SqliteDialect(sqlite, storage.Durability));
        await using var to = new Database(target.CreateDialect());
        var result = await PostgresCopy.CopyAsync(from, to, clock).ConfigureAwait(false);
        if (!result.Succeeded)
        {
            await errors.WriteLineAsync(result.RefusedBecause).ConfigureAwait(false);
            return 1;
        }

        await output.WriteLineAsync($"Copied {sqlite} into PostgreSQL:").ConfigureAwait(false);
        foreach (var (table, rows) in result.Copied)
        {
            await output.WriteLineAsync($"  {table}: {rows} row(s)").ConfigureAwait(false);
        }

        var scheduled = await RebuildRemindersAsync(to, target, reminders, clock, loggers).ConfigureAwait(false);
        await output.WriteLineAsync($"Reminders built for {scheduled} trainee(s). Start the bot with Storage__Provider=Postgres and Storage__ConnectionString set to the same connection string.").ConfigureAwait(false);
        return 0;
    }

    /// <summary>Builds the clustered store's triggers from the copied schedules, as the bot's start-up repair does; nothing fires meanwhile.</summary>
    private static async Task<int> RebuildRemindersAsync(Database database, StorageOptions target, RemindersOptions options, TimeProvider clock, ILoggerFactory loggers)
    {
        QuartzTimeZones.Register();
        var scheduler = await QuartzSchedulerBuilder.Create(q =>
        {
            q.UseTimeProvider(clock);
            q.UsePersistentStore(store => QuartzStore.Configure(store, target, options));
        }).BuildScheduler().ConfigureAwait(false);
        try
        {
            var store = new ChatStore(database, clock);
            var factory = new OneScheduler(scheduler);
            await using var reminders = new ReminderScheduler(factory, store, clock, loggers.CreateLogger<ReminderScheduler>());
            await new ScheduleReconciler(store, factory, reminders, loggers.CreateLogger<ScheduleReconciler>()).StartAsync(CancellationToken.None).ConfigureAwait(false);
            return (await store.ScheduledAsync().ConfigureAwait(false)).Count;
        }
        finally
        {
            await scheduler.Shutdown(false).ConfigureAwait(false);
        }
    }
}
