using System.Text;
using System.Text.Json;
using HipBand.Bot.Telegram.BotApi;
using HipBand.Coaching.Dialog;
using HipBand.Coaching.Storage;
using HipBand.Coaching.Text;

namespace HipBand.Bot.Telegram;

/// <summary>An outcome's replies to outbox rows of Bot API requests: a pure function.</summary>
internal static class ReplyRenderer
{
    /// <summary>Telegram's limit on callback data.</summary>
    public const int MaxCallbackDataBytes = 64;

    /// <summary>Telegram's limit on a message's text.</summary>
    public const int MaxTextLength = 4096;

    /// <summary>The button of a pressed message is replaced by this, so the chat shows what was chosen.</summary>
    private const string PressedData = "pressed|";

    public static IReadOnlyList<OutboxMessage> Render(long chatId, Outcome outcome, CallbackQuery? pressed)
    {
        var messages = new List<OutboxMessage>(outcome.Replies.Count + 2);
        // The press itself was answered as it arrived (CallbackAnswers).
        if (pressed is not null)
        {
            if (pressed.Message is { } original && PressedLabel(original, pressed.Data) is { } label)
            {
                var markup = new InlineKeyboardMarkup([[new InlineKeyboardButton("✓ " + label, PressedData)]]);
                messages.Add(Outbox(chatId, "editMessageReplyMarkup", new EditMessageReplyMarkupRequest(chatId, original.MessageId, markup), BotApiJson.Wire.EditMessageReplyMarkupRequest));
            }
        }

        foreach (var reply in outcome.Replies)
        {
            messages.Add(Message(chatId, reply));
        }

        return messages;
    }

    public static OutboxMessage Message(long chatId, Reply reply)
    {
        var text = HtmlRenderer.Render(reply.Text);
        string? parseMode = "HTML";
        if (text.Length > MaxTextLength)
        {
            // Never cut through a tag: fall back to plain text, shortened.
            text = Graphemes.Clip(reply.Text.Plain, MaxTextLength);
            parseMode = null;
        }

        var request = new SendMessageRequest(chatId, text, parseMode, Keyboard(reply), new LinkPreviewOptions(IsDisabled: true));
        return Outbox(chatId, "sendMessage", request, BotApiJson.Wire.SendMessageRequest);
    }

    public static OutboxMessage PlainMessage(long chatId, string text) =>
        Outbox(chatId, "sendMessage", new SendMessageRequest(chatId, HtmlRenderer.Escape(text), "HTML", null, null), BotApiJson.Wire.SendMessageRequest);

    /// <summary>A file to send; the sender uploads it as multipart (sendDocument).</summary>
    public static OutboxMessage Document(long chatId, string fileName, string content, string caption) =>
        Outbox(chatId, "sendDocument", new DocumentRequest(chatId, fileName, content, caption), BotApiJson.Wire.DocumentRequest);


    private static InlineKeyboardMarkup? Keyboard(Reply reply)
    {
        if (reply.Buttons.Count == 0)
        {
            return null;
        }

        var rows = reply.Buttons
            .Select(row => (IReadOnlyList<InlineKeyboardButton>)row
                .Where(b => Encoding.UTF8.GetByteCount(b.Data) <= MaxCallbackDataBytes)
                .Select(b => new InlineKeyboardButton(b.Label, b.Data))
                .ToList())
            .Where(row => row.Count > 0)
            .ToList();
        return rows.Count == 0 ? null : new InlineKeyboardMarkup(rows);
    }

    private static string? PressedLabel(Message original, string? data) =>
        data is null || data == PressedData
            ? null
            : original.ReplyMarkup?.InlineKeyboard.SelectMany(row => row).FirstOrDefault(b => b.CallbackData == data)?.Text;

    private static OutboxMessage Outbox<T>(long chatId, string method, T request, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type) =>
        new(chatId, method, JsonSerializer.Serialize(request, type));
}
