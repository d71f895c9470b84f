using HipBand.Bot.Reminders;
using Microsoft.Data.Sqlite;
using Quartz;

namespace HipBand.Bot.Composition;

/// <summary>
/// Registers reminders on Quartz (the thin job, and schedule repair at start), and the rest timers in process (their
/// deadlines are in the state table). With SQLite, Quartz has a SQLite file of its own; with PostgreSQL its tables live
/// in the state database and the scheduler is clustered, so that several bot processes share the triggers and each
/// reminder fires on one of them (the claim of its slot still makes a second firing send nothing).
/// </summary>
public static class RemindersRegistration
{
    public static IHostApplicationBuilder AddReminders(this IHostApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(RemindersOptions.Section);
        builder.Services.AddOptions<RemindersOptions>()
            .Bind(section)
            .Validate(o => !string.IsNullOrWhiteSpace(o.SqlitePath), "Reminders:SqlitePath must name Quartz's SQLite file.")
            .Validate(o => o.ClusterCheckinInterval > TimeSpan.Zero, "Reminders:ClusterCheckinInterval must be positive.")
            .Validate(o => o.MisfireWindow > TimeSpan.Zero, "Reminders:MisfireWindow must be positive.")
            .Validate(o => o.AskAfterUnanswered > 0, "Reminders:AskAfterUnanswered must be positive.")
            .ValidateOnStart();

        // Quartz is configured here and now, so the values it needs are read here too.
        var options = section.Get<RemindersOptions>() ?? new RemindersOptions();
        var storage = builder.Configuration.GetSection(StorageOptions.Section).Get<StorageOptions>() ?? new StorageOptions();
        var onPostgres = storage.Provider == StorageProvider.Postgres;
        var path = Path.GetFullPath(options.SqlitePath);
        if (!onPostgres)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            UseWriteAheadLog(path);
        }

        var clock = builder.Services.LastOrDefault(d => d.ServiceType == typeof(TimeProvider))?.ImplementationInstance as TimeProvider ?? TimeProvider.System;

        QuartzTimeZones.Register();
        builder.Services.AddQuartz(quartz =>
        {
            quartz.UseTimeProvider(clock);
            quartz.UsePersistentStore(store =>
            {
                if (onPostgres)
                {
                    // Its qrtz_ tables beside ours; provisioning copes with another instance creating them at the same time.
                    store.UsePostgres(storage.ConnectionString!);
                    // Clustered, each process gets an instance id of its own (Quartz's AUTO; it generates one when none
                    // is set): the cluster tells its nodes apart by it.
                    store.UseClustering(c =>
                    {
                        c.CheckinInterval = options.ClusterCheckinInterval;
                        c.CheckinMisfireThreshold = options.ClusterCheckinInterval;
                    });
                }
                else
                {
                    store.UseSqlite($"Data Source={path};Default Timeout=30");
                }

                store.ProvisionSchema();

                // Up to the misfire window late (the bot was down), a reminder still fires with its own slot;
                // later ones are misfires and the triggers' DoNothing policy drops them.
                store.ConfigureStore(o => o.MisfireThreshold = options.MisfireWindow);
            });
        });
        builder.Services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);

        builder.Services.AddSingleton<ReminderScheduler>();
        builder.Services.AddSingleton<ClockInputs>();
        builder.Services.AddHostedService<ScheduleReconciler>();
        builder.Services.AddSingleton<RestTimers>();
        builder.Services.AddHostedService<RestTimersStart>();
        return builder;
    }

    /// <summary>
    /// WAL is a property of the database file, so it is set once here, before Quartz opens it: WAL makes each commit one
    /// append instead of a rollback journal's several syncs.
    /// </summary>
    private static void UseWriteAheadLog(string path)
    {
        using var connection = new SqliteConnection($"Data Source={path}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode = WAL;";
        command.ExecuteNonQuery();
    }
}
