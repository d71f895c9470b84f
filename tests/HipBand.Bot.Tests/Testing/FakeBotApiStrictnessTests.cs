using System.Net.Http.Json;
using System.Text.Json.Nodes;
using HipBand.Testing;

namespace HipBand.Bot.Tests.Testing;

/// <summary>The fake Bot API refuses what Telegram refuses, so that a test passing against it passes against Telegram.</summary>
public sealed class FakeBotApiStrictnessTests : IAsyncLifetime
{
    private readonly HttpClient http = new();
    private readonly TestClock clock = new();
    private FakeBotApi telegram = null!;

    public async Task InitializeAsync()
    {
        telegram = await FakeBotApi.StartAsync(floodControl: true, clock: clock);
        telegram.RefusalsExpected = true;
    }

    public async Task DisposeAsync()
    {
        http.Dispose();
        await telegram.DisposeAsync();
    }

    [Theory]
    [InlineData("<b>bold</b> and <i>italic</i>, <pre>a chart</pre>", "bold and italic, a chart")]
    [InlineData("5 &lt; 6 &amp;&amp; 7 &gt; 2 &quot;ok&quot;", "5 < 6 && 7 > 2 \"ok\"")]
    [InlineData("&#65;&#x42; &nbsp; a & b", "AB &nbsp; a & b")]
    [InlineData("<b>nested <i>fine</i></b>", "nested fine")]
    [InlineData("<span class=\"tg-spoiler\">hidden</span>", "hidden")]
    [InlineData("<a href=\"https://example.org/?a=1&amp;b=2\">link</a>", "link")]
    [InlineData("emoji 💪 and ١٥", "emoji 💪 and ١٥")]
    public void Html_telegram_accepts_parses_to_its_visible_text(string html, string visible)
    {
        Assert.Equal(visible, TelegramHtml.Parse(html, out var error));
        Assert.Null(error);
    }

    [Theory]
    [InlineData("a < b", "Unsupported start tag \"\" at byte offset 2")]
    [InlineData("1<2 x", "Unsupported start tag \"2\" at byte offset 1")]
    [InlineData("<br>", "Unsupported start tag \"br\" at byte offset 0")]
    [InlineData("<b>open", "Can't find end tag corresponding to start tag \"b\"")]
    [InlineData("<b><i>x</b></i>", "Unmatched end tag at byte offset 7, expected \"</i>\", found \"</b>\"")]
    [InlineData("x</b>", "Unexpected end tag at byte offset 1")]
    [InlineData("<span>x</span>", "Tag \"span\" must have class \"tg-spoiler\" at byte offset 0")]
    [InlineData("<a href=https://x.org>x</a>", "Unexpected end of name token at byte offset 8")]
    [InlineData("tail <", "Unclosed start tag at byte offset 5")]
    public void Html_telegram_refuses_is_refused_with_telegrams_words(string html, string error)
    {
        Assert.Null(TelegramHtml.Parse(html, out var said));
        Assert.Equal(error, said);
    }

    [Fact]
    public async Task Text_is_refused_when_empty_unparseable_or_longer_than_4096_after_parsing()
    {
        var atLimit = new string('x', 4096);
        var escapedAtLimit = string.Concat(Enumerable.Repeat("&lt;", 4096));

        Assert.Equal("Bad Request: message text is empty", await RefusalOf("sendMessage", new() { ["chat_id"] = 1, ["text"] = "" }));
        Assert.Equal("Bad Request: text must be non-empty", await RefusalOf("sendMessage", new() { ["chat_id"] = 1, ["text"] = "<b> </b>", ["parse_mode"] = "HTML" }));
        Assert.StartsWith("Bad Request: can't parse entities: ", await RefusalOf("sendMessage", new() { ["chat_id"] = 1, ["text"] = "<x>", ["parse_mode"] = "HTML" }), StringComparison.Ordinal);
        Assert.Equal("Bad Request: message is too long", await RefusalOf("sendMessage", new() { ["chat_id"] = 1, ["text"] = atLimit + "x" }));
        Assert.Null(await RefusalOf("sendMessage", new() { ["chat_id"] = 2, ["text"] = atLimit }));
        Assert.Null(await RefusalOf("sendMessage", new() { ["chat_id"] = 3, ["text"] = escapedAtLimit, ["parse_mode"] = "HTML" }));
    }

    [Fact]
    public async Task A_message_effect_is_for_private_chats_and_ids_telegram_knows()
    {
        JsonObject With(long chat, string effect) => new() { ["chat_id"] = chat, ["text"] = "🎉", ["message_effect_id"] = effect };

        Assert.Null(await RefusalOf("sendMessage", With(11, FakeBotApi.ConfettiEffect)));
        Assert.Equal("Bad Request: message effects can be used only in private chats", await RefusalOf("sendMessage", With(-11, FakeBotApi.ConfettiEffect)));
        Assert.Equal("Bad Request: EFFECT_ID_INVALID", await RefusalOf("sendMessage", With(12, "123")));

        telegram.KnownEffects = new HashSet<string>();
        Assert.Equal("Bad Request: EFFECT_ID_INVALID", await RefusalOf("sendMessage", With(13, FakeBotApi.ConfettiEffect)));
    }

