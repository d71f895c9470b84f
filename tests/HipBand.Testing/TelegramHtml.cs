using System.Globalization;
using System.Text;

namespace HipBand.Testing;

/// <summary>
/// Reads <c>parse_mode=HTML</c> text the way the Bot API server does (tdlib's parse_html): the tags it supports
/// and no others, a strict stack of open tags, only <c>&amp;lt; &amp;gt; &amp;amp; &amp;quot;</c> and numeric
/// entities decoded (anything else stays as text), and a bare <c>&lt;</c> always starting a tag. The errors say
/// what Telegram says after "Bad Request: can't parse entities: ".
/// </summary>
public static class TelegramHtml
{
    private static readonly HashSet<string> Supported =
        ["a", "b", "strong", "i", "em", "s", "strike", "del", "u", "ins", "tg-spoiler", "tg-emoji", "span", "pre", "code", "blockquote"];

    /// <summary>The visible text of <paramref name="html"/>, or null with <paramref name="error"/> saying why Telegram refuses it.</summary>
    public static string? Parse(string html, out string? error)
    {
        error = null;
        var text = new StringBuilder(html.Length);
        var open = new Stack<string>();
        var i = 0;
        while (i < html.Length)
        {
            var c = html[i];
            if (c == '&')
            {
                i = DecodeEntity(html, i, text);
                continue;
            }

            if (c != '<')
            {
                text.Append(c);
                i++;
                continue;
            }

            var tagStart = i;
            i++;
            if (i < html.Length && html[i] == '/')
            {
                i = ReadEndTag(html, i + 1, tagStart, open, out error);
                if (error is not null)
                {
                    return null;
                }

                continue;
            }

            i = ReadStartTag(html, i, tagStart, open, out error);
            if (error is not null)
            {
                return null;
            }
        }

        if (open.Count > 0)
        {
            error = $"Can't find end tag corresponding to start tag \"{open.Peek()}\"";
            return null;
        }

        return text.ToString();
    }

    private static int ReadStartTag(string html, int i, int tagStart, Stack<string> open, out string? error)
    {
        error = null;
        var nameStart = i;
        while (i < html.Length && !char.IsWhiteSpace(html[i]) && html[i] != '>')
        {
            i++;
        }

        if (i >= html.Length)
        {
            error = $"Unclosed start tag at byte offset {ByteOffset(html, tagStart)}";
            return i;
        }

        var name = html[nameStart..i].ToLowerInvariant();
        if (!Supported.Contains(name))
        {
            error = $"Unsupported start tag \"{name}\" at byte offset {ByteOffset(html, tagStart)}";
            return i;
        }

        var attributes = new Dictionary<string, string>(StringComparer.Ordinal);
        while (true)
        {
            while (i < html.Length && char.IsWhiteSpace(html[i]))
            {
                i++;
            }

            if (i >= html.Length)
            {
                error = $"Unclosed start tag at byte offset {ByteOffset(html, tagStart)}";
                return i;
            }

            if (html[i] == '>')
            {
                i++;
                break;
            }

            var attributeStart = i;
            while (i < html.Length && (char.IsAsciiLetterOrDigit(html[i]) || html[i] is '-' or '_'))
            {
                i++;
            }

            if (i == attributeStart)
            {
                error = $"Empty attribute name in the tag \"{name}\" at byte offset {ByteOffset(html, attributeStart)}";
                return i;
            }

            var attribute = html[attributeStart..i];
            while (i < html.Length && char.IsWhiteSpace(html[i]))
            {
                i++;
            }

            if (i >= html.Length || html[i] != '=')
            {
                attributes[attribute] = "";
                continue;
            }

            i++;
            while (i < html.Length && char.IsWhiteSpace(html[i]))
            {
                i++;
            }

            if (i >= html.Length)
            {
                error = $"Unclosed start tag \"{name}\" at byte offset {ByteOffset(html, tagStart)}";
                return i;
            }

            if (html[i] is '"' or '\'')
            {
                var quote = html[i];
                var end = html.IndexOf(quote, i + 1);
                if (end < 0)
                {
                    error = $"Unclosed start tag at byte offset {ByteOffset(html, tagStart)}";
                    return html.Length;
                }

                attributes[attribute] = html[(i + 1)..end];
                i = end + 1;
            }
            else
            {
                var valueStart = i;
                while (i < html.Length && (char.IsAsciiLetterOrDigit(html[i]) || html[i] is '.' or '-'))
                {
                    i++;
                }

                if (i < html.Length && !char.IsWhiteSpace(html[i]) && html[i] != '>')
                {
                    error = $"Unexpected end of name token at byte offset {ByteOffset(html, valueStart)}";
                    return i;
                }

                attributes[attribute] = html[valueStart..i].ToLowerInvariant();
            }
        }

        if (name == "span" && attributes.GetValueOrDefault("class") != "tg-spoiler")
        {
            error = $"Tag \"span\" must have class \"tg-spoiler\" at byte offset {ByteOffset(html, tagStart)}";
            return i;
        }

        if (name == "tg-emoji" && (!long.TryParse(attributes.GetValueOrDefault("emoji-id"), NumberStyles.None, CultureInfo.InvariantCulture, out var emoji) || emoji == 0))
        {
            error = "Invalid custom emoji identifier specified";
            return i;
        }

        open.Push(name);
        return i;
    }

