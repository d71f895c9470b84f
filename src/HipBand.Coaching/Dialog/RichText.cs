namespace HipBand.Coaching.Dialog;

/// <summary>How a piece of reply text is shown; transports render it (HTML for Telegram, plain in a terminal).</summary>
public enum SpanStyle
{
    Plain,
    Bold,
    Italic,

    /// <summary>A monospace block, for charts and tables.</summary>
    Pre,
}

/// <summary>A run of reply text in one style. Text is raw: escaping is the transport's job.</summary>
public readonly record struct Span(string Text, SpanStyle Style);

/// <summary>Reply text as styled spans, so that no transport has to parse markup out of our words.</summary>
public sealed class RichText
{
    private readonly List<Span> spans = [];

    public IReadOnlyList<Span> Spans => spans;

    /// <summary>The text without styling.</summary>
    public string Plain => string.Concat(spans.Select(s => s.Text));

    public static implicit operator RichText(string text) => new RichText().Add(text);

    public RichText Add(string text, SpanStyle style = SpanStyle.Plain)
    {
        if (text.Length > 0)
        {
            spans.Add(new Span(text, style));
        }

        return this;
    }

    public RichText Bold(string text) => Add(text, SpanStyle.Bold);

    public RichText Italic(string text) => Add(text, SpanStyle.Italic);

    public RichText Pre(string text) => Add(text, SpanStyle.Pre);

    public RichText Line(string text = "") => Add(text + "\n");

    /// <summary>Appends another text, with a blank line between when both have content.</summary>
    public RichText Paragraph(RichText other)
    {
        if (spans.Count > 0 && other.spans.Count > 0)
        {
            var trailing = spans[^1].Text;
            Add(trailing.EndsWith("\n\n", StringComparison.Ordinal) ? "" : trailing.EndsWith('\n') ? "\n" : "\n\n");
        }

        spans.AddRange(other.spans);
        return this;
    }

    public override string ToString() => Plain;
}
