using HipBand.Bot.Tests.Support;

namespace HipBand.Bot.Tests.Telegram.Webhook;

/// <summary>The bot in webhook mode, end to end: Telegram posts every update over HTTP, nothing polls.</summary>
public sealed class WebhookEndToEndTests : FakeTelegramTest
{
    [Fact]
    public async Task Onboarding_and_a_full_session_work_over_the_webhook_without_a_single_getUpdates()
    {
        const long chat = 5101;
        await using var bot = await WebhookBot.StartAsync(Telegram, Folder.File("bot.db"));
        var expected = 0;
        async Task Step(Action act)
        {
            act();
            await Telegram.WaitForMessagesAsync(chat, ++expected, Patience);
        }

        await Step(() => Telegram.UserSends(chat, "/start"));
        Assert.Contains("<b>Hi, I'm HipBandBot.</b>", Telegram.TextsTo(chat)[^1]);
        await Step(() => Telegram.UserPresses(chat, "No, none of these"));
        await Step(() => Telegram.UserPresses(chat, "Running"));
        await Step(() => Telegram.UserSends(chat, "yellow, green, black"));
        await Step(() => Telegram.UserPresses(chat, "Mon Wed Fri"));
        await Step(() => Telegram.UserPresses(chat, "07:00"));
        await Step(() => Telegram.UserPresses(chat, "Berlin"));
        Assert.Contains("Mon, Wed, Fri at 07:00 (Europe/Berlin)", Telegram.TextsTo(chat)[^1]);
        await Step(() => Telegram.UserPresses(chat, "Start first session now"));
        for (var guard = 0; !Telegram.TextsTo(chat).Any(t => t.Contains("Session complete", StringComparison.Ordinal)); guard++)
        {
            Assert.True(guard < 40, "the session never completed");
            var before = Telegram.SentTo(chat).Count;
            Telegram.UserPresses(chat, "Done");
            await Telegram.WaitForMessagesAsync(chat, before + 1, Patience);
        }

        Assert.DoesNotContain(Telegram.Requests, r => r.Method.StartsWith("getUpdates", StringComparison.Ordinal));
        var set = Assert.Single(Telegram.Requests, r => r.Method == "setWebhook");
        Assert.Equal(WebhookBot.PublicUrl, set.Body["url"]!.ToString());
        Assert.Equal(WebhookBot.Secret, set.Body["secret_token"]!.ToString());
        Assert.Equal("8", set.Body["max_connections"]!.ToString());
        Assert.Contains("callback_query", set.Body["allowed_updates"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.All(Telegram.WebhookDeliveries, d => Assert.Equal(200, d.Status));
        Assert.True(Telegram.Requests.Count(r => r.Method == "answerCallbackQuery") >= 18, "every press is answered");
    }

    [Fact]
    public async Task Each_chats_updates_are_applied_in_order_while_many_chats_are_posted_at_once()
    {
        await using var bot = await WebhookBot.StartAsync(Telegram, Folder.File("bot.db"));
        var chats = Enumerable.Range(0, 12).Select(i => 5200L + i).ToList();
        for (var i = 1; i <= 15; i++)
        {
            foreach (var chat in chats)
            {
                Telegram.UserSends(chat, $"/c{i}");
            }
        }

        foreach (var chat in chats)
        {
            await Telegram.WaitForMessagesAsync(chat, 15, Patience);
            var answered = Telegram.TextsTo(chat).Select(t => t[..t.IndexOf('.', StringComparison.Ordinal)]).ToList();
            Assert.Equal(Enumerable.Range(1, 15).Select(i => $"I don't know /c{i}"), answered);
        }

        // Several chats were on their way at once: the order held under concurrency, not for want of it.
        Assert.True(Telegram.WebhookDeliveries.Count >= 180);
    }

    [Fact]
    public async Task An_update_Telegram_posts_again_after_it_was_applied_changes_nothing()
    {
        const long chat = 5301;
        await using var bot = await WebhookBot.StartAsync(Telegram, Folder.File("bot.db"));
        var start = Telegram.UserSends(chat, "/start");
        await Telegram.WaitForMessagesAsync(chat, 1, Patience);

        Telegram.Redeliver(start);
        Telegram.Redeliver(start);
        await Telegram.WaitUntilAsync(t => t.WebhookDeliveries.Count(d => d.UpdateId == start && d.Status == 200) == 3, Patience, "both redeliveries to be taken");
        Telegram.UserSends(chat, "/help");
        await Telegram.WaitForMessagesAsync(chat, 2, Patience);

        var texts = Telegram.TextsTo(chat);
        Assert.Equal(2, texts.Count);
        Assert.StartsWith("<b>Hi, I'm HipBandBot.</b>", texts[0], StringComparison.Ordinal);
        Assert.StartsWith("<b>How I work</b>", texts[1], StringComparison.Ordinal);
    }
}
