using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using HipBand.Bot.Telegram;
using HipBand.Bot.Telegram.Api;
using Telegram.Bot;
using CallbackQuery = Telegram.Bot.Types.CallbackQuery;
using HipBand.Coaching.Dialog;

namespace HipBand.Bot.Tests.Telegram;

public class ReplyRendererTests
{
    [Fact]
    public void Every_span_is_escaped_and_styled()
    {
        var text = new RichText().Bold("Set <1> & go").Add(" a<b>c ").Italic("x&y").Pre("▁▂<█");

        Assert.Equal("<b>Set &lt;1&gt; &amp; go</b> a&lt;b&gt;c <i>x&amp;y</i><pre>▁▂&lt;█</pre>", HtmlRenderer.Render(text));
    }

    [Fact]
    public void A_reply_becomes_an_html_message_with_its_keyboard()
    {
        var reply = new Reply("Pick one", [[ReplyButton.For("goal", "Running", "running"), ReplyButton.For("goal", "Gentle", "gentle")]]);

        var message = ReplyRenderer.Message(42, reply);

        Assert.Equal("sendMessage", message.Method);
        var body = JsonNode.Parse(message.Payload)!;
        Assert.Equal(42, body["chat_id"]!.GetValue<long>());
        Assert.Equal("html", body["parse_mode"]!.GetValue<string>().ToLowerInvariant());
        Assert.Equal("goal|running", body["reply_markup"]!["inline_keyboard"]![0]![0]!["callback_data"]!.GetValue<string>());
    }

    [Fact]
    public void A_celebrated_reply_carries_the_confetti_effect_to_a_private_chat_only()
    {
        var celebrated = new Reply("Moving you to the green band.") { Celebrate = true };

        Assert.Equal("5046509860389126442", JsonNode.Parse(ReplyRenderer.Message(42, celebrated).Payload)!["message_effect_id"]!.GetValue<string>());
        Assert.Null(JsonNode.Parse(ReplyRenderer.Message(-100123, celebrated).Payload)!["message_effect_id"]);
        Assert.Null(JsonNode.Parse(ReplyRenderer.Message(42, new Reply("Logged 15.")).Payload)!["message_effect_id"]);
    }

    [Fact]
    public void Buttons_whose_data_would_exceed_64_bytes_are_left_out()
    {
        var reply = new Reply("x", [[ReplyButton.For("k", "ok", "yes"), ReplyButton.For("k", "too long", new string('é', 40))]]);

        var body = JsonNode.Parse(ReplyRenderer.Message(1, reply).Payload)!;

        Assert.Single(body["reply_markup"]!["inline_keyboard"]![0]!.AsArray());
    }

    [Fact]
    public void The_pressed_button_is_shown_before_the_replies_and_the_press_itself_is_not_queued()
    {
        var press = JsonSerializer.Deserialize<CallbackQuery>("""
            {"id":"q1","from":{"id":42,"is_bot":false,"first_name":"A"},"data":"goal|running","chat_instance":"1",
             "message":{"message_id":9,"date":0,"chat":{"id":42,"type":"private"},"text":"Pick",
                        "reply_markup":{"inline_keyboard":[[{"text":"Running","callback_data":"goal|running"}]]}}}
            """, BotApiJson.Options)!;
        var outcome = new Outcome(HipBand.Coaching.Dialog.ChatState.Fresh, new Reply("Next"));

        var rows = ReplyRenderer.Render(42, outcome, press);

        // The press was answered as it arrived (CallbackAnswers), outside the chat's queue.
        Assert.Equal(["editMessageReplyMarkup", "sendMessage"], rows.Select(r => r.Method));
        Assert.Contains("✓ Running", rows[0].Payload);
    }

    [Fact]
    public void Text_over_telegrams_limit_is_shortened_as_plain_text()
    {
        var reply = new Reply(new RichText().Bold(new string('x', 5000)));

        var body = JsonNode.Parse(ReplyRenderer.Message(1, reply).Payload)!;

        Assert.Equal(ReplyRenderer.MaxTextLength, body["text"]!.GetValue<string>().Length);
        Assert.Null(body["parse_mode"]);
    }

    [Fact]
    public void The_dialogs_own_buttons_all_fit_telegrams_limit()
    {
        var state = ChatState.Fresh;
        var now = DateTimeOffset.UnixEpoch;
        var buttons = new List<ReplyButton>();
        foreach (var line in new[] { "/start", "no", "running", "yellow, green, black", "Mon Wed Fri", "07:30", "Europe/Berlin", "/workout", "done", "/schedule" })
        {
            var outcome = Coach.Step(state, TextCommand.Read(line), now);
            buttons.AddRange(outcome.Replies.SelectMany(r => r.AllButtons));
            state = outcome.State;
        }

        Assert.NotEmpty(buttons);
        Assert.All(buttons, b => Assert.InRange(Encoding.UTF8.GetByteCount(b.Data), 1, ReplyRenderer.MaxCallbackDataBytes));
    }
}
