using HipBand.Bot.Reminders;
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
        QuartzStore.Prepare(storage, options);
        var clock = builder.Services.LastOrDefault(d => d.ServiceType == typeof(TimeProvider))?.ImplementationInstance as TimeProvider ?? TimeProvider.System;

        QuartzTimeZones.Register();
        builder.Services.AddQuartz(quartz =>
        {
            quartz.UseTimeProvider(clock);
            quartz.UsePersistentStore(store => QuartzStore.Configure(store, storage, options));
        });
        builder.Services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);

        builder.Services.AddSingleton<ReminderScheduler>();
        builder.Services.AddSingleton<ClockInputs>();
        builder.Services.AddHostedService<ScheduleReconciler>();
        builder.Services.AddSingleton<RestTimers>();
        if (ClusterRegistration.IsShared(builder.Configuration))
        {
            // Deadlines are claimed from the shared state table, by one process each.
            builder.AddSharedDatabase();
            builder.Services.AddHostedService<Cluster.SharedRestTimers>();
        }
        else
        {
            builder.Services.AddHostedService<RestTimersStart>();
        }
        return builder;
    }
}
