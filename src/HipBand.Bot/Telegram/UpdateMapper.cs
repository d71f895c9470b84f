using HipBand.Coaching.Dialog;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace HipBand.Bot.Telegram;

/// <summary>Telegram update to dialog input: a pure function.</summary>
internal static class UpdateMapper
{
    /// <summary>An update as it came; one the package could not read means nothing to us, and is only recorded.</summary>
    public static InboundUpdate Map(long updateId, Update? update) => update is null ? new IgnoredUpdate(updateId, 0) : Map(update);

    public static InboundUpdate Map(Update update)
    {
        if (update.CallbackQuery is { } query)
        {
            var chat = query.Message?.Chat;
            return chat is null || chat.Type == ChatType.Private
                ? new DialogUpdate(update.Id, chat?.Id ?? query.From.Id, new ButtonInput(query.Data ?? ""), query)
                : new GroupUpdate(update.Id, chat.Id, query.Id);
        }

        if (update.Message is { } message)
        {
            return message.Chat.Type == ChatType.Private
                ? new DialogUpdate(update.Id, message.Chat.Id, ToInput(message), null)
                : new GroupUpdate(update.Id, message.Chat.Id, null);
        }

        // Only text a person edited: Telegram also sends edits nobody typed (a live location moving, say).
        if (update.EditedMessage is { Chat.Type: ChatType.Private, Text: { } editedText } edited)
        {
            return new DialogUpdate(update.Id, edited.Chat.Id, new EditedTextInput(editedText, edited.MessageId), null);
        }

        if (update.MyChatMember is { } member && member.Chat.Type == ChatType.Private)
        {
            return member.NewChatMember.Status is ChatMemberStatus.Kicked
                ? new BlockedUpdate(update.Id, member.Chat.Id)
                : new IgnoredUpdate(update.Id, member.Chat.Id);
        }

        var chatId = update.EditedMessage?.Chat.Id ?? update.MyChatMember?.Chat.Id ?? 0;
        return new IgnoredUpdate(update.Id, chatId);
    }

    private static UserInput ToInput(Message message)
    {
        if (message.Text is { } text)
        {
            var input = TextCommand.Read(text);
            return input is TextInput typed ? typed with { MessageId = message.MessageId } : input;
        }

        return new UnsupportedInput(message.Type switch
        {
            MessageType.Sticker => MessageKind.Sticker,
            MessageType.Photo => MessageKind.Photo,
            MessageType.Voice => MessageKind.VoiceMessage,
            MessageType.VideoNote => MessageKind.VideoMessage,
            MessageType.Video => MessageKind.Video,
            MessageType.Animation => MessageKind.Gif,
            MessageType.Audio => MessageKind.AudioFile,
            MessageType.Document => MessageKind.File,
            MessageType.Location or MessageType.Venue => MessageKind.Location,
            MessageType.Contact => MessageKind.Contact,
            MessageType.Poll => MessageKind.Poll,
            MessageType.Dice => MessageKind.DiceRoll,
            _ => MessageKind.Other,
        });
    }
}
