using System.Globalization;
using HipBand.Coaching.Storage;
using Quartz;

namespace HipBand.Bot.Reminders;

/// <summary>
/// At start-up, makes Quartz agree with the stored schedules: a trainee whose trigger is missing or differs gets
/// it replaced, a trigger of someone who should not be reminded is removed. Covers a process that died between
/// saving a schedule and updating Quartz, and triggers an older release wrote with a zone id Quartz cannot read.
/// Each chat is repaired on its own: one chat's data never stops the start or anyone else's reminders.
/// </summary>
internal sealed partial class ScheduleReconciler(
    ChatStore store,
    ISchedulerFactory schedulers,
    ReminderScheduler reminders,
    ILogger<ScheduleReconciler> logger) : IHostedService
{
    private const string SchedulePrefix = "schedule-";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken).ConfigureAwait(false);
        var expected = (await store.ScheduledAsync(cancellationToken).ConfigureAwait(false)).ToDictionary(s => s.ChatId, s => s.Schedule);
        var repaired = 0;
        foreach (var (chatId, schedule) in expected)
        {
            if (await RepairAsync(scheduler, chatId, schedule, cancellationToken).ConfigureAwait(false))
            {
                repaired++;
            }
        }

        // Keys only: reading every trigger would fail on the first one that cannot be read.
        var keys = await scheduler.GetTriggerKeys(GroupMatcher<TriggerKey>.GroupEquals(ReminderTriggers.Group), cancellationToken).ConfigureAwait(false);
        foreach (var key in keys)
        {
            if (key.Name.StartsWith(SchedulePrefix, StringComparison.Ordinal)
                && long.TryParse(key.Name[SchedulePrefix.Length..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var chatId)
                && !expected.ContainsKey(chatId))
            {
                try
                {
                    await scheduler.UnscheduleJob(key, cancellationToken).ConfigureAwait(false);
                    repaired++;
                }
                catch (Exception error) when (error is not OperationCanceledException)
                {
                    LogRepairFailed(logger, chatId, error);
                }
            }
        }

        LogReconciled(logger, expected.Count, repaired);
    }

    /// <summary>Stops before Quartz does (hosted services stop in reverse order): what is queued is applied first.</summary>
    public Task StopAsync(CancellationToken cancellationToken) => reminders.FlushAsync(cancellationToken);

    /// <summary>True when the chat's trigger had to be replaced.</summary>
    private async Task<bool> RepairAsync(IScheduler scheduler, long chatId, Coaching.Scheduling.Schedule schedule, CancellationToken cancellationToken)
    {
        if (Coaching.Scheduling.TimeZones.Resolve(schedule.TimeZone) is null)
        {
            LogUnknownZone(logger, chatId, schedule.TimeZone);
        }

        try
        {
            var current = await scheduler.GetTrigger(ReminderTriggers.Schedule(chatId), cancellationToken).ConfigureAwait(false) as ICronTrigger;
            if (current?.CronExpressionString == ReminderTriggers.Cron(schedule) && current.TimeZone.Id == Coaching.Scheduling.TimeZones.Find(schedule.TimeZone).Id)
            {
                if ((await scheduler.GetJobDetail(ReminderTriggers.Job(chatId), cancellationToken).ConfigureAwait(false))?.RequestsRecovery == true)
                {
                    return false;
                }

                // Stored by a release before jobs asked for recovery: a firing in hand at a crash would be lost rather
                // than run again. Only the job is stored again; its triggers keep their next fire times (a late slot
                // Quartz is about to fire still fires).
                await scheduler.AddJob(ReminderTriggers.JobFor(chatId), new AddJobOptions { Replace = true }, cancellationToken).ConfigureAwait(false);
                return true;
            }


            await reminders.SetScheduleAsync(scheduler, chatId, schedule, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            // Whatever Quartz holds for this chat cannot be read or replaced: rebuild it from the stored schedule.
            try
            {
                await reminders.RebuildAsync(scheduler, chatId, schedule, cancellationToken).ConfigureAwait(false);
                LogUnreadable(logger, chatId, error);
                return true;
            }
            catch (Exception again) when (again is not OperationCanceledException)
            {
                LogRepairFailed(logger, chatId, again);
                return false;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Count} trainee(s) with reminders; {Repaired} trigger(s) repaired")]
    private static partial void LogReconciled(ILogger logger, int count, int repaired);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The time zone {Zone} of chat {ChatId} is not known on this machine; their reminders come at UTC times until it is")]
    private static partial void LogUnknownZone(ILogger logger, long chatId, string zone);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The reminders of chat {ChatId} could not be read; they were rebuilt from the stored schedule")]
    private static partial void LogUnreadable(ILogger logger, long chatId, Exception error);

    [LoggerMessage(Level = LogLevel.Error, Message = "The reminders of chat {ChatId} could not be repaired; other chats are not affected")]
    private static partial void LogRepairFailed(ILogger logger, long chatId, Exception error);
}
