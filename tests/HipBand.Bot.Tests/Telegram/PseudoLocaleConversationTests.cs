using HipBand.Testing.Engines;
using System.Text.Json.Nodes;
using Dapper;
using HipBand.Bot.Reminders;
using HipBand.Bot.Tests.Support;
using HipBand.Coaching.Catalog;
using HipBand.Coaching.Text;
using HipBand.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Quartz;

namespace HipBand.Bot.Tests.Telegram;

/// <summary>
/// The seam of the text catalogue: with a pseudo-locale in place of English, a whole conversation shows the person no
/// letter that did not come through <see cref="ITexts"/>, except what they typed themselves.
/// </summary>
public sealed class PseudoLocaleConversationTests : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private const long Chat = 7001;

    private readonly TempFolder folder = new();
    private readonly ITexts texts = PseudoTexts.Create();
    private readonly List<string> typed = [];
    private FakeBotApi telegram = null!;
    private RunningBot bot = null!;

    public async Task InitializeAsync()
    {
        telegram = await FakeBotApi.StartAsync();
        bot = await RunningBot.StartAsync(telegram, folder.File("bot.db"), services: s =>
        {
            s.Replace(ServiceDescriptor.Singleton(texts));
            s.Replace(ServiceDescriptor.Singleton(PseudoTexts.CreateChart()));
        });
    }

    public async Task DisposeAsync()
    {
        await bot.DisposeAsync();
        await telegram.DisposeAsync();
        folder.Dispose();
    }

    [EngineFact]
    public async Task A_whole_conversation_shows_no_letter_outside_the_catalogue()
    {
        await SendAsync("/start");
        await PressAsync(texts.ReadinessNoButton);
        await PressAsync(texts.GoalButton(Goal.Strength));
        await SendAsync("yellow, green");
        await SendAsync("Mon Wed Fri");
        await SendAsync("07:30");
        await SendAsync("Europe/Berlin");
        await PressAsync(texts.StartFirstSession);
        await SendAsync("15");
        await SendAsync("too hard");
        await SendAsync("8");
        await SendAsync("my knee hurts");
        await PressAsync(texts.PainMildButton);
        await SendAsync("12, 10");
        await DoAsync(() => telegram.UserSendsSticker(Chat));
        await SendAsync("999");
        await SendAsync("stop");
        await SendAsync("/stats");
        await SendAsync("/help");
        await SendAsync("/schedule");
        await SendAsync("/nonsense");
        await SendAsync("Tue Thu Sat");
        await SendAsync("18:00");
        await SendAsync("UTC+05:30");

        await DoAsync(() => telegram.UserSends(Chat, "/export"), document: true);
        Assert.Equal(texts.ExportCaption, telegram.SentTo(Chat, "sendDocument").Single().Body["caption"]?.GetValue<string>());

        var scheduler = await bot.Get<ISchedulerFactory>().GetScheduler();
        await DoAsync(async () => await scheduler.TriggerJob(ReminderTriggers.Job(Chat), new JobDataMap { [ReminderTriggers.KindKey] = ReminderTriggers.ReminderKind }));
        Assert.Contains(telegram.SentTo(Chat)[^1].Buttons, b => b.Text == texts.StartNowButton);
        await PressAsync(texts.SnoozeButton);
        await SendAsync("/delete");
        await PressAsync(texts.DeleteNoButton);

        var shown = telegram.Requests.SelectMany(Shown).ToList();
        Assert.True(shown.Count > 40, $"the conversation showed {shown.Count} texts");
        var leaks = shown.Select(t => (Text: t, Outside: WithoutTyped(PseudoTexts.OutsideMarkers(t))))
            .Where(t => t.Outside.Any(char.IsLetter))
            .Select(t => t.Text)
            .ToList();
        Assert.True(leaks.Count == 0, "not through the catalogue:\n" + string.Join("\n---\n", leaks));
    }

    private Task SendAsync(string text)
    {
        typed.Add(text);
        return DoAsync(() => telegram.UserSends(Chat, text));
    }

    private Task PressAsync(string label) => DoAsync(() =>
    {
        var message = telegram.SentTo(Chat).Last(r => r.Buttons.Any(b => b.Text == label));
        telegram.UserPresses(Chat, message.MessageId!.Value, message.Buttons.First(b => b.Text == label).Data);
    });

    /// <summary>Does one thing as the person and waits until the bot has answered it and sent everything it wrote.</summary>
    private Task DoAsync(Action act, bool document = false) => DoAsync(() =>
    {
        act();
        return Task.CompletedTask;
    }, document);

    private async Task DoAsync(Func<Task> act, bool document = false)
    {
        var messages = telegram.SentTo(Chat).Count;
        var documents = telegram.SentTo(Chat, "sendDocument").Count;
        await act();
        await telegram.WaitUntilAsync(
            f => document ? f.SentTo(Chat, "sendDocument").Count > documents : f.SentTo(Chat).Count > messages,
            Patience,
            "an answer");
        await Eventually.HoldsAsync(QuietAsync, Patience, "the inbox and outbox to empty");
    }

    private async Task<bool> QuietAsync()
    {
        await using var connection = await StateOnFile.ConnectAsync(folder.File("bot.db"));
        var waiting = await connection.ExecuteScalarAsync<long>(
            "SELECT (SELECT COUNT(*) FROM inbox) + (SELECT COUNT(*) FROM outbox WHERE chat_id = @Chat)", new { Chat });
        return waiting == 0 && telegram.PendingUpdates == 0;
    }

    private string WithoutTyped(string text) =>
        typed.Aggregate(text, (rest, words) => rest.Replace(words, "", StringComparison.OrdinalIgnoreCase));

    /// <summary>Every text the person could read in one request: message text, caption, buttons, toasts, the command menu.</summary>
    private static IEnumerable<string> Shown(SentRequest request)
    {
        foreach (var field in new[] { "text", "caption" })
        {
            if (request.Body[field]?.GetValue<string>() is { } value)
            {
                yield return request.Body["parse_mode"] is null ? value : TelegramHtml.Parse(value, out _) ?? value;
            }
        }

        foreach (var (text, _) in request.Buttons)
        {
            yield return text;
        }

        foreach (var command in request.Body["commands"]?.AsArray() ?? new JsonArray())
        {
            yield return command!["description"]!.GetValue<string>();
        }
    }
}
