using System.Text;
using HipBand.Bot.Telegram.Api;
using HipBand.Coaching.Dialog;
using HipBand.Coaching.Storage;
using HipBand.Coaching.Text;
using Telegram.Bot.Requests;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.ReplyMarkups;

namespace HipBand.Bot.Telegram;

/// <summary>An outcome's replies to outbox rows of Bot API requests: a pure function.</summary>
internal static class ReplyRenderer
{
    /// <summary>Telegram's limit on callback data.</summary>
    public const int MaxCallbackDataBytes = 64;

    /// <summary>Telegram's limit on a message's text, counted after its HTML is parsed.</summary>
    public const int MaxTextLength = 4096;

    /// <summary>Telegram's limit on the raw text, tags included, before it parses anything.</summary>
    private const int MaxRawTextBytes = 32768;

    /// <summary>The button of a pressed message is replaced by this, so the chat shows what was chosen.</summary>
    private const string PressedData = "pressed|";

    public static IReadOnlyList<OutboxMessage> Render(long chatId, Outcome outcome, CallbackQuery? pressed)
    {
        var messages = new List<OutboxMessage>(outcome.Replies.Count + 1);

        // The press itself was answered as it arrived (CallbackAnswers).
        if (pressed?.Message is { } original && PressedLabel(original, pressed.Data) is { } label)
        {
            var markup = new InlineKeyboardMarkup(InlineKeyboardButton.WithCallbackData("✓ " + label, PressedData));
            messages.Add(OutboxRequests.Row(chatId, new EditMessageReplyMarkupRequest { ChatId = chatId, MessageId = original.MessageId, ReplyMarkup = markup }));
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
        ParseMode mode = ParseMode.Html;
        if (reply.Text.Plain.TrimEnd().Length > MaxTextLength || Encoding.UTF8.GetByteCount(text) > MaxRawTextBytes)
        {
            // Never cut through a tag: fall back to plain text, shortened between graphemes.
            text = Graphemes.Clip(reply.Text.Plain.TrimEnd(), MaxTextLength);
            mode = ParseMode.None;
        }

        return OutboxRequests.Row(chatId, new SendMessageRequest
        {
            ChatId = chatId,
            Text = text,
            ParseMode = mode,
            ReplyMarkup = Keyboard(reply),
            LinkPreviewOptions = new LinkPreviewOptions { IsDisabled = true },
            MessageEffectId = MessageEffects.For(chatId, reply.Celebrate),
        }) with { Kind = KindOf(reply.Kind) };
    }

    /// <summary>What the row carries, for the outbox to coalesce a flooding chat's backlog by.</summary>
    private static OutboxKind KindOf(ReplyKind kind) => kind switch
    {
        ReplyKind.Repeat => OutboxKind.Repeat,
        ReplyKind.Safety => OutboxKind.Safety,
        _ => OutboxKind.Information,
    };

    public static OutboxMessage PlainMessage(long chatId, string text) =>
        OutboxRequests.Row(chatId, new SendMessageRequest { ChatId = chatId, Text = HtmlRenderer.Escape(text), ParseMode = ParseMode.Html });

    /// <summary>A file to send; the sender uploads it as multipart (sendDocument).</summary>
    public static OutboxMessage Document(long chatId, string fileName, string content, string caption) =>
        OutboxRequests.Document(chatId, fileName, content, caption);

    /// <summary>A picture to send; the sender uploads it as multipart (sendPhoto).</summary>
    public static OutboxMessage Photo(long chatId, string fileName, byte[] png, string caption) =>
        OutboxRequests.Photo(chatId, fileName, png, caption);

    private static InlineKeyboardMarkup? Keyboard(Reply reply)
    {
        if (reply.Buttons.Count == 0)
        {
            return null;
        }

        var rows = reply.Buttons
            .Select(row => row
                .Where(b => Encoding.UTF8.GetByteCount(b.Data) <= MaxCallbackDataBytes)
                .Select(b => InlineKeyboardButton.WithCallbackData(b.Label, b.Data))
                .ToList())
            .Where(row => row.Count > 0)
            .ToList();
        return rows.Count == 0 ? null : new InlineKeyboardMarkup(rows);
    }

    private static string? PressedLabel(Message original, string? data) =>
        data is null || data == PressedData
            ? null
            : original.ReplyMarkup?.InlineKeyboard.SelectMany(row => row).FirstOrDefault(b => b.CallbackData == data)?.Text;
}
