using HipBand.Testing.Engines;
using Dapper;
using HipBand.Bot.Tests.Support;
using HipBand.Coaching.Storage;
using HipBand.Testing;

namespace HipBand.Bot.Tests.Telegram;

public sealed class EndToEndTests : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private readonly TempFolder folder = new();
    private FakeBotApi telegram = null!;
    private RunningBot bot = null!;

    public async Task InitializeAsync()
    {
        telegram = await FakeBotApi.StartAsync();
        bot = await RunningBot.StartAsync(telegram, folder.File("bot.db"));
    }

    public async Task DisposeAsync()
    {
        await bot.DisposeAsync();
        await telegram.DisposeAsync();
        folder.Dispose();
    }

    [EngineFact]
    public async Task Onboarding_and_a_full_session_work_over_http_with_buttons()
    {
        const long chat = 501;
        var expected = 0;
        async Task Step(Action act)
        {
            act();
            await telegram.WaitForMessagesAsync(chat, ++expected, Patience);
        }

        await Step(() => telegram.UserSends(chat, "/start"));
        Assert.Contains("<b>Hi, I'm HipBandBot.</b>", telegram.TextsTo(chat)[^1]);
        await Step(() => telegram.UserPresses(chat, "No, none of these"));
        await Step(() => telegram.UserPresses(chat, "Running"));
        await Step(() => telegram.UserSends(chat, "yellow, green, black"));
        await Step(() => telegram.UserPresses(chat, "Mon Wed Fri"));
        await Step(() => telegram.UserPresses(chat, "07:00"));
        await Step(() => telegram.UserPresses(chat, "Berlin"));
        Assert.Contains("Mon, Wed, Fri at 07:00 (Europe/Berlin)", telegram.TextsTo(chat)[^1]);
        await Step(() => telegram.UserPresses(chat, "Start first session now"));
        Assert.Contains("Set 1 of 3 · Lateral band walk", telegram.TextsTo(chat)[^1]);

        for (var guard = 0; !telegram.TextsTo(chat).Any(t => t.Contains("Session complete", StringComparison.Ordinal)); guard++)
        {
            Assert.True(guard < 40, "the session never completed");
            var before = telegram.SentTo(chat).Count;
            telegram.UserPresses(chat, "Done");
            await telegram.WaitForMessagesAsync(chat, before + 1, Patience);
        }

        var presses = telegram.Requests.Count(r => r.Method == "answerCallbackQuery");
        Assert.True(presses >= 18, $"every press is answered ({presses})");
        Assert.Contains(telegram.SentTo(chat, "editMessageReplyMarkup"), e => e.Buttons.Single().Text == "✓ 🏃 Running");
        Assert.Contains("Session complete", telegram.TextsTo(chat).First(t => t.Contains("<b>Session complete!</b>", StringComparison.Ordinal)));
    }

    [EngineFact]
    public async Task One_chats_burst_is_handled_in_order_while_other_chats_are_served()
    {
        const long busy = 601;
        for (var i = 1; i <= 40; i++)
        {
            telegram.UserSends(busy, $"/c{i}");
        }

        telegram.UserSends(602, "/start");
        telegram.UserSends(603, "/start");

        await telegram.WaitForMessagesAsync(busy, 40, Patience);
        await telegram.WaitForMessagesAsync(602, 1, Patience);
        await telegram.WaitForMessagesAsync(603, 1, Patience);
        var answered = telegram.TextsTo(busy).Select(t => t[..t.IndexOf('.', StringComparison.Ordinal)]).ToList();
        Assert.Equal(Enumerable.Range(1, 40).Select(i => $"I don't know /c{i}"), answered);
    }

    [EngineFact]
    public async Task A_429_storm_delays_one_chat_but_delivers_everything_and_other_chats_keep_flowing()
    {
        const long flooded = 701, calm = 702;
        telegram.FailNext("sendMessage", 3, 429, "Too Many Requests: retry after 1", retryAfter: 1, chatId: flooded);

        var started = DateTimeOffset.UtcNow;
        telegram.UserSends(flooded, "/start");
        telegram.UserSends(flooded, "/help");
        telegram.UserSends(calm, "/start");
        await telegram.WaitForMessagesAsync(calm, 1, Patience);
        var calmServedAt = DateTimeOffset.UtcNow;
        await telegram.WaitForMessagesAsync(flooded, 3, Patience);

        Assert.True(DateTimeOffset.UtcNow - started >= TimeSpan.FromSeconds(3), "three 429s with retry_after 1 s mean at least 3 s of waiting");
        Assert.True(calmServedAt < started + TimeSpan.FromSeconds(3), "the calm chat was not held up by the flooded one");
        Assert.Equal(3, telegram.Requests.Count(r => r.Method == "sendMessage!failed" && r.ChatId == flooded));
        Assert.StartsWith("<b>Hi, I'm HipBandBot.</b>", telegram.TextsTo(flooded)[0], StringComparison.Ordinal);
        Assert.StartsWith("<b>How I work</b>", telegram.TextsTo(flooded)[1], StringComparison.Ordinal);
    }

    [EngineFact]
    public async Task A_blocked_user_gets_nothing_more_until_they_start_again()
    {
        const long chat = 801;
        telegram.UserSends(chat, "/start");
        await telegram.WaitForMessagesAsync(chat, 1, Patience);

        telegram.Block(chat);
        telegram.UserSends(chat, "running");
        telegram.UserSends(chat, "none");
        await telegram.WaitUntilAsync(f => f.Requests.Any(r => r.Method == "sendMessage!blocked" && r.ChatId == chat), Patience, "a 403");
        await WaitForActiveAsync(chat, expected: 0);
        await Eventually.HoldsAsync(async () => (await bot.Get<ChatStore>().LoadAsync(chat)).State.Phase == HipBand.Coaching.Dialog.Phase.AskGoal, Patience, "both answers to be applied");
        await Eventually.HoldsAsync(async () => await PendingFor(chat) == 0, Patience, "the blocked chat's outbox to empty");

        telegram.Unblock(chat);
        telegram.UserSends(chat, "/start");
        await telegram.WaitForMessagesAsync(chat, 2, Patience);
        Assert.Contains("Welcome back", telegram.TextsTo(chat)[^1]);
        await WaitForActiveAsync(chat, expected: 1);
        Assert.Equal(1, telegram.Requests.Count(r => r.Method == "sendMessage!blocked" && r.ChatId == chat));
    }

    [EngineFact]
    public async Task Blocking_the_bot_marks_the_trainee_inactive()
    {
        const long chat = 802;
        telegram.UserSends(chat, "/start");
        await telegram.WaitForMessagesAsync(chat, 1, Patience);

        telegram.UserBlocksBot(chat);

        await WaitForActiveAsync(chat, expected: 0);
    }

    [EngineFact]
    public async Task An_old_button_a_sticker_a_photo_and_a_huge_message_get_friendly_replies()
    {
        const long chat = 901;
        telegram.UserSends(chat, "/start");
        await telegram.WaitForMessagesAsync(chat, 1, Patience);
        var welcome = telegram.SentTo(chat)[0];
        telegram.UserSends(chat, "no");
        await telegram.WaitForMessagesAsync(chat, 2, Patience);

        telegram.UserPresses(chat, welcome.MessageId!.Value, welcome.Buttons[0].Data);
        telegram.UserSendsSticker(chat);
        telegram.UserSendsPhoto(chat);
        telegram.UserSends(chat, new string('a', 5000));
        await telegram.WaitForMessagesAsync(chat, 6, Patience);

        var texts = telegram.TextsTo(chat);
        Assert.Contains("That question has passed.", texts[2]);
        Assert.Contains("I can't read stickers", texts[3]);
        Assert.Contains("I can't read photos", texts[4]);
        Assert.Contains("didn't catch that", texts[5]);
        Assert.All(texts.Skip(2), t => Assert.Contains("What are you training for?", t));
    }

    [EngineFact]
    public async Task Editing_the_message_that_logged_a_set_corrects_it_and_other_edits_are_answered()
    {
        const long chat = 951;
        var expected = 0;
        var sent = new Dictionary<string, long>();
        foreach (var line in new[] { "/start", "no", "running", "none", "Mon Wed Fri", "07:00", "Berlin", "/workout" })
        {
            sent[line] = telegram.UserSends(chat, line);
            await telegram.WaitForMessagesAsync(chat, ++expected, Patience);
        }

        var logged = telegram.UserSends(chat, "12");
        await telegram.WaitForMessagesAsync(chat, ++expected, Patience);
        telegram.UserEdits(logged, "14");
        await telegram.WaitForMessagesAsync(chat, ++expected, Patience);
        Assert.Matches("^Corrected [A-Za-z ]+: 14 \\(was 12\\)\\.", telegram.TextsTo(chat)[^1]);

        telegram.UserEdits(sent["running"], "strength");
        await telegram.WaitForMessagesAsync(chat, ++expected, Patience);
        Assert.Contains("Edits of earlier messages don't change anything", telegram.TextsTo(chat)[^1]);
        var sets = await bot.Get<ChatStore>().SetLogsAsync(chat);
        Assert.Equal(14, Assert.Single(sets).Done);
    }

    [EngineFact]
    public async Task A_group_chat_is_asked_to_talk_in_private()
    {
        telegram.UserSendsInGroup(-1001, "hello bot");

        await telegram.WaitForMessagesAsync(-1001, 1, Patience);

        Assert.Contains("talk to me in a private chat", telegram.TextsTo(-1001)[0]);
    }

    [EngineFact]
    public async Task User_text_is_escaped_and_the_token_never_reaches_a_log()
    {
        const long chat = 1001;
        telegram.FailNext("sendMessage", 2, 502, "Bad Gateway", chatId: chat);
        telegram.UserSends(chat, "/start");
        telegram.UserSends(chat, "/dance<i>&");
        await telegram.WaitForMessagesAsync(chat, 2, Patience);

        Assert.StartsWith("I don't know /dance&lt;i&gt;&amp;.", telegram.TextsTo(chat)[1], StringComparison.Ordinal);
        Assert.Contains(bot.Logs.Lines, l => l.Contains("Bad Gateway", StringComparison.Ordinal));
        Assert.Contains(bot.Logs.Lines, l => l.Contains("Connected to Telegram as @hipband_test_bot", StringComparison.Ordinal));
        Assert.DoesNotContain(bot.Logs.Lines, l => l.Contains(telegram.Token, StringComparison.Ordinal));
        Assert.DoesNotContain(bot.Logs.Lines, l => l.Contains(telegram.Token.Split(':')[1], StringComparison.Ordinal));
    }

    [EngineFact]
    public async Task Start_up_registers_the_commands_and_removes_any_webhook()
    {
        await telegram.WaitUntilAsync(f => f.Requests.Any(r => r.Method == "setMyCommands"), Patience, "setMyCommands");

        Assert.Contains(telegram.Requests, r => r.Method == "deleteWebhook");
        var commands = telegram.Requests.First(r => r.Method == "setMyCommands").Body["commands"]!.AsArray();
        Assert.Contains(commands, c => c!["command"]!.GetValue<string>() == "workout");
        Assert.All(commands, c => Assert.False(string.IsNullOrWhiteSpace(c!["description"]!.GetValue<string>())));
    }

    [EngineFact]
    public async Task The_offset_confirms_handled_updates_so_none_is_delivered_twice()
    {
        const long chat = 1101;
        telegram.UserSends(chat, "/start");
        telegram.UserSends(chat, "running");
        await telegram.WaitForMessagesAsync(chat, 2, Patience);

        telegram.UserSends(chat, "/help");
        await telegram.WaitForMessagesAsync(chat, 4, Patience);
        await telegram.WaitUntilAsync(f => f.PendingUpdates <= 1, Patience, "updates to be confirmed");
        Assert.True(await bot.Get<TransportStore>().ReadOffsetAsync() > 0);
    }

    private async Task<long> PendingFor(long chat) =>
        (await bot.Get<OutboxStore>().PendingAsync(0, 1000)).Count(m => m.ChatId == chat);

    private async Task WaitForActiveAsync(long chat, long expected)
    {
        var store = bot.Get<ChatStore>();
        await Eventually.HoldsAsync(async () =>
        {
            await using var connection = await store.Database.OpenAsync();
            return await connection.ExecuteScalarAsync<long?>("SELECT active FROM trainees WHERE chat_id = @chat", new { chat }) == expected;
        }, Patience, $"chat {chat} active = {expected}");
    }
}
