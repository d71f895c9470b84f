using HipBand.Coaching.Storage;
using HipBand.Testing;

namespace HipBand.Bot.Tests.Fuzz;

/// <summary>
/// One simulated person doing random things in a closed loop: each action waits until the bot is done with it
/// (the update confirmed and applied, the chat's outbox empty) and then checks that it was answered.
/// </summary>
internal sealed class FuzzPerson(long chatId, FakeBotApi telegram, OutboxStore store, TransportStore transport, Random random)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private readonly List<long> typed = [];

    public long ChatId { get; } = chatId;

    /// <summary>What went wrong: an action the bot did not answer.</summary>
    public List<string> Unanswered { get; } = [];

    public int Actions { get; private set; }

    public async Task RunAsync(int actions)
    {
        await DoAsync("start", () => telegram.UserSends(ChatId, "/start"), Answered.Message);
        for (var i = 0; i < actions; i++)
        {
            await NextAsync();
        }
    }

    private async Task NextAsync()
    {
        var roll = random.Next(100);
        switch (roll)
        {
            case < 40:
                var text = FuzzText.Pick(random);
                text = text.Trim().Length == 0 ? "?" : text; // Telegram delivers no empty message
                await DoAsync($"typed {Shown(text)}", () => Remember(telegram.UserSends(ChatId, text)), Answered.Message);
                break;

            case < 70 when LatestButtons() is { Count: > 0 } latest:
                var (messageId, data) = latest[random.Next(latest.Count)];
                await DoAsync($"pressed {data}", () => telegram.UserPresses(ChatId, messageId, data), Answered.Press);
                break;

            case < 75 when AnyButtons() is { Count: > 0 } old:
                var (oldId, oldData) = old[random.Next(old.Count)];
                await DoAsync($"pressed an old {oldData}", () => telegram.UserPresses(ChatId, oldId, oldData), Answered.Press);
                break;

            case < 80 when LatestButtons() is { Count: > 0 } tapped:
                var (tapId, tapData) = tapped[random.Next(tapped.Count)];
                var first = 0L;
                await DoAsync($"double-tapped {tapData}", () =>
                {
                    first = telegram.UserPresses(ChatId, tapId, tapData);
                    return telegram.UserPresses(ChatId, tapId, tapData);
                }, Answered.Press);
                Check($"the first of a double tap on {tapData}", await EventuallyAsync(() => PressAnswered(first)));
                break;

            case < 85:
                await DoAsync("a sticker or photo", () => random.Next(2) == 0 ? telegram.UserSendsSticker(ChatId) : telegram.UserSendsPhoto(ChatId), Answered.Message);
                break;

            case < 92 when typed.Count > 0:
                var edited = FuzzText.Pick(random);
                var original = typed[random.Next(typed.Count)];
                await DoAsync($"edited to {Shown(edited)}", () => telegram.UserEdits(original, edited), Answered.Message);
                break;

            case < 95:
                var group = -ChatId;
                var before = telegram.SentTo(group).Count;
                await DoAsync("wrote in a group", () => telegram.UserSendsInGroup(group, FuzzText.Pick(random) + " "), Answered.Nothing, group);
                Check("a group message", await EventuallyAsync(() => telegram.SentTo(group).Count > before));
                break;

            case < 97:
                telegram.Block(ChatId);
                await DoAsync("blocked the bot", () => telegram.UserBlocksBot(ChatId), Answered.Nothing);
                telegram.Unblock(ChatId);
                await DoAsync("came back", () => telegram.UserSends(ChatId, "/start"), Answered.Message);
                break;

            default:
                await DoAsync("typed a command", () => telegram.UserSends(ChatId, FuzzText.Commands[random.Next(FuzzText.Commands.Count)]), Answered.Message);
                break;
        }
    }

    private enum Answered
    {
        Nothing,
        Message,
        Press,
    }

    private async Task DoAsync(string what, Func<long> act, Answered expected, long? chat = null)
    {
        Actions++;
        var before = Messages();
        var updateId = act();
        await SettledAsync(updateId, what, chat ?? ChatId);
        // Settled, a reply may still be on its way (one whose outbox row a deletion took with it): wait a little for it.
        // Answered, or covered by the flood line: past the inbound limit a chat gets one line per window, not an answer each.
        switch (expected)
        {
            case Answered.Message:
                Check(what, await EventuallyAsync(() => Messages() > before || CoveredByFloodLine()));
                break;
            case Answered.Press:
                Check(what, await EventuallyAsync(() => PressAnswered(updateId) && (Messages() > before || CoveredByFloodLine())));
                break;
        }
    }

    private async Task<bool> EventuallyAsync(Func<bool> condition)
    {
        try
        {
            await telegram.WaitUntilAsync(_ => condition(), TimeSpan.FromSeconds(10));
            return true;
        }
        catch (TimeoutException)
        {
            return false;
        }
    }

    /// <summary>
    /// The bot is done with the update: it confirmed it (stored in the inbox), applied it (gone from the inbox), and
    /// nothing for this chat waits in the outbox.
    /// </summary>
    private async Task SettledAsync(long updateId, string what, long chat)
    {
        await telegram.WaitUntilAsync(f => f.ConfirmedOffset > updateId, Patience, $"chat {ChatId} to have '{what}' confirmed");
        using var deadline = new CancellationTokenSource(Patience);
        while ((await transport.WaitingAsync()).Any(u => u.UpdateId == updateId))
        {
            await Task.Delay(10, deadline.Token);
        }

        while ((await store.PendingAsync(0, 10_000)).Any(m => m.ChatId == chat))
        {
            await Task.Delay(10, deadline.Token);
        }
    }

    private bool PressAnswered(long updateId)
    {
        var query = telegram.QueryIdOf(updateId);
        return telegram.Requests.Any(r => r.Method == "answerCallbackQuery" && r.Body["callback_query_id"]?.GetValue<string>() == query);
    }

    private void Check(string what, bool answered)
    {
        if (!answered)
        {
            Unanswered.Add($"chat {ChatId}: {what}");
        }
    }

    private long Remember(long updateId)
    {
        typed.Add(updateId);
        return updateId;
    }

    /// <summary>The flood line went to this chat within the inbound window (10 s by default) before now.</summary>
    private bool CoveredByFloodLine()
    {
        var now = DateTimeOffset.UtcNow;
        return telegram.SentTo(ChatId).Any(r => r.Text?.Contains(FloodLine, StringComparison.Ordinal) == true && now - r.At <= InboundWindow);
    }

    private const string FloodLine = "faster than I can answer";
    private static readonly TimeSpan InboundWindow = TimeSpan.FromSeconds(10);

    private int Messages() => telegram.SentTo(ChatId).Count + telegram.SentTo(ChatId, "sendDocument").Count;

    private List<(long MessageId, string Data)> LatestButtons()
    {
        var latest = telegram.SentTo(ChatId).LastOrDefault(r => r.Buttons.Count > 0);
        return latest is null ? [] : [.. latest.Buttons.Select(b => (latest.MessageId!.Value, b.Data))];
    }

    private List<(long MessageId, string Data)> AnyButtons() =>
        [.. telegram.SentTo(ChatId).Where(r => r.Buttons.Count > 0).SelectMany(r => r.Buttons.Select(b => (r.MessageId!.Value, b.Data)))];

    private static string Shown(string text) => text.Length > 40 ? text[..40] + "…" : text;
}
