using System.Text.RegularExpressions;
using HipBand.Bot.Tests.Support;
using HipBand.Testing;
using HipBand.Testing.Engines;

namespace HipBand.Bot.Tests.Telegram;

/// <summary>
/// The native build (Native AOT: no JIT, no reflection over types the compiler did not see used) runs what the tests
/// run under the JIT: Dapper's generated mappers, the Bot API's generated JSON, Quartz's store by its factories, the
/// chart's drawing, the listener with health and metrics. Anything left to reflection fails here, not at an operator's.
/// </summary>
public sealed partial class NativeBuildTests : FakeTelegramTest
{
    private const long Chat = 4401;
    private static new readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(10) };

    [NativeEngineFact]
    public async Task The_native_build_coaches_a_person_through_setup_a_session_a_picture_and_an_export_and_keeps_them_over_a_restart()
    {
        var executable = await NativeBuild.ExecutableAsync();
        var port = FreePort.Next();
        var environment = await EnvironmentAsync(port);

        await using (var bot = BotProcess.StartExecutable(executable, environment))
        {
            foreach (var line in new[] { "/start", "no", "warm-up", "none", "Mon Wed", "07:30", "Europe/Berlin" })
            {
                await SendAsync(line, bot);
            }

            // A warm-up: one set of each of its three exercises, the first by its button.
            await SendAsync("/workout", bot);
            await PressAsync("Done", bot);
            await SendAsync("done", bot);
            await SendAsync("done", bot);
            await Telegram.WaitUntilAsync(f => f.TextsTo(Chat).Any(t => t.Contains("Session complete", StringComparison.Ordinal)), Patience, "the session to complete");

            await SendAsync("/stats", bot);
            await Telegram.WaitUntilAsync(f => f.PhotosTo(Chat).Count == 1, Patience, "the picture of /stats");
            Charts.ProgressChartTests.AssertPicture(Telegram.PhotosTo(Chat)[0]);

            Telegram.UserSends(Chat, "/export");
            await Telegram.WaitUntilAsync(f => f.SentTo(Chat, "sendDocument").Count == 1, Patience, "the export");

            var ready = await Http.GetAsync(new Uri($"http://127.0.0.1:{port}/health/ready"));
            Assert.True(ready.IsSuccessStatusCode, $"ready answered {(int)ready.StatusCode}: {await ready.Content.ReadAsStringAsync()}");
            var metrics = await Http.GetStringAsync(new Uri($"http://127.0.0.1:{port}/metrics"));
            Assert.Matches(HandledUpdates(), metrics);

            AssertNothingWentWrong(bot.Output);
            bot.Kill();
        }

        // Started again, it reads back what Quartz and the state table hold: the reminder stands, the chat goes on.
        await using var again = BotProcess.StartExecutable(executable, environment);
        await Eventually.HoldsAsync(() => Task.FromResult(again.Output.Contains("1 trainee(s) with reminders; 0 trigger(s) repaired", StringComparison.Ordinal)), Patience, "the stored reminder read back");
        await SendAsync("/stats", again);
        await Telegram.WaitUntilAsync(f => f.TextsTo(Chat).Count(t => t.Contains("Sessions completed: 1", StringComparison.Ordinal)) == 2, Patience, "the stats after the restart");
        AssertNothingWentWrong(again.Output);
    }

    /// <summary>
    /// No error, and no warning of the bot's own: what a native build cannot do is caught and logged by the parts that
    /// keep going (the cluster's signals on PostgreSQL, say), and would otherwise pass unseen. Quartz's own warning that
    /// it found the killed instance is expected.
    /// </summary>
    private static void AssertNothingWentWrong(string output)
    {
        Assert.DoesNotContain("fail:", output, StringComparison.Ordinal);
        Assert.DoesNotContain("warn: HipBand.", output, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"hipband_updates_handled_total\{[^}]*\} [1-9]")]
    private static partial Regex HandledUpdates();

    private async Task SendAsync(string text, BotProcess bot)
    {
        var before = Telegram.SentTo(Chat).Count;
        Telegram.UserSends(Chat, text);
        await WaitForReplyAsync(before, text, bot);
    }

    private async Task PressAsync(string label, BotProcess bot)
    {
        var before = Telegram.SentTo(Chat).Count;
        Telegram.UserPresses(Chat, label);
        await WaitForReplyAsync(before, label, bot);
    }

    private async Task WaitForReplyAsync(int before, string what, BotProcess bot)
    {
        try
        {
            await Telegram.WaitForMessagesAsync(Chat, before + 1, Patience);
        }
        catch (TimeoutException error)
        {
            throw new TimeoutException($"no reply to '{what}'; the bot wrote:\n{bot.Output}", error);
        }
    }

    private async Task<Dictionary<string, string>> EnvironmentAsync(int port) =>
        new((await TestDatabases.ForFileAsync(Folder.File("bot.db"))).Environment)
        {
            ["Telegram__BotToken"] = Telegram.Token,
            ["Telegram__ApiBaseUrl"] = Telegram.BaseUrl,
            ["Telegram__PollTimeout"] = "00:00:05",
            ["Telegram__PollRetryDelay"] = "00:00:00.100",
            ["Http__Listen"] = $"http://127.0.0.1:{port}",
        };
}
