using HipBand.Testing.Engines;
using HipBand.Bot.Charts;
using HipBand.Bot.Delivery;
using HipBand.Bot.Reminders;
using HipBand.Bot.Tests.Support;
using HipBand.Bot.Turns;
using HipBand.Coaching.Dialog;
using HipBand.Coaching.Storage;
using HipBand.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace HipBand.Bot.Tests.Reminders;

/// <summary>The clock's events through the real dialog and a real SQLite store, on a clock moved by hand.</summary>
public sealed class ClockInputsTests : IAsyncLifetime
{
    private const long Chat = 5;

    private readonly TempFolder folder = new();
    private readonly TestClock clock = new();
    private readonly Channel channel = new();
    private ChatStore store = null!;
    private Quartz.IScheduler scheduler = null!;
    private ReminderScheduler reminders = null!;
    private TurnPipeline turns = null!;
    private ClockInputs inputs = null!;
    private RecordedMetrics recorded = null!;

    public async Task InitializeAsync()
    {
        store = await StateOnFile.OpenAsync(folder.File("state.db"), clock);
        scheduler = await QuartzOnFile.BuildAsync(folder.File("quartz.db"), clock);
        reminders = new ReminderScheduler(new QuartzOnFile.Factory(scheduler), store, clock, NullLogger<ReminderScheduler>.Instance);
        var texts = HipBand.Coaching.Text.English.EnglishTexts.Instance;
        var effects = new AfterCommitEffects(
            reminders,
            new RestTimers(clock, NullLogger<RestTimers>.Instance),
            new ExportDelivery(store, channel, texts, clock, NullLogger<ExportDelivery>.Instance),
            new ProgressPictures(store, channel, texts, HipBand.Coaching.Text.English.EnglishChartTexts.Instance, clock, NullLogger<ProgressPictures>.Instance));
        recorded = new RecordedMetrics(folder.File("state.db"), clock);
        var metrics = recorded.Metrics;
        turns = new TurnPipeline(store, new ChatCache(), channel, effects, HipBand.Coaching.Text.English.EnglishTexts.Instance, metrics, clock);
        inputs = new ClockInputs(turns, Options.Create(new RemindersOptions()), metrics, clock, NullLogger<ClockInputs>.Instance);
        foreach (var line in new[] { "/start", "no", "running", "none", "Mon Wed Fri", "07:30", "Europe/Berlin" })
        {
            await turns.HandleAsync(Chat, TextCommand.Read(line), TurnSource.Local);
        }

        channel.Sent.Clear();
    }

    public async Task DisposeAsync()
    {
        await reminders.DisposeAsync();
        await scheduler.Shutdown(false);
        await store.DisposeAsync();
        recorded.Dispose();
        folder.Dispose();
    }

    [EngineFact]
    public async Task Reminders_are_counted_as_fired_late_and_dropped_and_a_slot_fired_twice_counts_once()
    {
        var onTime = clock.GetUtcNow();
        await inputs.ReminderDueAsync(Chat, onTime, CancellationToken.None);
        await inputs.ReminderDueAsync(Chat, onTime, CancellationToken.None);
        await turns.HandleAsync(Chat, new TextInput("later"), TurnSource.Local);

        var late = clock.GetUtcNow().AddDays(2);
        clock.Advance(TimeSpan.FromDays(2) + TimeSpan.FromMinutes(30));
        await inputs.ReminderDueAsync(Chat, late, CancellationToken.None);

        var tooLate = clock.GetUtcNow().AddDays(2);
        clock.Advance(TimeSpan.FromDays(2) + TimeSpan.FromHours(3));
        await inputs.ReminderDueAsync(Chat, tooLate, CancellationToken.None);

        Assert.Equal(2, recorded.Sum("hipband.reminders.fired"));
        Assert.Equal(1, recorded.Sum("hipband.reminders.late"));
        Assert.Equal(1, recorded.Sum("hipband.reminders.dropped"));
    }