    [Fact]
    public async Task Buttons_need_callback_data_of_1_to_64_bytes()
    {
        JsonObject WithButton(string data) => new()
        {
            ["chat_id"] = 4,
            ["text"] = "pick",
            ["reply_markup"] = new JsonObject { ["inline_keyboard"] = new JsonArray(new JsonArray(new JsonObject { ["text"] = "A", ["callback_data"] = data })) },
        };

        Assert.Null(await RefusalOf("sendMessage", WithButton(new string('a', 64))));
        Assert.Equal("Bad Request: BUTTON_DATA_INVALID", await RefusalOf("sendMessage", WithButton(new string('é', 33))));
        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.StartsWith("Bad Request: can't parse inline keyboard button", await RefusalOf("sendMessage", WithButton("")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_edit_that_changes_nothing_is_refused_as_not_modified()
    {
        var markup = new JsonObject { ["inline_keyboard"] = new JsonArray(new JsonArray(new JsonObject { ["text"] = "✓ A", ["callback_data"] = "pressed|" })) };
        await RefusalOf("sendMessage", new() { ["chat_id"] = 5, ["text"] = "pick" });
        var messageId = telegram.SentTo(5)[0].MessageId;

        var first = await RefusalOf("editMessageReplyMarkup", new() { ["chat_id"] = 5, ["message_id"] = messageId, ["reply_markup"] = markup.DeepClone() });
        var second = await RefusalOf("editMessageReplyMarkup", new() { ["chat_id"] = 5, ["message_id"] = messageId, ["reply_markup"] = markup.DeepClone() });

        Assert.Null(first);
        Assert.StartsWith("Bad Request: message is not modified", second, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_button_press_is_answered_once_and_only_while_telegram_waits()
    {
        await RefusalOf("sendMessage", new() { ["chat_id"] = 6, ["text"] = "pick" });
        var message = telegram.SentTo(6)[0].MessageId!.Value;
        telegram.UserPresses(6, message, "x");
        telegram.UserPresses(6, message, "y");
        var queries = await PendingQueryIdsAsync();

        var answered = await RefusalOf("answerCallbackQuery", new() { ["callback_query_id"] = queries[0] });
        var again = await RefusalOf("answerCallbackQuery", new() { ["callback_query_id"] = queries[0] });
        clock.Advance(FakeBotApi.CallbackQueryLifetime + TimeSpan.FromSeconds(1));
        var late = await RefusalOf("answerCallbackQuery", new() { ["callback_query_id"] = queries[1] });

        Assert.Null(answered);
        Assert.Equal("Bad Request: query is too old and response timeout expired or query ID is invalid", again);
        Assert.Equal(again, late);
    }

    [Fact]
    public async Task A_private_chat_gets_three_at_once_then_one_a_second_with_a_little_slack()
    {
        var results = new List<string?>();
        for (var i = 0; i < 4; i++)
        {
            results.Add(await RefusalOf("sendMessage", new() { ["chat_id"] = 7, ["text"] = "hi" }));
        }

        clock.Advance(TimeSpan.FromMilliseconds(920));
        results.Add(await RefusalOf("sendMessage", new() { ["chat_id"] = 7, ["text"] = "hi" }));

        Assert.Equal([null, null, null, "Too Many Requests: retry after 1", null], results);
        Assert.Equal(1, telegram.TooManyRequests);
        Assert.Equal(1, telegram.Requests.Count(r => r.Method == "sendMessage!flood"));
    }

    [Fact]
    public async Task The_bot_gets_30_messages_a_second_in_all()
    {
        var refused = 0;
        for (var chat = 100; chat < 140; chat++)
        {
            refused += await RefusalOf("sendMessage", new() { ["chat_id"] = chat, ["text"] = "hi" }) is null ? 0 : 1;
        }

        // 30 a second, and 100 ms of slack: three more.
        Assert.Equal(40 - 33, refused);
    }

    [Fact]
    public async Task A_group_gets_twenty_a_minute()
    {
        var refused = 0;
        for (var i = 0; i < 25; i++)
        {
            clock.Advance(TimeSpan.FromMilliseconds(100));
            refused += await RefusalOf("sendMessage", new() { ["chat_id"] = -42, ["text"] = "hi" }) is null ? 0 : 1;
        }

        Assert.Equal(5, refused);
    }

    [Fact]
    public async Task Only_the_kinds_of_update_asked_for_are_delivered()
    {
        var message = telegram.UserSends(8, "hi");
        telegram.UserEdits(message, "hello");

        var withoutEdits = await PostAsync("getUpdates", new() { ["allowed_updates"] = new JsonArray("message", "callback_query") });
        telegram.UserEdits(message, "hey");
        var withEdits = await PostAsync("getUpdates", new() { ["offset"] = withoutEdits["result"]![0]!["update_id"]!.GetValue<long>() + 1, ["allowed_updates"] = new JsonArray("message", "edited_message") });

        Assert.Single(withoutEdits["result"]!.AsArray());
        Assert.Equal("hey", withEdits["result"]![0]!["edited_message"]!["text"]!.GetValue<string>());
    }

    private async Task<List<string>> PendingQueryIdsAsync()
    {
        var updates = await PostAsync("getUpdates", new() { ["timeout"] = 0 });
        return [.. updates["result"]!.AsArray().Select(u => u!["callback_query"]!["id"]!.GetValue<string>())];
    }

    /// <summary>Null when the call succeeded, else Telegram's description.</summary>
    private async Task<string?> RefusalOf(string method, JsonObject body)
    {
        var answer = await PostAsync(method, body);
        return answer["ok"]!.GetValue<bool>() ? null : answer["description"]!.GetValue<string>();
    }

    private async Task<JsonObject> PostAsync(string method, JsonObject body)
    {
        using var response = await http.PostAsJsonAsync($"{telegram.BaseUrl}/bot{telegram.Token}/{method}", body);
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }
}
