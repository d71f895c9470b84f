using HipBand.Coaching.Dialog;
using HipBand.Coaching.Scheduling;
using HipBand.Coaching.Storage;
using System.Threading.Channels;
using Quartz;

namespace HipBand.Bot.Reminders;

/// <summary>
/// Applies the dialog's schedule effects (the weekly reminder, a snooze) to Quartz, idempotently (every change replaces
/// or removes the chat's trigger of that kind), in the order they were committed, off the path of the reply: a turn
/// queues its effects and returns. Queued effects for one chat and one kind of trigger collapse to the last. If the
/// process dies first, <see cref="ScheduleReconciler"/> repairs schedules on the next start. Rest timers are not
/// Quartz's: see <see cref="RestTimers"/>.
/// </summary>
internal sealed partial class ReminderScheduler : IAsyncDisposable
{
    private readonly ISchedulerFactory schedulers;
    private readonly ChatStore store;
    private readonly TimeProvider clock;
    private readonly ILogger<ReminderScheduler> logger;
    private readonly Channel<(long ChatId, Effect Effect)> queue = Channel.CreateUnbounded<(long, Effect)>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Task loop;

    public ReminderScheduler(ISchedulerFactory schedulers, ChatStore store, TimeProvider clock, ILogger<ReminderScheduler> logger)
    {
        this.schedulers = schedulers;
        this.store = store;
        this.clock = clock;
        this.logger = logger;
        loop = Task.Run(RunAsync);
    }

    /// <summary>Queues a committed turn's schedule or timer change; it is applied off the reply's path.</summary>
    public Task ApplyAsync(long chatId, Effect effect, CancellationToken cancellationToken)
    {
        queue.Writer.TryWrite((chatId, effect));
        return Task.CompletedTask;
    }

    /// <summary>The person blocked the bot or deleted their data: no more reminders (a new setup brings them back).</summary>
    public Task StopAllForAsync(long chatId, CancellationToken cancellationToken)
    {
        queue.Writer.TryWrite((chatId, new Unscheduled()));
        return Task.CompletedTask;
    }

    /// <summary>Completes once everything queued so far has been applied (for shutdown and tests).</summary>
    public async Task FlushAsync(CancellationToken cancellationToken = default)
    {
        var done = new Flushed();
        queue.Writer.TryWrite((0, done));
        await done.Applied.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        queue.Writer.TryComplete();
        await loop.ConfigureAwait(false);
    }

    /// <summary>Makes the chat's weekly trigger match <paramref name="schedule"/> (none when null).</summary>
    public async Task SetScheduleAsync(IScheduler scheduler, long chatId, Schedule? schedule, CancellationToken cancellationToken)
    {
        if (schedule is null)
        {
            await scheduler.UnscheduleJob(ReminderTriggers.Schedule(chatId), cancellationToken).ConfigureAwait(false);
            return;
        }

        await ScheduleAsync(scheduler, chatId, ReminderTriggers.ScheduleTrigger(chatId, schedule, clock), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Replaces whatever Quartz holds for the chat (unreadable, say) by the trigger of its stored schedule.</summary>
    public async Task RebuildAsync(IScheduler scheduler, long chatId, Schedule? schedule, CancellationToken cancellationToken)
    {
        await scheduler.DeleteJob(ReminderTriggers.Job(chatId), cancellationToken).ConfigureAwait(false);
        await SetScheduleAsync(scheduler, chatId, schedule, cancellationToken).ConfigureAwait(false);
    }

    private async Task RunAsync()
    {
        var batch = new List<(long ChatId, Effect Effect)>();
        while (await queue.Reader.WaitToReadAsync().ConfigureAwait(false))
        {
            batch.Clear();
            while (queue.Reader.TryRead(out var item))
            {
                batch.Add(item);
            }

            foreach (var (chatId, effect) in Coalesce(batch))
            {
                await TryAsync(chatId, () => ApplyNowAsync(chatId, effect, CancellationToken.None)).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Applies one chat's change; if Quartz fails on it, the chat is rebuilt from its stored schedule, alone.</summary>
    private async Task TryAsync(long chatId, Func<Task> apply)
    {
        try
        {
            await apply().ConfigureAwait(false);
        }
        catch (Exception error)
        {
            try
            {
                var scheduler = await schedulers.GetScheduler().ConfigureAwait(false);
                await RebuildAsync(scheduler, chatId, await store.ScheduleOfAsync(chatId).ConfigureAwait(false), CancellationToken.None).ConfigureAwait(false);
                LogRebuilt(logger, chatId, error);
            }
            catch (Exception again)
            {
                LogApplyFailed(logger, chatId, again);
            }
        }
    }

    /// <summary>Keeps, per chat and kind of trigger, only the last effect queued, in their order.</summary>
    private static IEnumerable<(long ChatId, Effect Effect)> Coalesce(List<(long ChatId, Effect Effect)> batch)
    {
        var last = new Dictionary<(long, string), int>();
        for (var i = 0; i < batch.Count; i++)
        {
            last[(batch[i].ChatId, KindOf(batch[i].Effect))] = i;
        }

        return batch.Where((item, i) => last[(item.ChatId, KindOf(item.Effect))] == i);
    }

    private static string KindOf(Effect effect) => effect switch
    {
        ScheduleChanged => "schedule",
        ReminderSnoozed => "snooze",
        Unscheduled => "all",
        _ => effect.GetType().Name + effect.GetHashCode(),
    };

    private async Task ApplyNowAsync(long chatId, Effect effect, CancellationToken cancellationToken)
    {
        if (effect is Flushed flushed)
        {
            flushed.Applied.TrySetResult();
            return;
        }

        var scheduler = await schedulers.GetScheduler(cancellationToken).ConfigureAwait(false);
        switch (effect)
        {
            case Unscheduled:
                await scheduler.DeleteJob(ReminderTriggers.Job(chatId), cancellationToken).ConfigureAwait(false);
                break;
            case ScheduleChanged changed:
                await SetScheduleAsync(scheduler, chatId, changed.Schedule, cancellationToken).ConfigureAwait(false);
                break;
            case ReminderSnoozed snoozed:
                await ScheduleAsync(scheduler, chatId, ReminderTriggers.SnoozeTrigger(chatId, snoozed.At, clock), cancellationToken).ConfigureAwait(false);
                break;
        }
    }

    private static async Task ScheduleAsync(IScheduler scheduler, long chatId, ITrigger trigger, CancellationToken cancellationToken)
    {
        await scheduler.AddJob(ReminderTriggers.JobFor(chatId), new AddJobOptions { Replace = true }, cancellationToken).ConfigureAwait(false);
        await scheduler.ScheduleTrigger(trigger, TriggerConflict.Replace, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Internal marker: remove every trigger of the chat.</summary>
    private sealed record Unscheduled : Effect;

    /// <summary>Internal marker: everything before it has been applied.</summary>
    private sealed record Flushed : Effect
    {
        public TaskCompletionSource Applied { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Updating the reminders of chat {ChatId} failed; they were rebuilt from the stored schedule")]
    private static partial void LogRebuilt(ILogger logger, long chatId, Exception error);

    [LoggerMessage(Level = LogLevel.Error, Message = "The reminders of chat {ChatId} could not be updated or rebuilt; the schedule is repaired at the next start")]
    private static partial void LogApplyFailed(ILogger logger, long chatId, Exception error);
}
