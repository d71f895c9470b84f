using System.Globalization;
using Quartz;

namespace HipBand.Bot.Reminders;

/// <summary>
/// The one Quartz job: reads which chat and which kind of clock event from the trigger's data, and hands it
/// to <see cref="ClockInputs"/>. Typed getters, because a persistent store gives values back as other types.
/// </summary>
internal sealed class ClockJob(ClockInputs inputs) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var data = context.MergedJobDataMap;
        var chatId = data.GetLong(ReminderTriggers.ChatKey);
        if (data.GetString(ReminderTriggers.KindKey) == ReminderTriggers.RestKind)
        {
            await inputs.RestOverAsync(chatId, data.GetString(ReminderTriggers.QuestionKey) ?? "", cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await inputs.ReminderDueAsync(chatId, Slot(context), cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// The slot a firing is for, which its claim is keyed by. A recovery (the firing's process died) runs on a trigger
    /// of its own, scheduled when it is recovered: the slot it stands for is in its data, to the second (Quartz writes
    /// it as text without milliseconds), so every slot is taken to the second, recovered or not.
    /// </summary>
    private static DateTimeOffset Slot(IJobExecutionContext context)
    {
        var slot = context.ScheduledFireTimeUtc ?? context.FireTimeUtc;
        if (context.Recovering && context.MergedJobDataMap.GetString(SchedulerConstants.FailedJobOriginalTriggerScheduledFireTime) is { } original
            && DateTimeOffset.TryParse(original, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var scheduled))
        {
            slot = scheduled;
        }

        return DateTimeOffset.FromUnixTimeSeconds(slot.ToUnixTimeSeconds());
    }
}