    [EngineFact]
    public async Task A_due_reminder_is_sent()
    {
        await inputs.ReminderDueAsync(Chat, clock.GetUtcNow(), CancellationToken.None);

        Assert.StartsWith("Time for your hip session!", Assert.Single(channel.Sent).Text.Plain, StringComparison.Ordinal);
    }

    [EngineFact]
    public async Task The_same_slot_firing_twice_sends_once()
    {
        var slot = clock.GetUtcNow();

        await inputs.ReminderDueAsync(Chat, slot, CancellationToken.None);
        clock.Advance(TimeSpan.FromMinutes(1));
        await inputs.ReminderDueAsync(Chat, slot, CancellationToken.None);

        Assert.Single(channel.Sent);
        Assert.Equal(1, (await store.LoadAsync(Chat)).State.Conversation.Memory.UnansweredReminders);
    }

    [EngineFact]
    public async Task A_reminder_later_than_the_misfire_window_is_dropped()
    {
        var slot = clock.GetUtcNow();
        clock.Advance(TimeSpan.FromHours(2) + TimeSpan.FromMinutes(1));

        await inputs.ReminderDueAsync(Chat, slot, CancellationToken.None);

        Assert.Empty(channel.Sent);
    }

    [EngineFact]
    public async Task A_reminder_late_within_the_window_still_goes_out()
    {
        var slot = clock.GetUtcNow();
        clock.Advance(TimeSpan.FromMinutes(90));

        await inputs.ReminderDueAsync(Chat, slot, CancellationToken.None);

        Assert.Single(channel.Sent);
    }

    [EngineFact]
    public async Task No_reminder_mid_session()
    {
        await turns.HandleAsync(Chat, new CommandInput("workout"), TurnSource.Local);
        channel.Sent.Clear();

        await inputs.ReminderDueAsync(Chat, clock.GetUtcNow(), CancellationToken.None);

        Assert.Empty(channel.Sent);
    }

    [EngineFact]
    public async Task A_rest_timer_nudges_once()
    {
        await turns.HandleAsync(Chat, new CommandInput("workout"), TurnSource.Local);
        var timer = (await turns.HandleAsync(Chat, new TextInput("done"), TurnSource.Local)).Outcome.Effects.OfType<RestTimerWanted>().Single();
        clock.Advance(timer.Rest);
        channel.Sent.Clear();

        await inputs.RestOverAsync(Chat, timer.QuestionKey, CancellationToken.None);
        await inputs.RestOverAsync(Chat, timer.QuestionKey, CancellationToken.None);

        Assert.StartsWith("Rest is over", Assert.Single(channel.Sent).Text.Plain, StringComparison.Ordinal);
    }

    [EngineFact]
    public async Task A_reply_before_the_rest_is_over_cancels_the_nudge()
    {
        await turns.HandleAsync(Chat, new CommandInput("workout"), TurnSource.Local);
        var first = (await turns.HandleAsync(Chat, new TextInput("done"), TurnSource.Local)).Outcome;
        var timer = first.Effects.OfType<RestTimerWanted>().Single();
        var reply = (await turns.HandleAsync(Chat, new TextInput("done"), TurnSource.Local)).Outcome;
        channel.Sent.Clear();

        await inputs.RestOverAsync(Chat, timer.QuestionKey, CancellationToken.None);

        Assert.Empty(channel.Sent);
        Assert.Contains(reply.Effects, e => e is RestTimerWanted next && next.QuestionKey != timer.QuestionKey);
    }

    internal sealed class Channel : IReplyChannel
    {
        public List<Reply> Sent { get; } = [];

        public IReadOnlyList<OutboxMessage> Render(long chatId, Outcome outcome, global::Telegram.Bot.Types.CallbackQuery? pressed) => [];

        public void Deliver(long chatId, Outcome outcome, WriteReport report) => Sent.AddRange(outcome.Replies);

        public Task SendDocumentAsync(long chatId, string fileName, string content, string caption, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("No document is expected here.");

        public Task SendPhotoAsync(long chatId, string fileName, byte[] png, string caption, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("No picture is expected here.");
    }
}
