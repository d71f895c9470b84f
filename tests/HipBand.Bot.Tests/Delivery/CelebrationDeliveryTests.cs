using HipBand.Testing.Engines;
using Dapper;
using HipBand.Bot.Delivery;
using HipBand.Bot.Telegram;
using HipBand.Bot.Tests.Support;
using HipBand.Coaching.Dialog;
using HipBand.Coaching.Storage;
using HipBand.Testing;

namespace HipBand.Bot.Tests.Delivery;

/// <summary>A celebrated reply over HTTP against the strict fake: 🎉 in a private chat, never in a group, never lost to a 400.</summary>
public sealed class CelebrationDeliveryTests : FakeTelegramTest
{
    /// <summary>Setup for the warm-up, a baseline session, then a session with a personal best.</summary>
    private static readonly string[] ToAPersonalBest =
    [
        "/start", "no", "warm-up", "yellow, green, black", "Mon Wed Fri", "07:30", "Europe/Berlin",
        "/workout", "10", "10", "10",
        "/workout", "12", "10", "11",
    ];

    [EngineFact]
    public async Task A_personal_best_goes_out_with_the_confetti_effect_and_nothing_else_does()
    {
        await using var bot = await RunningBot.StartAsync(Telegram, Folder.File("bot.db"));
        const long chat = 7301;

        await ChatToAPersonalBestAsync(chat);

        var summaries = Telegram.SentTo(chat).Where(r => r.Text!.Contains("Session complete", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, summaries.Count);
        Assert.Null(summaries[0].Body["message_effect_id"]);
        Assert.Equal(FakeBotApi.ConfettiEffect, summaries[1].Body["message_effect_id"]!.GetValue<string>());
        Assert.Contains("Better than last time", summaries[1].Text);
        Assert.Single(Telegram.SentTo(chat), r => r.Body["message_effect_id"] is not null);
        Assert.Equal(MessageEffects.Celebration, FakeBotApi.ConfettiEffect);
        Assert.Empty(Telegram.Refusals);
    }

    [EngineFact]
    public async Task An_effect_telegram_refuses_sends_the_message_once_more_without_it()
    {
        Telegram.KnownEffects = new HashSet<string>();
        Telegram.RefusalsExpected = true;
        await using var bot = await RunningBot.StartAsync(Telegram, Folder.File("bot.db"));
        const long chat = 7302;

        await ChatToAPersonalBestAsync(chat);
        await Eventually.HoldsAsync(async () => (await bot.Get<OutboxStore>().PendingAsync(0, 100)).Count == 0, Patience, "the outbox to empty");

        var refused = Assert.Single(Telegram.Requests, r => r.Method == "sendMessage!refused");
        Assert.Equal(FakeBotApi.ConfettiEffect, refused.Body["message_effect_id"]!.GetValue<string>());
        Assert.Equal([$"sendMessage to {chat}: EFFECT_ID_INVALID"], Telegram.Refusals);
        var best = Assert.Single(Telegram.SentTo(chat), r => r.Text == refused.Text);
        Assert.Null(best.Body["message_effect_id"]);
        Assert.Equal(2, Telegram.SentTo(chat).Count(r => r.Text!.Contains("Session complete", StringComparison.Ordinal)));
        Assert.Contains(bot.Logs.Lines, l => l.Contains($"A message to chat {chat} was refused for its effect", StringComparison.Ordinal));
        await using var connection = await bot.Get<ChatStore>().Database.OpenAsync();
        Assert.Equal(0L, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM dead_letters"));
    }

    [EngineFact]
    public async Task A_celebration_carries_the_effect_in_a_private_chat_and_not_in_a_group()
    {
        await using var bot = await RunningBot.StartAsync(Telegram, Folder.File("bot.db"));
        const long person = 7303;
        const long group = -1007303;
        var celebrated = new Reply("You did 20, 20, 20 twice: moving you to the green band.") { Celebrate = true };

        foreach (var chat in new[] { person, group })
        {
            var report = await bot.Get<ChatStore>().WriteAsync(new TurnWrite(chat, null, null, [], [ReplyRenderer.Message(chat, celebrated)]));
            bot.Get<OutboxSender>().Enqueue(report.Queued);
        }

        await Telegram.WaitForMessagesAsync(person, 1, Patience);
        await Telegram.WaitForMessagesAsync(group, 1, Patience);

        Assert.Equal(FakeBotApi.ConfettiEffect, Telegram.SentTo(person)[0].Body["message_effect_id"]!.GetValue<string>());
        Assert.Null(Telegram.SentTo(group)[0].Body["message_effect_id"]);
        Assert.Empty(Telegram.Refusals);
    }

    /// <summary>Sends the whole conversation at once (each chat's updates are handled strictly in order) and waits for both summaries.</summary>
    private async Task ChatToAPersonalBestAsync(long chat)
    {
        foreach (var line in ToAPersonalBest)
        {
            Telegram.UserSends(chat, line);
        }

        await Telegram.WaitUntilAsync(
            f => f.SentTo(chat).Count(r => r.Text!.Contains("Better than last time", StringComparison.Ordinal)) == 1,
            Patience,
            "the second session's summary");
    }
}
