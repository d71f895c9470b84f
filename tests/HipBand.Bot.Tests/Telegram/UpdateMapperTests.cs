using System.Text.Json;
using HipBand.Bot.Telegram;
using HipBand.Bot.Telegram.Api;
using Telegram.Bot;
using Telegram.Bot.Types;
using HipBand.Coaching.Dialog;

namespace HipBand.Bot.Tests.Telegram;

public class UpdateMapperTests
{
    [Theory]
    [InlineData("15", typeof(TextInput))]
    [InlineData("/start", typeof(CommandInput))]
    [InlineData("/start@hipband_test_bot from-site", typeof(CommandInput))]
    public void Private_text_becomes_text_or_a_command(string text, Type kind)
    {
        var mapped = Assert.IsType<DialogUpdate>(UpdateMapper.Map(Parse($$$"""{"update_id":5,"message":{"message_id":1,"date":0,"chat":{"id":42,"type":"private"},"text":"{{{text}}}"}}""")));

        Assert.Equal((5, 42), (mapped.UpdateId, mapped.ChatId));
        Assert.IsType(kind, mapped.Input);
    }

    [Fact]
    public void A_deep_link_keeps_its_payload_and_drops_the_bot_mention()
    {
        var mapped = (DialogUpdate)UpdateMapper.Map(Parse("""{"update_id":5,"message":{"message_id":1,"date":0,"chat":{"id":42,"type":"private"},"text":"/Start@hipband_test_bot from-site"}}"""));

        Assert.Equal(new CommandInput("start", "from-site"), mapped.Input);
    }

    [Theory]
    [InlineData("\"sticker\":{\"file_id\":\"x\"}", MessageKind.Sticker)]
    [InlineData("\"photo\":[{\"file_id\":\"x\"}]", MessageKind.Photo)]
    [InlineData("\"voice\":{\"file_id\":\"x\"}", MessageKind.VoiceMessage)]
    [InlineData("\"location\":{\"latitude\":1,\"longitude\":2}", MessageKind.Location)]
    [InlineData("\"document\":{\"file_id\":\"x\"}", MessageKind.File)]
    [InlineData("\"poll\":{\"id\":\"p\",\"question\":\"q\",\"options\":[],\"total_voter_count\":0,\"is_closed\":false,\"is_anonymous\":true,\"type\":\"regular\",\"allows_multiple_answers\":false}", MessageKind.Poll)]
    public void Anything_but_text_is_named_for_a_kind_reply(string part, MessageKind kind)
    {
        var mapped = (DialogUpdate)UpdateMapper.Map(Parse($$$"""{"update_id":5,"message":{"message_id":1,"date":0,"chat":{"id":42,"type":"private"},{{{part}}}}}"""));

        Assert.Equal(new UnsupportedInput(kind), mapped.Input);
    }

    [Fact]
    public void A_button_press_carries_its_data_and_query()
    {
        var mapped = Assert.IsType<DialogUpdate>(UpdateMapper.Map(Parse("""{"update_id":6,"callback_query":{"id":"q1","from":{"id":42,"is_bot":false,"first_name":"A"},"data":"goal|running","message":{"message_id":9,"date":0,"chat":{"id":42,"type":"private"}}}}""")));

        Assert.Equal(new ButtonInput("goal|running"), mapped.Input);
        Assert.Equal("q1", mapped.Callback!.Id);
    }

    [Theory]
    [InlineData("group")]
    [InlineData("supergroup")]
    public void Group_messages_are_not_coached(string type)
    {
        var mapped = UpdateMapper.Map(Parse($$$"""{"update_id":7,"message":{"message_id":1,"date":0,"chat":{"id":-100,"type":"{{{type}}}"},"text":"hi"}}"""));

        Assert.Equal(new GroupUpdate(7, -100, null), mapped);
    }

    [Fact]
    public void Blocking_and_edits_are_recognised()
    {
        Assert.IsType<BlockedUpdate>(UpdateMapper.Map(Parse("""{"update_id":8,"my_chat_member":{"chat":{"id":42,"type":"private"},"from":{"id":42,"is_bot":false,"first_name":"A"},"new_chat_member":{"status":"kicked"}}}""")));
        Assert.IsType<IgnoredUpdate>(UpdateMapper.Map(Parse("""{"update_id":9,"my_chat_member":{"chat":{"id":42,"type":"private"},"from":{"id":42,"is_bot":false,"first_name":"A"},"new_chat_member":{"status":"member"}}}""")));
    }

    [Fact]
    public void An_edit_in_a_private_chat_names_the_message_it_edits_and_one_in_a_group_is_ignored()
    {
        var edit = Assert.IsType<DialogUpdate>(UpdateMapper.Map(Parse("""{"update_id":10,"edited_message":{"message_id":7,"date":0,"chat":{"id":42,"type":"private"},"text":"16"}}""")));
        var group = UpdateMapper.Map(Parse("""{"update_id":11,"edited_message":{"message_id":7,"date":0,"chat":{"id":-5,"type":"group"},"text":"16"}}"""));

        Assert.Equal(new EditedTextInput("16", 7), edit.Input);
        Assert.IsType<IgnoredUpdate>(group);
    }

    [Fact]
    public void An_edit_nobody_typed_is_ignored()
    {
        var moved = UpdateMapper.Map(Parse("""{"update_id":13,"edited_message":{"message_id":8,"date":0,"chat":{"id":42,"type":"private"},"location":{"latitude":52.5,"longitude":13.4}}}"""));

        Assert.IsType<IgnoredUpdate>(moved);
    }

    [Fact]
    public void A_typed_message_carries_its_id_so_that_an_edit_can_be_matched_to_it()
    {
        var typed = Assert.IsType<DialogUpdate>(UpdateMapper.Map(Parse("""{"update_id":12,"message":{"message_id":9,"date":0,"chat":{"id":42,"type":"private"},"text":"15"}}""")));

        Assert.Equal(9, Assert.IsType<TextInput>(typed.Input).MessageId);
    }

    /// <summary>An update as Telegram sends it, read the way polling and a webhook read it.</summary>
    private static Update Parse(string json) => JsonSerializer.Deserialize<Update>(json, BotApiJson.Options)!;
}
