using HipBand.Bot.Delivery;
using HipBand.Bot.Tests.Support;
using HipBand.Coaching.Storage;
using HipBand.Testing;

namespace HipBand.Bot.Tests.Delivery;

/// <summary>What the sender does with Telegram's odd answers and with button presses, over HTTP against the strict fake.</summary>
public sealed class OutboxSenderTests : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private readonly TempFolder folder = new();
    private FakeBotApi telegram = null!;

    public async Task InitializeAsync() => telegram = await FakeBotApi.StartAsync();

    public async Task DisposeAsync()
    {
        await telegram.DisposeAsync();
        folder.Dispose();
    }

    [Fact]
    public async Task A_double_tap_replaces_the_button_once_and_answers_both_presses()
    {
        await using var bot = await RunningBot.StartAsync(telegram, folder.File("bot.db"));
        const long chat = 5201;
        telegram.UserSends(chat, "/start");
        await telegram.WaitForMessagesAsync(chat, 1, Patience);
        var welcome = telegram.SentTo(chat)[0];
        var running = welcome.Buttons.First(b => b.Text.Contains("Running", StringComparison.Ordinal));

        telegram.UserPresses(chat, welcome.MessageId!.Value, running.Data);
        telegram.UserPresses(chat, welcome.MessageId!.Value, running.Data);
        await telegram.WaitForMessagesAsync(chat, 3, Patience);
        await telegram.WaitUntilAsync(f => f.Requests.Count(r => r.Method == "answerCallbackQuery") == 2, Patience, "both presses answered");

        Assert.Single(telegram.SentTo(chat, "editMessageReplyMarkup"));
        Assert.Contains("That question has passed.", telegram.TextsTo(chat)[2]);
        Assert.Empty(telegram.Refusals);
    }

    [Fact]
    public async Task A_success_whose_result_is_odd_is_never_sent_again()
    {
        await using var bot = await RunningBot.StartAsync(telegram, folder.File("bot.db"));
        const long chat = 5202;
        telegram.AnswerNextWith("sendMessage", """{"ok":true,"result":"something new"}""");
        telegram.UserSends(chat, "/start");
        await telegram.WaitForMessagesAsync(chat, 1, Patience);
        telegram.AnswerNextWith("sendMessage", """{"ok":true}""");
        telegram.UserSends(chat, "/help");
        await telegram.WaitForMessagesAsync(chat, 3, Patience);
        await Eventually.HoldsAsync(async () => (await bot.Get<OutboxStore>().PendingAsync(0, 100)).Count == 0, Patience, "the outbox to empty");

        Assert.Equal(3, telegram.SentTo(chat).Count);
        Assert.Contains(bot.Logs.Lines, l => l.Contains("sendMessage to chat 5202 succeeded, but its result was not what the bot expected", StringComparison.Ordinal));
        Assert.Single(bot.Logs.Lines, l => l.Contains("succeeded, but its result", StringComparison.Ordinal));

        // A document is a typed call: its result is read as a message, and 42 is none.
        telegram.AnswerNextWith("sendDocument", """{"ok":true,"result":42}""");
        telegram.UserSends(chat, "/export");
        await telegram.WaitUntilAsync(f => f.SentTo(chat, "sendDocument").Count == 1, Patience, "the export");
        await Eventually.HoldsAsync(async () => (await bot.Get<OutboxStore>().PendingAsync(0, 100)).Count == 0, Patience, "the outbox to empty");
        await using var connection = await bot.Get<ChatStore>().Database.OpenAsync();
        Assert.Equal(0L, await Dapper.SqlMapper.ExecuteScalarAsync<long>(connection, "SELECT COUNT(*) FROM dead_letters"));
        Assert.Single(telegram.SentTo(chat, "sendDocument"));
    }

    [Fact]
    public async Task An_answer_to_a_press_older_than_telegram_keeps_it_is_dropped_not_sent()
    {
        var clock = new TestClock(DateTimeOffset.UtcNow);
        var path = folder.File("bot.db");
        await using (var store = await StateOnFile.OpenAsync(path, clock))
        {
            await store.WriteAsync(new TurnWrite(5203, null, null, [], [new OutboxMessage(5203, "answerCallbackQuery", """{"callback_query_id":"cq-old"}""")]));
        }

        clock.Advance(CallbackAnswers.Window + TimeSpan.FromSeconds(1));
        await using var bot = await RunningBot.StartAsync(telegram, path, clock: clock);
        await Eventually.HoldsAsync(async () => (await bot.Get<OutboxStore>().PendingAsync(0, 100)).Count == 0, Patience, "the expired answer to be dropped");

        Assert.DoesNotContain(telegram.Requests, r => r.Method.StartsWith("answerCallbackQuery", StringComparison.Ordinal));
    }
}
