using System.Text;
using HipBand.Coaching.Dialog;

namespace HipBand.Bot.Telegram;

/// <summary>Reply text to Telegram HTML. The one place text is escaped: every span goes through <see cref="Escape"/>.</summary>
internal static class HtmlRenderer
{
    public static string Render(RichText text)
    {
        var html = new StringBuilder();
        foreach (var span in text.Spans)
        {
            var escaped = Escape(span.Text);
            switch (span.Style)
            {
                case SpanStyle.Bold:
                    html.Append("<b>").Append(escaped).Append("</b>");
                    break;
                case SpanStyle.Italic:
                    html.Append("<i>").Append(escaped).Append("</i>");
                    break;
                case SpanStyle.Pre:
                    html.Append("<pre>").Append(escaped).Append("</pre>");
                    break;
                default:
                    html.Append(escaped);
                    break;
            }
        }

        return html.ToString().TrimEnd();
    }

    /// <summary>Telegram's HTML needs exactly these three escaped.</summary>
    public static string Escape(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal);
}