    private static int ReadEndTag(string html, int i, int tagStart, Stack<string> open, out string? error)
    {
        error = null;
        var nameStart = i;
        while (i < html.Length && html[i] != '>' && !char.IsWhiteSpace(html[i]))
        {
            i++;
        }

        var name = html[nameStart..i].ToLowerInvariant();
        if (i >= html.Length || html[i] != '>')
        {
            error = $"Unclosed end tag at byte offset {ByteOffset(html, tagStart)}";
            return i;
        }

        if (open.Count == 0)
        {
            error = $"Unexpected end tag at byte offset {ByteOffset(html, tagStart)}";
            return i;
        }

        if (name.Length > 0 && name != open.Peek())
        {
            error = $"Unmatched end tag at byte offset {ByteOffset(html, tagStart)}, expected \"</{open.Peek()}>\", found \"</{name}>\"";
            return i;
        }

        open.Pop();
        return i + 1;
    }

    /// <summary>Decodes one entity at <paramref name="i"/> (a '&amp;'); one Telegram does not know stays as text.</summary>
    private static int DecodeEntity(string html, int i, StringBuilder text)
    {
        foreach (var (name, value) in new[] { ("lt", '<'), ("gt", '>'), ("amp", '&'), ("quot", '"') })
        {
            if (string.CompareOrdinal(html, i + 1, name, 0, name.Length) == 0)
            {
                text.Append(value);
                var end = i + 1 + name.Length;
                return end < html.Length && html[end] == ';' ? end + 1 : end;
            }
        }

        if (i + 1 < html.Length && html[i + 1] == '#')
        {
            var hex = i + 2 < html.Length && html[i + 2] == 'x';
            var start = i + (hex ? 3 : 2);
            var end = start;
            while (end < html.Length && end - start < 9 && (hex ? char.IsAsciiHexDigit(html[end]) : char.IsAsciiDigit(html[end])))
            {
                end++;
            }

            if (end > start
                && int.TryParse(html.AsSpan(start, end - start), hex ? NumberStyles.AllowHexSpecifier : NumberStyles.None, CultureInfo.InvariantCulture, out var code)
                && code is > 0 and < 0x10FFFF)
            {
                text.Append(char.ConvertFromUtf32(code is >= 0xD800 and <= 0xDFFF ? 0xFFFD : code));
                return end < html.Length && html[end] == ';' ? end + 1 : end;
            }
        }

        text.Append('&');
        return i + 1;
    }

    private static int ByteOffset(string html, int index) => Encoding.UTF8.GetByteCount(html.AsSpan(0, index));
}
