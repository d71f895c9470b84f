using System.Diagnostics.Metrics;
using HipBand.Coaching.Storage;

namespace HipBand.Bot.Operations;

/// <summary>
/// The bot's instruments, on one <see cref="Meter"/>. Recording costs next to nothing when nobody listens, so the code
/// always records; OpenTelemetry listens only when an exporter is configured. The gauges read the database when collected.
/// </summary>
internal sealed partial class BotMetrics
{
    public const string MeterName = "HipBand.Bot";

    /// <summary>A reminder sent later than this after its slot counts as late (it was still within the misfire window).</summary>
    public static readonly TimeSpan LateAfter = TimeSpan.FromMinutes(1);

    private readonly Counter<long> updates;
    private readonly Histogram<double> turns;
    private readonly Counter<long> sends;
    private readonly Counter<long> tooManyRequests;
    private readonly Counter<double> tooManyRequestsWait;
    private readonly Counter<long> remindersFired;
    private readonly Counter<long> remindersLate;
    private readonly Counter<long> remindersDropped;
    private readonly OperationsStore store;
    private readonly TimeProvider clock;
    private readonly ILogger<BotMetrics> logger;

    public BotMetrics(IMeterFactory meters, OperationsStore store, TimeProvider clock, ILogger<BotMetrics> logger)
    {
        this.store = store;
        this.clock = clock;
        this.logger = logger;
        var meter = meters.Create(MeterName);
        updates = meter.CreateCounter<long>("hipband.updates.handled", "{update}", "Updates applied, by kind (dialog, group, blocked, ignored, failed)");
        turns = meter.CreateHistogram<double>(
            "hipband.turn.duration",
            "s",
            "One turn, from loading the chat to its commit, by source (update, reminder, rest, terminal)",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5] });
        sends = meter.CreateCounter<long>("hipband.sends", "{request}", "Outbox sends, by result (ok, too_many_requests, transient, forbidden, bad_request, unauthorized)");
        tooManyRequests = meter.CreateCounter<long>("hipband.telegram.too_many_requests", "{response}", "429 answers from Telegram");
        tooManyRequestsWait = meter.CreateCounter<double>("hipband.telegram.too_many_requests.wait", "s", "Total retry_after waited after 429s");
        remindersFired = meter.CreateCounter<long>("hipband.reminders.fired", "{reminder}", "Reminders sent");
        remindersLate = meter.CreateCounter<long>("hipband.reminders.late", "{reminder}", "Reminders sent more than a minute after their slot");
        remindersDropped = meter.CreateCounter<long>("hipband.reminders.dropped", "{reminder}", "Reminders dropped as past the misfire window");
        meter.CreateObservableGauge("hipband.outbox.depth", () => Outbox().Depth, "{message}", "Messages waiting in the outbox");
        meter.CreateObservableGauge("hipband.outbox.oldest_age", OldestAge, "s", "Age of the oldest message waiting in the outbox (0 when empty)");
        meter.CreateObservableGauge("hipband.trainees.active", ActiveTrainees, "{trainee}", "People set up, not paused, not blocked");
    }

    public void UpdateHandled(string kind) => updates.Add(1, new KeyValuePair<string, object?>("kind", kind));

    public void TurnTook(TimeSpan elapsed, string source) => turns.Record(elapsed.TotalSeconds, new KeyValuePair<string, object?>("source", source));

    public void Sent(string result) => sends.Add(1, new KeyValuePair<string, object?>("result", result));

    public void TooManyRequests(TimeSpan wait)
    {
        tooManyRequests.Add(1);
        tooManyRequestsWait.Add(wait.TotalSeconds);
    }

    public void ReminderFired(TimeSpan late)
    {
        remindersFired.Add(1);
        if (late > LateAfter)
        {
            remindersLate.Add(1);
        }
    }

    public void ReminderDropped() => remindersDropped.Add(1);

    // Collection is synchronous; the SQLite provider's calls are synchronous underneath, so waiting here blocks nothing else.
    private OutboxStanding Outbox()
    {
        try
        {
            return store.ReadOutboxAsync().GetAwaiter().GetResult();
        }
        catch (Exception error) when (error is not OutOfMemoryException)
        {
            LogReadFailed(logger, error.Message);
            return new OutboxStanding(0, null);
        }
    }

    private double OldestAge() => Outbox().Oldest is { } oldest ? Math.Max(0, (clock.GetUtcNow() - oldest).TotalSeconds) : 0;

    private long ActiveTrainees()
    {
        try
        {
            return store.CountActiveTraineesAsync().GetAwaiter().GetResult();
        }
        catch (Exception error) when (error is not OutOfMemoryException)
        {
            LogReadFailed(logger, error.Message);
            return 0;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A metric could not be read from the database ({Reason})")]
    private static partial void LogReadFailed(ILogger logger, string reason);
}
