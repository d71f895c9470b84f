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
        var slot = context.ScheduledFireTimeUtc ?? context.FireTimeUtc;
        if (data.GetString(ReminderTriggers.KindKey) == ReminderTriggers.RestKind)
        {
            await inputs.RestOverAsync(chatId, data.GetString(ReminderTriggers.QuestionKey) ?? "", cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await inputs.ReminderDueAsync(chatId, slot, cancellationToken).ConfigureAwait(false);
        }
    }
}
