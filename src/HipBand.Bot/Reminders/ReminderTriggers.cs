using System.Globalization;
using HipBand.Coaching.Scheduling;
using Quartz;
using TimeZones = HipBand.Coaching.Scheduling.TimeZones;

namespace HipBand.Bot.Reminders;

/// <summary>
/// The Quartz keys and triggers of a chat: one durable job per chat, and at most one trigger of each kind
/// (the weekly schedule, a snoozed reminder), so that scheduling one replaces the last.
/// </summary>
internal static class ReminderTriggers
{
    public const string Group = "reminders";

    public const string ChatKey = "chat";
    public const string KindKey = "kind";
    public const string QuestionKey = "question";

    public const string ReminderKind = "reminder";

    /// <summary>A rest timer trigger, as releases before the in-process rest timers wrote them: still read, never written.</summary>
    public const string RestKind = "rest";

    public static JobKey Job(long chatId) => new(Name("chat", chatId), Group);

    public static TriggerKey Schedule(long chatId) => new(Name("schedule", chatId), Group);

    public static TriggerKey Snooze(long chatId) => new(Name("snooze", chatId), Group);

    public static IJobDetail JobFor(long chatId) => JobBuilder.Create<ClockJob>()
        .WithIdentity(Job(chatId))
        .UsingJobData(ChatKey, chatId)
        .StoreDurably()
        // A firing in hand when its process died is run again (by another node, or at the next start); the slot's
        // claim makes it send once, and the recovery keeps the slot's scheduled time.
        .RequestRecovery()
        .Build();

    /// <summary>Quartz's cron for a schedule: seconds, minutes, hours, day of month, month, days of week.</summary>
    public static string Cron(Schedule schedule) => string.Create(
        CultureInfo.InvariantCulture,
        $"0 {schedule.Time.Minute} {schedule.Time.Hour} ? * {string.Join(',', schedule.Days.Days().Select(d => d.ToString()[..3].ToUpperInvariant()))}");

    /// <summary>
    /// The weekly reminder in the person's own zone, so it stays at their clock time across daylight-saving changes.
    /// Misfires are dropped (DoNothing): with the store's misfire threshold at the misfire window, a reminder up to
    /// that late still fires with its own slot; a later one is skipped and the next slot is kept.
    /// </summary>
    public static ITrigger ScheduleTrigger(long chatId, Schedule schedule, TimeProvider clock) =>
        TriggerBuilder.Create(clock)
            .WithIdentity(Schedule(chatId))
            .ForJob(Job(chatId))
            .UsingJobData(KindKey, ReminderKind)
            .WithSchedule(CronScheduleBuilder.Create(Cron(schedule))
                .InTimeZone(TimeZones.Find(schedule.TimeZone))
                .WithMisfireInstruction(CronTriggerMisfireInstruction.DoNothing))
            .Build();

    /// <summary>"In 1 hour": one reminder at <paramref name="at"/>, dropped if it would come later than the window allows.</summary>
    public static ITrigger SnoozeTrigger(long chatId, DateTimeOffset at, TimeProvider clock) =>
        TriggerBuilder.Create(clock)
            .WithIdentity(Snooze(chatId))
            .ForJob(Job(chatId))
            .UsingJobData(KindKey, ReminderKind)
            .StartAt(at)
            .WithSchedule(SimpleScheduleBuilder.Create().WithMisfireInstruction(SimpleTriggerMisfireInstruction.NextWithRemainingCount))
            .Build();

    private static string Name(string kind, long chatId) => string.Create(CultureInfo.InvariantCulture, $"{kind}-{chatId}");
}
