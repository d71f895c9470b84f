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
using Microsoft.Extensions.Time.Testing;

namespace HipBand.Bot.Tests.Reminders;

/// <summary>Rest timers in process, their deadlines in the state table: through the real dialog, store and Quartz, on a fake clock.</summary>
public sealed class RestTimersTests : IAsyncLifetime
{
    private const long Chat = 9;

    private readonly TempFolder folder = new();
    private readonly FakeTimeProvider clock = new(TestClock.Monday0700Utc);
    private readonly ClockInputsTests.Channel channel = new();
    private ChatStore store = null!;
    private Quartz.IScheduler scheduler = null!;
    private ReminderScheduler reminders = null!;
    private TurnPipeline turns = null!;
    private ClockInputs inputs = null!;
    private RestTimers rests = null!;

    public async Task InitializeAsync()
    {
        store = await StateOnFile.OpenAsync(folder.File("state.db"), clock);
        scheduler = await QuartzOnFile.BuildAsync(folder.File("quartz.db"), clock);
        reminders = new ReminderScheduler(new QuartzOnFile.Factory(scheduler), store, clock, NullLogger<ReminderScheduler>.Instance);
        var texts = HipBand.Coaching.Text.English.EnglishTexts.Instance;
        rests = NewTimers();
        var effects = new AfterCommitEffects(
            reminders,
            rests,
            new ExportDelivery(store, channel, texts, clock, NullLogger<ExportDelivery>.Instance),
            new ProgressPictures(store, channel, texts, HipBand.Coaching.Text.English.EnglishChartTexts.Instance, clock, NullLogger<ProgressPictures>.Instance));
        var metrics = UnwatchedMetrics.For(folder.File("state.db"), clock);
        turns = new TurnPipeline(store, new ChatCache(), channel, effects, texts, metrics, clock);
        inputs = new ClockInputs(turns, Options.Create(new RemindersOptions()), metrics, clock, NullLogger<ClockInputs>.Instance);
        await rests.StartAsync(store, inputs.RestOverAsync, CancellationToken.None);
        foreach (var line in new[] { "/start", "no", "strength", "yellow", "Mon Wed Fri", "07:30", "Europe/Berlin", "/workout" })
        {
            await turns.HandleAsync(Chat, TextCommand.Read(line), TurnSource.Local);
        }

        channel.Sent.Clear();
    }

    public async Task DisposeAsync()
    {
        await rests.StopAsync(CancellationToken.None);
        rests.Dispose();
        await reminders.DisposeAsync();
        await scheduler.Shutdown(false);
        await store.DisposeAsync();
        folder.Dispose();
    }

    [EngineFact]
    public async Task A_logged_set_nudges_once_when_its_rest_is_over_and_writes_nothing_to_Quartz()
    {
        await SendAsync("60");
        var before = await TriggersAsync();

        clock.Advance(TimeSpan.FromSeconds(29));
        await rests.NudgedAsync();
        Assert.Empty(channel.Sent);

        clock.Advance(TimeSpan.FromSeconds(1));
        await rests.NudgedAsync();

        Assert.StartsWith("Rest is over", Assert.Single(channel.Sent).Text.Plain, StringComparison.Ordinal);
        Assert.Equal(0, rests.Count);
        var after = await TriggersAsync();
        Assert.Equal(before, after);
        Assert.DoesNotContain(after, name => name.StartsWith("rest", StringComparison.Ordinal));
    }

    [EngineFact]
    public async Task A_reply_within_the_rest_replaces_its_timer_and_only_the_last_nudges()
    {
        await SendAsync("60");
        clock.Advance(TimeSpan.FromSeconds(10));
        await SendAsync("60");

        clock.Advance(TimeSpan.FromSeconds(25));
        await rests.NudgedAsync();
        Assert.Empty(channel.Sent);

        clock.Advance(TimeSpan.FromSeconds(5));
        await rests.NudgedAsync();
        Assert.Single(channel.Sent);
        Assert.Contains("Set 3 of 3", channel.Sent[0].Text.Plain);
    }

    [EngineFact]
    public async Task The_deadline_is_stored_with_the_turn_and_a_restart_still_nudges()
    {
        await SendAsync("60");
        var stored = Assert.Single(await store.RestDeadlinesAsync());
        Assert.Equal((Chat, clock.GetUtcNow() + TimeSpan.FromSeconds(30)), (stored.ChatId, stored.DueAt));

        await rests.StopAsync(CancellationToken.None);
        var restarted = NewTimers();
        await restarted.StartAsync(store, inputs.RestOverAsync, CancellationToken.None);
        Assert.Equal(1, restarted.Count);
        clock.Advance(TimeSpan.FromSeconds(30));
        Assert.Equal(0, restarted.Count);
        await restarted.NudgedAsync();

        Assert.StartsWith("Rest is over", Assert.Single(channel.Sent).Text.Plain, StringComparison.Ordinal);
        await restarted.StopAsync(CancellationToken.None);
    }

    [EngineFact]
    public async Task A_rest_long_past_at_start_is_left_out()
    {
        await SendAsync("60");
        await rests.StopAsync(CancellationToken.None);
        clock.Advance(RestTimers.Stale + TimeSpan.FromMinutes(1));

        var restarted = NewTimers();
        await restarted.StartAsync(store, inputs.RestOverAsync, CancellationToken.None);

        Assert.Equal(0, restarted.Count);
        await restarted.StopAsync(CancellationToken.None);
    }

    [EngineFact]
    public async Task Stopping_the_session_clears_the_stored_deadline_and_the_timer()
    {
        await SendAsync("60");

        await SendAsync("stop");

        Assert.Empty(await store.RestDeadlinesAsync());
        Assert.Equal(0, rests.Count);
    }

    /// <summary>The names of every trigger in Quartz's store.</summary>
    private async Task<List<string>> TriggersAsync()
    {
        await reminders.FlushAsync();
        var triggers = await scheduler.QueryTriggers(new Quartz.TriggerQuery { Take = Quartz.PagedQuery.All });
        return [.. triggers.Items.Select(t => t.Key.Name).Order()];
    }

    private RestTimers NewTimers() => new(clock, NullLogger<RestTimers>.Instance);

    private async Task SendAsync(string text)
    {
        await turns.HandleAsync(Chat, TextCommand.Read(text), TurnSource.Local);
        channel.Sent.Clear();
    }
}
