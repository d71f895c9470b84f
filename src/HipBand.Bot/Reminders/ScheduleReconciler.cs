using System.Globalization;
using HipBand.Coaching.Storage;
using Quartz;

namespace HipBand.Bot.Reminders;

/// <summary>
/// At start-up, makes Quartz agree with the stored schedules: a trainee whose trigger is missing or differs gets
/// it replaced, a trigger of someone who should not be reminded is removed. Covers a process that died between
/// saving a schedule and updating Quartz.
/// </summary>
internal sealed partial class ScheduleReconciler(
    ChatStore store,
    ISchedulerFactory schedulers,
    ReminderScheduler reminders,
    ILogger<ScheduleReconciler> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken).ConfigureAwait(false);
        var expected = (await store.ScheduledAsync(cancellationToken).ConfigureAwait(false)).ToDictionary(s => s.ChatId, s => s.Schedule);
        var repaired = 0;
        foreach (var (chatId, schedule) in expected)
        {
            var current = await scheduler.GetTrigger(ReminderTriggers.Schedule(chatId), cancellationToken).ConfigureAwait(false) as ICronTrigger;
            if (current?.CronExpressionString != ReminderTriggers.Cron(schedule) || current.TimeZone.Id != Coaching.Scheduling.TimeZones.Find(schedule.TimeZone).Id)
            {
                await reminders.SetScheduleAsync(scheduler, chatId, schedule, cancellationToken).ConfigureAwait(false);
                repaired++;
            }
        }

        var query = new TriggerQuery { Group = GroupMatcher<TriggerKey>.GroupEquals(ReminderTriggers.Group), Take = PagedQuery.All };
        var triggers = await scheduler.QueryTriggers(query, cancellationToken).ConfigureAwait(false);
        foreach (var trigger in triggers.Items)
        {
            if (trigger.Key.Name.StartsWith("schedule-", StringComparison.Ordinal)
                && long.TryParse(trigger.Key.Name["schedule-".Length..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var chatId)
                && !expected.ContainsKey(chatId))
            {
                await scheduler.UnscheduleJob(trigger.Key, cancellationToken).ConfigureAwait(false);
                repaired++;
            }
        }

        LogReconciled(logger, expected.Count, repaired);
    }

    /// <summary>Stops before Quartz does (hosted services stop in reverse order): what is queued is applied first.</summary>
    public Task StopAsync(CancellationToken cancellationToken) => reminders.FlushAsync(cancellationToken);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Count} trainee(s) with reminders; {Repaired} trigger(s) repaired")]
    private static partial void LogReconciled(ILogger logger, int count, int repaired);
}
