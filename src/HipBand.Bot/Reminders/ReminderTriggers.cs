using System.Globalization;
using HipBand.Coaching.Scheduling;
using Quartz;
using TimeZones = HipBand.Coaching.Scheduling.TimeZones;

namespace HipBand.Bot.Reminders;

/// <summary>
/// The Quartz keys and triggers of a chat: one durable job per chat, and at most one trigger of each kind
/// (the weekly schedule, a snoozed reminder, a rest timer), so that scheduling one replaces the last.
/// </summary>
internal static class ReminderTriggers
{
    public const string Group = "reminders";
    public const string RestGroup = "rest";

    public const string ChatKey = "chat";
    public const string KindKey = "kind";
    public const string QuestionKey = "question";

    public const string ReminderKind = "reminder";
    public const string RestKind = "rest";

    public static JobKey Job(long chatId) => new(Name("chat", chatId), Group);

    public static TriggerKey Schedule(long chatId) => new(Name("schedule", chatId), Group);

    public static TriggerKey Snooze(long chatId) => new(Name("snooze", chatId), Group);

    public static TriggerKey Rest(long chatId) => new(Name("rest", chatId), RestGroup);

    public static IJobDetail JobFor(long chatId) => JobBuilder.Create<ClockJob>()
        .WithIdentity(Job(chatId))
        .UsingJobData(ChatKey, chatId)
        .StoreDurably()
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

    /// <summary>A rest timer: one nudge at <paramref name="dueAt"/> for the set named by <paramref name="questionKey"/>.</summary>
    public static ITrigger RestTrigger(long chatId, DateTimeOffset dueAt, string questionKey, TimeProvider clock) =>
        TriggerBuilder.Create(clock)
            .WithIdentity(Rest(chatId))
            .ForJob(Job(chatId))
            .UsingJobData(KindKey, RestKind)
            .UsingJobData(QuestionKey, questionKey)
            .StartAt(dueAt)
            .Build();

    private static string Name(string kind, long chatId) => string.Create(CultureInfo.InvariantCulture, $"{kind}-{chatId}");
}
