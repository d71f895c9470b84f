using HipBand.Testing.Engines;
using HipBand.Bot.Tests.Charts;
using HipBand.Bot.Tests.Support;
using HipBand.Coaching.Dialog;
using HipBand.Coaching.Text;
using HipBand.Coaching.Text.English;
using HipBand.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace HipBand.Bot.Tests.Telegram;

/// <summary>/stats and the weekly summary send a picture through the fake Bot API, after their text.</summary>
public sealed class ProgressPictureEndToEndTests : IAsyncLifetime
{
    private const long Chat = 1301;
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private readonly TempFolder folder = new();
    private FakeBotApi telegram = null!;
    private RunningBot? bot;

    public async Task InitializeAsync() => telegram = await FakeBotApi.StartAsync();

    public async Task DisposeAsync()
    {
        if (bot is not null)
        {
            await bot.DisposeAsync();
        }

        await telegram.DisposeAsync();
        folder.Dispose();
    }

    [EngineFact]
    public async Task The_weekly_summary_and_stats_each_send_a_PNG_after_their_text()
    {
        bot = await RunningBot.StartAsync(telegram, folder.File("bot.db"));
        await OnboardAsync();

        await SessionAsync();
        Assert.Empty(telegram.SentTo(Chat, "sendPhoto"));

        await SessionAsync();
        Assert.Contains(telegram.TextsTo(Chat), t => t.Contains("2 of 2 sessions done", StringComparison.Ordinal));
        await telegram.WaitUntilAsync(f => f.SentTo(Chat, "sendPhoto").Count == 1, Patience, "the weekly summary's picture");

        await SendAsync("/stats");
        await telegram.WaitUntilAsync(f => f.SentTo(Chat, "sendPhoto").Count == 2, Patience, "the picture of /stats");

        var photos = telegram.SentTo(Chat, "sendPhoto");
        Assert.Equal(EnglishChartTexts.Instance.Caption(ProgressPictureOccasion.WeekComplete), photos[0].Body["caption"]?.GetValue<string>());
        Assert.Equal(EnglishChartTexts.Instance.Caption(ProgressPictureOccasion.Stats), photos[1].Body["caption"]?.GetValue<string>());
        Assert.EndsWith(".png", photos[1].Body["photo"]!["file_name"]!.GetValue<string>(), StringComparison.Ordinal);
        foreach (var png in telegram.PhotosTo(Chat))
        {
            ProgressChartTests.AssertPicture(png);
        }

        // The text goes first: the picture is drawn after the turn is committed, off the reply path.
        var requests = telegram.Requests.ToList();
        var statsText = requests.FindIndex(r => r.ChatId == Chat && r.Method == "sendMessage" && r.Text?.Contains("Sessions completed: 2", StringComparison.Ordinal) == true);
        Assert.True(statsText >= 0, "the text of /stats arrived");
        Assert.True(requests.IndexOf(photos[1]) > statsText, "the picture came after the text of /stats");
    }

    [EngineFact]
    public async Task A_picture_that_cannot_be_drawn_is_logged_without_text_and_the_reply_still_arrives()
    {
        bot = await RunningBot.StartAsync(telegram, folder.File("bot.db"), services: s => s.Replace(ServiceDescriptor.Singleton<IChartTexts>(new BrokenWords())));
        await OnboardAsync();
        await SessionAsync();

        await SendAsync("/stats");
        await telegram.WaitUntilAsync(f => f.TextsTo(Chat).Any(t => t.Contains("1 of 2 sessions", StringComparison.Ordinal)), Patience, "the text of /stats");
        await Eventually.HoldsAsync(() => Task.FromResult(bot.Logs.Lines.Any(l => l.Contains("progress picture of chat 1301 failed", StringComparison.Ordinal))), Patience, "the failure logged");

        Assert.Empty(telegram.SentTo(Chat, "sendPhoto"));
        Assert.DoesNotContain(bot.Logs.Lines, l => l.Contains("This week", StringComparison.Ordinal) || l.Contains(BrokenWords.Secret, StringComparison.Ordinal));

        // The chat goes on as before.
        int Helps() => telegram.TextsTo(Chat).Count(t => t.Contains("/delete", StringComparison.Ordinal));
        var helps = Helps();
        await SendAsync("/help");
        await telegram.WaitUntilAsync(_ => Helps() > helps, Patience, "the answer to /help");
    }

    private async Task OnboardAsync()
    {
        foreach (var line in new[] { "/start", "no", "warm-up", "none", "Mon Wed", "07:30", "Europe/Berlin" })
        {
            await SendAsync(line);
        }
    }

    /// <summary>A warm-up: one set of each of its three exercises.</summary>
    private async Task SessionAsync()
    {
        var completed = telegram.TextsTo(Chat).Count(t => t.Contains("Session complete", StringComparison.Ordinal));
        await SendAsync("/workout");
        for (var set = 0; set < 3; set++)
        {
            await SendAsync("done");
        }

        await telegram.WaitUntilAsync(
            f => f.TextsTo(Chat).Count(t => t.Contains("Session complete", StringComparison.Ordinal)) == completed + 1, Patience, "the session to complete");
    }

    private async Task SendAsync(string text)
    {
        var before = telegram.SentTo(Chat).Count;
        telegram.UserSends(Chat, text);
        await telegram.WaitForMessagesAsync(Chat, before + 1, Patience);
    }

    private sealed class BrokenWords : IChartTexts
    {
        public const string Secret = "words nobody should log";

        public string WorkTitle => throw new InvalidOperationException(Secret);
        public string WorkAxis => Secret;
        public string WeekAxis => Secret;
        public string ClimbTitle => Secret;
        public string ClimbAxis => Secret;
        public string PlanLine(int sessionsAWeek) => Secret;
        public string SessionsOfPlan(int sessions, int planned) => Secret;
        public string Monday(DateTime monday) => Secret;
        public string Caption(ProgressPictureOccasion occasion) => Secret;
        public string WrittenTo(string caption, string path) => Secret;
    }
}
