using HipBand.Bot.Telegram.BotApi;
using HipBand.Coaching.Dialog;

namespace HipBand.Bot.Telegram;

/// <summary>Telegram update to dialog input: a pure function.</summary>
internal static class UpdateMapper
{
    public static InboundUpdate Map(Update update)
    {
        if (update.CallbackQuery is { } query)
        {
            var chat = query.Message?.Chat ?? new Chat(query.From.Id, "private");
            return chat.Type == "private"
                ? new DialogUpdate(update.UpdateId, chat.Id, new ButtonInput(query.Data ?? ""), query)
                : new GroupUpdate(update.UpdateId, chat.Id, query.Id);
        }

        if (update.Message is { } message)
        {
            return message.Chat.Type == "private"
                ? new DialogUpdate(update.UpdateId, message.Chat.Id, ToInput(message), null)
                : new GroupUpdate(update.UpdateId, message.Chat.Id, null);
        }

        // Only text a person edited: Telegram also sends edits nobody typed (a live location moving, say).
        if (update.EditedMessage is { Chat.Type: "private", Text: { } editedText } edited)
        {
            return new DialogUpdate(update.UpdateId, edited.Chat.Id, new EditedTextInput(editedText, edited.MessageId), null);
        }

        if (update.MyChatMember is { } member && member.Chat.Type == "private")
        {
            return member.NewChatMember.Status is "kicked"
                ? new BlockedUpdate(update.UpdateId, member.Chat.Id)
                : new IgnoredUpdate(update.UpdateId, member.Chat.Id);
        }

        var chatId = update.EditedMessage?.Chat.Id ?? update.MyChatMember?.Chat.Id ?? 0;
        return new IgnoredUpdate(update.UpdateId, chatId);
    }

    private static UserInput ToInput(Message message)
    {
        if (message.Text is { } text)
        {
            var input = TextCommand.Read(text);
            return input is TextInput typed ? typed with { MessageId = message.MessageId } : input;
        }

        return new UnsupportedInput(message switch
        {
            { Sticker: not null } => "sticker",
            { Photo: not null } => "photo",
            { Voice: not null } => "voice message",
            { VideoNote: not null } => "video message",
            { Video: not null } => "video",
            { Animation: not null } => "GIF",
            { Audio: not null } => "audio file",
            { Document: not null } => "file",
            { Location: not null } => "location",
            { Contact: not null } => "contact",
            { Poll: not null } => "poll",
            { Dice: not null } => "dice roll",
            _ => "message of that kind",
        });
    }
}
