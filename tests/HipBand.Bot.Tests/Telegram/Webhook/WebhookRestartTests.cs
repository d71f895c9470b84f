using HipBand.Bot.Tests.Support;
using HipBand.Coaching.Storage;
using Microsoft.Data.Sqlite;

namespace HipBand.Bot.Tests.Telegram.Webhook;

/// <summary>A crash after the webhook's 200 leaves the update in the inbox; the next start applies it before anything new.</summary>
public sealed class WebhookRestartTests : FakeTelegramTest
{
    [Fact]
    public async Task An_update_stored_but_not_applied_by_an_earlier_run_is_applied_first_when_the_webhook_bot_starts()
    {
        const long chat = 5801;
        var path = Folder.File("bot.db");
        var database = new Database(new SqliteDialect(path));
        await database.MigrateAsync(TimeProvider.System);
        var stored = """{"update_id":9100,"message":{"message_id":1,"from":{"id":5801,"is_bot":false,"first_name":"Runner"},"chat":{"id":5801,"type":"private","first_name":"Runner"},"date":1700000000,"text":"/start"}}""";
        await new TransportStore(database, TimeProvider.System).AcceptAsync([new ArrivedUpdate(9100, chat, stored)], offset: null);
        await database.DisposeAsync();
        SqliteConnection.ClearAllPools();

        await using var bot = await WebhookBot.StartAsync(Telegram, path);
        Telegram.UserSends(chat, "/help");
        await Telegram.WaitForMessagesAsync(chat, 2, Patience);

        Assert.StartsWith("<b>Hi, I'm HipBandBot.</b>", Telegram.TextsTo(chat)[0], StringComparison.Ordinal);
        Assert.StartsWith("<b>How I work</b>", Telegram.TextsTo(chat)[1], StringComparison.Ordinal);
    }
}
