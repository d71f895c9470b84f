using HipBand.Testing.Engines;
using Dapper;
using HipBand.Bot.Delivery;
using HipBand.Bot.Tests.Support;
using HipBand.Coaching.Storage;
using HipBand.Testing;
using Microsoft.Data.Sqlite;

namespace HipBand.Bot.Tests.Delivery;

/// <summary>What the sender does with Telegram's odd answers and with button presses, over HTTP against the strict fake.</summary>
public sealed class OutboxSenderTests : FakeTelegramTest
{
    [EngineFact]
    public async Task A_double_tap_replaces_the_button_once_and_answers_both_presses()
    {
        await using var bot = await RunningBot.StartAsync(Telegram, Folder.File("bot.db"));
        const long chat = 5201;
        Telegram.UserSends(chat, "/start");
        await Telegram.WaitForMessagesAsync(chat, 1, Patience);
        var welcome = Telegram.SentTo(chat)[0];
        var running = welcome.Buttons.First(b => b.Text.Contains("No, none of these", StringComparison.Ordinal));

        Telegram.UserPresses(chat, welcome.MessageId!.Value, running.Data);
        Telegram.UserPresses(chat, welcome.MessageId!.Value, running.Data);
        await Telegram.WaitForMessagesAsync(chat, 3, Patience);
        await Telegram.WaitUntilAsync(f => f.Requests.Count(r => r.Method == "answerCallbackQuery") == 2, Patience, "both presses answered");

        Assert.Single(Telegram.SentTo(chat, "editMessageReplyMarkup"));
        Assert.Contains("That question has passed.", Telegram.TextsTo(chat)[2]);
        Assert.Empty(Telegram.Refusals);
    }

    [EngineFact]
    public async Task A_success_whose_result_is_odd_is_never_sent_again()
    {
        await using var bot = await RunningBot.StartAsync(Telegram, Folder.File("bot.db"));
        const long chat = 5202;
        Telegram.AnswerNextWith("sendMessage", """{"ok":true,"result":"something new"}""");
        Telegram.UserSends(chat, "/start");
        await Telegram.WaitForMessagesAsync(chat, 1, Patience);
        Telegram.AnswerNextWith("sendMessage", """{"ok":true}""");
        Telegram.UserSends(chat, "/help");
        await Telegram.WaitForMessagesAsync(chat, 3, Patience);
        await Eventually.HoldsAsync(async () => (await bot.Get<OutboxStore>().PendingAsync(0, 100)).Count == 0, Patience, "the outbox to empty");

        Assert.Equal(3, Telegram.SentTo(chat).Count);
        Assert.Contains(bot.Logs.Lines, l => l.Contains("sendMessage to chat 5202 succeeded, but its result was not what the bot expected", StringComparison.Ordinal));
        Assert.Single(bot.Logs.Lines, l => l.Contains("succeeded, but its result", StringComparison.Ordinal));

        // A document is a typed call: its result is read as a message, and 42 is none.
        Telegram.AnswerNextWith("sendDocument", """{"ok":true,"result":42}""");
        Telegram.UserSends(chat, "/export");
        await Telegram.WaitUntilAsync(f => f.SentTo(chat, "sendDocument").Count == 1, Patience, "the export");
        await Eventually.HoldsAsync(async () => (await bot.Get<OutboxStore>().PendingAsync(0, 100)).Count == 0, Patience, "the outbox to empty");
        await using var connection = await bot.Get<ChatStore>().Database.OpenAsync();
        Assert.Equal(0L, await Dapper.SqlMapper.ExecuteScalarAsync<long>(connection, "SELECT COUNT(*) FROM dead_letters"));
        Assert.Single(Telegram.SentTo(chat, "sendDocument"));
    }

    [EngineFact]
    public async Task An_answer_to_a_press_older_than_telegram_keeps_it_is_dropped_not_sent()
    {
        var clock = new TestClock(DateTimeOffset.UtcNow);
        var path = Folder.File("bot.db");
        await using (var store = await StateOnFile.OpenAsync(path, clock))
        {
            await store.WriteAsync(new TurnWrite(5203, null, null, [], [new OutboxMessage(5203, "answerCallbackQuery", """{"callback_query_id":"cq-old"}""")]));
        }

        clock.Advance(CallbackAnswers.Window + TimeSpan.FromSeconds(1));
        await using var bot = await RunningBot.StartAsync(Telegram, path, clock: clock);
        await Eventually.HoldsAsync(async () => (await bot.Get<OutboxStore>().PendingAsync(0, 100)).Count == 0, Patience, "the expired answer to be dropped");

        Assert.DoesNotContain(Telegram.Requests, r => r.Method.StartsWith("answerCallbackQuery", StringComparison.Ordinal));
    }

    [EngineFact]
    public async Task A_403_for_a_message_sent_before_the_person_came_back_drops_it_and_sends_what_came_after()
    {
        const long chat = 5204;
        var clock = new TestClock(DateTimeOffset.UtcNow);
        await using var bot = await RunningBot.StartAsync(Telegram, Folder.File("bot.db"), clock: clock);
        Telegram.UserSends(chat, "/start");
        await Telegram.WaitForMessagesAsync(chat, 1, Patience);

        // The reply to /help is on its way while they block the bot, unblock it and send /stats.
        var hold = Telegram.HoldNext("sendMessage", chat);
        Telegram.FailNext("sendMessage", 1, 403, "Forbidden: bot was blocked by the user", chatId: chat);
        Telegram.UserSends(chat, "/help");
        await hold.Arrived.WaitAsync(Patience);
        clock.Advance(TimeSpan.FromSeconds(1));
        var stats = Telegram.UserSends(chat, "/stats");
        await Telegram.WaitUntilAsync(f => f.ConfirmedOffset > stats, Patience, "/stats to be stored");
        var inbox = bot.Get<TransportStore>();
        await Eventually.HoldsAsync(async () => (await inbox.WaitingAsync()).Count == 0, Patience, "/stats to be applied, its reply written");
        hold.Release();

        await Telegram.WaitForMessagesAsync(chat, 2, Patience);
        Assert.StartsWith("No sessions logged yet", Telegram.TextsTo(chat)[1], StringComparison.Ordinal);
        Assert.Single(Telegram.Requests, r => r.Method == "sendMessage!failed");
        Assert.DoesNotContain(Telegram.TextsTo(chat), t => t.Contains("How I work", StringComparison.Ordinal));
        await using var connection = await StateOnFile.ConnectAsync(Folder.File("bot.db"));
        Assert.Equal(1, await connection.ExecuteScalarAsync<long>("SELECT active FROM trainees WHERE chat_id = @chat", new { chat }));
        Assert.True(bot.Logs.Lines.Any(l => l.Contains("has come back", StringComparison.Ordinal)), string.Join("\n", bot.Logs.Lines));
    }
}
