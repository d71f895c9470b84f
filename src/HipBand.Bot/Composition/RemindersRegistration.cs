using HipBand.Bot.Reminders;
using Microsoft.Data.Sqlite;
using Quartz;

namespace HipBand.Bot.Composition;

/// <summary>
/// Registers reminders on Quartz with its own SQLite store (the thin job, and schedule repair at start), and the rest
/// timers in process (their deadlines are in the state table).
/// </summary>
public static class RemindersRegistration
{
    public static IHostApplicationBuilder AddReminders(this IHostApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(RemindersOptions.Section);
        builder.Services.AddOptions<RemindersOptions>()
            .Bind(section)
            .Validate(o => !string.IsNullOrWhiteSpace(o.SqlitePath), "Reminders:SqlitePath must name Quartz's SQLite file.")
            .Validate(o => o.MisfireWindow > TimeSpan.Zero, "Reminders:MisfireWindow must be positive.")
            .Validate(o => o.AskAfterUnanswered > 0, "Reminders:AskAfterUnanswered must be positive.")
            .ValidateOnStart();

        // Quartz is configured here and now, so the values it needs are read here too.
        var options = section.Get<RemindersOptions>() ?? new RemindersOptions();
        var path = Path.GetFullPath(options.SqlitePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        UseWriteAheadLog(path);
        var clock = builder.Services.LastOrDefault(d => d.ServiceType == typeof(TimeProvider))?.ImplementationInstance as TimeProvider ?? TimeProvider.System;

        QuartzTimeZones.Register();
        builder.Services.AddQuartz(quartz =>
        {
            quartz.UseTimeProvider(clock);
            quartz.UsePersistentStore(store =>
            {
                store.UseSqlite($"Data Source={path};Default Timeout=30");
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
