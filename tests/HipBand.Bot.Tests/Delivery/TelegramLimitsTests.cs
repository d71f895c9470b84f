using HipBand.Testing.Engines;
using HipBand.Bot.Tests.Support;
using HipBand.Coaching.Storage;
using HipBand.Testing;

namespace HipBand.Bot.Tests.Delivery;

/// <summary>The bot keeps Telegram's own limits, against a server that enforces them, across a whole conversation.</summary>
[Collection(TimingSensitive.Name)]
public sealed class TelegramLimitsTests : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private readonly TempFolder folder = new();
    private FakeBotApi telegram = null!;
    private RunningBot bot = null!;

    public async Task InitializeAsync()
    {
        telegram = await FakeBotApi.StartAsync(floodControl: true);
        bot = await RunningBot.StartAsync(telegram, folder.File("bot.db"), RunningBot.TelegramLimits);
    }

    public async Task DisposeAsync()
    {
        await bot.DisposeAsync();
        await telegram.DisposeAsync();
        folder.Dispose();
    }

    [EngineFact]
    public async Task The_per_chat_limit_holds_across_turns_not_just_within_one()
    {
        const long chat = 5101;
        telegram.UserSends(chat, "/start");
        await telegram.WaitForMessagesAsync(chat, 1, Patience);

        // Each /help is answered with two messages; a fresh burst per turn would put four into one second.
        for (var turn = 1; turn <= 4; turn++)
        {
            telegram.UserSends(chat, "/help");
            await telegram.WaitForMessagesAsync(chat, 1 + (2 * turn), Patience);
        }

        Assert.Equal(0, telegram.TooManyRequests);
        var arrivals = telegram.SentTo(chat).Select(r => r.At).ToList();
        for (var i = 3; i < arrivals.Count; i++)
        {
            Assert.True(arrivals[i] - arrivals[i - 3] >= TimeSpan.FromSeconds(0.9), $"messages {i - 2}-{i + 1} came within a second");
        }
    }

    [EngineFact]
    public async Task A_button_press_is_answered_at_once_even_while_the_chats_messages_wait_their_turn()
    {
        const long chat = 5102;
        telegram.UserSends(chat, "/start");
        await telegram.WaitForMessagesAsync(chat, 1, Patience);
        for (var i = 0; i < 3; i++)
        {
            telegram.UserSends(chat, "/help");
        }

        telegram.UserPresses(chat, "No, none of these");
        await telegram.WaitForMessagesAsync(chat, 8, Patience);

        var requests = telegram.Requests.Where(r => r.ChatId == chat || r.Method == "answerCallbackQuery").ToList();
        var answer = requests.FindIndex(r => r.Method == "answerCallbackQuery");
        var lastHelp = requests.FindLastIndex(r => r.Method == "sendMessage" && r.Text!.StartsWith("<b>How I work</b>", StringComparison.Ordinal));
        Assert.True(answer >= 0 && answer < lastHelp, "the press was answered before the chat's queued messages went out");
        Assert.Equal(0, telegram.TooManyRequests);
    }
}
