using HipBand.Testing.Engines;
using System.Text.Json;
using HipBand.Bot.Inbox;
using HipBand.Bot.Telegram.Api;
using HipBand.Bot.Tests.Support;
using HipBand.Coaching.Storage;
using HipBand.Testing;

namespace HipBand.Bot.Tests.Inbox;

/// <summary>Every update comes through the one door: stored first, applied per chat in the order it came, once.</summary>
public sealed class UpdateDoorTests : FakeTelegramTest
{
    [EngineFact]
    public async Task Update_7_delivered_after_update_8_is_applied_and_both_are_once()
    {
        await using var bot = await RunningBot.StartAsync(Telegram, Folder.File("bot.db"));
        var door = bot.Get<UpdateDoor>();
        const long chat = 6101;

        await door.AcceptAsync([Update(8, chat, "/start")], null, CancellationToken.None);
        await Telegram.WaitForMessagesAsync(chat, 1, Patience);
        await door.AcceptAsync([Update(7, chat, "/help")], null, CancellationToken.None);
        await Telegram.WaitForMessagesAsync(chat, 3, Patience);
        await door.AcceptAsync([Update(8, chat, "/start"), Update(7, chat, "/help")], null, CancellationToken.None);
        await bot.Get<ChatQueues>().IdleAsync();

        var texts = Telegram.TextsTo(chat);
        Assert.Equal(3, texts.Count);
        Assert.StartsWith("<b>Hi, I'm HipBandBot.</b>", texts[0], StringComparison.Ordinal);
        Assert.StartsWith("<b>How I work</b>", texts[1], StringComparison.Ordinal);
        Assert.Empty(await bot.Get<TransportStore>().WaitingAsync());
    }

    [EngineFact]
    public async Task What_an_earlier_run_stored_and_did_not_apply_is_applied_at_start_in_order()
    {
        const long chat = 6102;
        var path = Folder.File("bot.db");
        var clock = new TestClock(DateTimeOffset.UtcNow);
        await using (var store = await StateOnFile.OpenAsync(path, clock))
        {
            var transport = new TransportStore(store.Database, clock);
            await transport.AcceptAsync([Arrived(5, chat, "/start"), Arrived(6, chat, "no")], offset: 7);
        }

        await using var bot = await RunningBot.StartAsync(Telegram, path);
        await Telegram.WaitForMessagesAsync(chat, 2, Patience);

        Assert.StartsWith("<b>Hi, I'm HipBandBot.</b>", Telegram.TextsTo(chat)[0], StringComparison.Ordinal);
        Assert.Contains("What are you training for?", Telegram.TextsTo(chat)[1], StringComparison.Ordinal);
        Assert.Equal(7, await bot.Get<TransportStore>().ReadOffsetAsync());
    }

    [EngineFact]
    public async Task An_update_of_a_shape_this_release_cannot_read_is_recorded_and_changes_nothing()
    {
        await using var bot = await RunningBot.StartAsync(Telegram, Folder.File("bot.db"));
        var odd = ReceivedUpdate.Read(JsonDocument.Parse("""{"update_id":42,"message":{"message_id":1,"date":"not a date","chat":{"id":6103,"type":"private"},"text":"hi"}}""").RootElement);

        await bot.Get<UpdateDoor>().AcceptAsync([odd], null, CancellationToken.None);

        // With PostgreSQL the door hands it to the shared inbox, whose poll queues it: wait for the inbox, not the queues.
        Assert.Null(odd.Update);
        await Eventually.HoldsAsync(async () => (await bot.Get<TransportStore>().WaitingAsync()).Count == 0, Patience, "the update to be recorded");
        await bot.Get<ChatQueues>().IdleAsync();
        Assert.Empty(Telegram.SentTo(6103));
    }

    private static string Json(long updateId, long chat, string text) =>
        $$$"""{"update_id":{{{updateId}}},"message":{"message_id":{{{updateId}}},"date":1700000000,"chat":{"id":{{{chat}}},"type":"private"},"from":{"id":{{{chat}}},"is_bot":false,"first_name":"A"},"text":"{{{text}}}"}}""";

    private static ReceivedUpdate Update(long updateId, long chat, string text) => ReceivedUpdate.Read(JsonDocument.Parse(Json(updateId, chat, text)).RootElement);

    private static ArrivedUpdate Arrived(long updateId, long chat, string text) => new(updateId, chat, Json(updateId, chat, text));
}
