using System.Text;
using System.Text.Json.Nodes;

namespace HipBand.Testing;

/// <summary>The checks Telegram makes of a request's text, caption and buttons; each says what Telegram says after "Bad Request: ".</summary>
public static class BotApiRules
{
    /// <summary>Telegram refuses raw text longer than this before it parses anything.</summary>
    private const int MaxRawTextBytes = 32768;

    private const int MaxCallbackDataBytes = 64;

    /// <summary>A message's text: present, parseable in its parse mode, and 1-4096 characters once parsed.</summary>
    public static string? Text(JsonObject body)
    {
        var raw = body["text"]?.GetValue<string>();
        if (string.IsNullOrEmpty(raw))
        {
            return "message text is empty";
        }

        if (HasLoneSurrogate(raw))
        {
            return "strings must be encoded in UTF-8";
        }

        if (Encoding.UTF8.GetByteCount(raw) > MaxRawTextBytes)
        {
            return "text is too long";
        }

        var (visible, error) = Visible(raw, body["parse_mode"]?.GetValue<string>());
        if (error is not null)
        {
            return error;
        }

        if (visible!.Trim().Length == 0)
        {
            return "text must be non-empty";
        }

        return visible.Length > FakeBotApi.MaxTextLength ? "message is too long" : null;
    }

    /// <summary>Telegram's limit on an uploaded photo's size.</summary>
    public const int MaxPhotoBytes = 10 * 1024 * 1024;

    /// <summary>
    /// A photo: an uploaded file (or a file id / URL, which we never send), non-empty, at most 10 MB, a PNG or JPEG
    /// Telegram can decode, with width and height adding up to at most 10000 and a side ratio of at most 20.
    /// </summary>
    public static string? Photo(JsonObject body)
    {
        switch (body["photo"])
        {
            case null:
                return "there is no photo in the request";
            case JsonValue value when value.GetValueKind() == System.Text.Json.JsonValueKind.String:
                return "wrong remote file identifier specified: can't unserialize it";
            case JsonObject upload:
                var bytes = Convert.FromBase64String(upload["base64"]?.GetValue<string>() ?? "");
                if (bytes.Length == 0)
                {
                    return "file must be non-empty";
                }

                if (bytes.Length > MaxPhotoBytes)
                {
                    return "file is too big";
                }

                if (ImageSize(bytes) is not var (width, height))
                {
                    return "IMAGE_PROCESS_FAILED";
                }

                return width + height > 10000 || Math.Max(width, height) > 20 * Math.Min(width, height) ? "PHOTO_INVALID_DIMENSIONS" : null;
            default:
                return "there is no photo in the request";
        }
    }

    /// <summary>The width and height a PNG's header gives, or null for anything else (a JPEG is taken as fine).</summary>
    public static (int Width, int Height)? ImageSize(byte[] bytes)
    {
        ReadOnlySpan<byte> png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
        if (bytes.Length >= 24 && bytes.AsSpan(0, 8).SequenceEqual(png) && Encoding.ASCII.GetString(bytes, 12, 4) == "IHDR")
        {
            var width = System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16, 4));
            var height = System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20, 4));
            return width > 0 && height > 0 ? (width, height) : null;
        }

        return bytes.Length >= 3 && bytes[0] == 0xFF && bytes[1] == 0xD8 && bytes[2] == 0xFF ? (1, 1) : null;
    }

    /// <summary>A document's or photo's caption: parseable, and at most 1024 characters once parsed.</summary>
    public static string? Caption(JsonObject body)
    {
        var raw = body["caption"]?.GetValue<string>();
        if (raw is null)
        {
            return null;
        }

        var (visible, error) = Visible(raw, body["parse_mode"]?.GetValue<string>());
        return error ?? (visible!.Length > FakeBotApi.MaxCaptionLength ? "message caption is too long" : null);
    }

    /// <summary>An inline keyboard: rows of buttons, each with callback data of 1-64 bytes.</summary>
    public static string? Keyboard(JsonObject body)
    {
        if (body["reply_markup"] is not { } markup)
        {
            return null;
        }

        if (markup["inline_keyboard"] is not JsonArray rows)
        {
            return "can't parse reply keyboard markup JSON object";
        }

        foreach (var row in rows)
        {
            if (row is not JsonArray buttons)
            {
                return "can't parse inline keyboard button: InlineKeyboardButton must be an Object";
            }

            foreach (var button in buttons)
            {
                var data = button?["callback_data"]?.GetValue<string>();
                if (button?["url"] is not null)
                {
                    continue;
                }

                if (string.IsNullOrEmpty(data))
                {
                    return "can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard";
                }

                if (Encoding.UTF8.GetByteCount(data) > MaxCallbackDataBytes)
                {
                    return "BUTTON_DATA_INVALID";
                }
            }
        }

        return null;
    }

    /// <summary>Half of a surrogate pair cannot be encoded in UTF-8: a text cut through an emoji, say.</summary>
    private static bool HasLoneSurrogate(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return true;
            }
        }

        return false;
    }

    private static (string? Visible, string? Error) Visible(string raw, string? parseMode)
    {
        // The Bot API server lower-cases the mode before it compares it ("HTML", "Html" and "html" are one).
        switch (parseMode?.ToLowerInvariant())
        {
            case null or "":
                return (raw, null);
            case "html":
                var text = TelegramHtml.Parse(raw, out var error);
                return (text, error is null ? null : "can't parse entities: " + error);
            default:
                return (null, $"unsupported parse_mode \"{parseMode}\"");
        }
    }
}
