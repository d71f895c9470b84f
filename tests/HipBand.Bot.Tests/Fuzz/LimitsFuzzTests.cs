using HipBand.Testing.Engines;
using HipBand.Bot.Tests.Support;
using HipBand.Testing;

namespace HipBand.Bot.Tests.Fuzz;

/// <summary>The fuzz test with Telegram's limits kept by the bot and enforced by the fake server.</summary>
[Collection(TimingSensitive.Name)]
public sealed class LimitsFuzzTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [EngineFact]
    public async Task With_telegrams_limits_on_random_people_never_meet_a_429()
    {
        await using var telegram = await FakeBotApi.StartAsync(floodControl: true);
        await using var bot = await RunningBot.StartAsync(telegram, folder.File("bot.db"), RunningBot.TelegramLimits);

        var unanswered = await BotFuzzTests.RunAsync(telegram, bot, seed: 4242, people: 16, actions: 12);

        BotFuzzTests.AssertSound(telegram, bot, unanswered);
        Assert.Equal(0, telegram.TooManyRequests);
    }
}
