using System.Reflection;
using System.Text;
using HipBand.Coaching.Dialog;
using HipBand.Coaching.Text;
using HipBand.Coaching.Text.English;

namespace HipBand.Testing;

/// <summary>
/// A pseudo-locale: the English catalogue with every text it returns wrapped in ⟦…⟧ and its letters accented, so a
/// test can see any word that reaches the person without going through <see cref="ITexts"/>. The parser words stay
/// English, so the person can still be typed for in English.
/// </summary>
public class PseudoTexts : DispatchProxy
{
    public const char Open = '⟦';
    public const char Close = '⟧';

    private static readonly Dictionary<char, char> Accents = new()
    {
        ['a'] = 'á', ['b'] = 'ƀ', ['c'] = 'ç', ['d'] = 'ď', ['e'] = 'é', ['g'] = 'ğ', ['h'] = 'ĥ', ['i'] = 'í', ['j'] = 'ĵ',
        ['k'] = 'ķ', ['l'] = 'ļ', ['n'] = 'ñ', ['o'] = 'ö', ['r'] = 'ŕ', ['s'] = 'š', ['t'] = 'ţ', ['u'] = 'ü', ['w'] = 'ŵ',
        ['y'] = 'ý', ['z'] = 'ž', ['A'] = 'Á', ['C'] = 'Ç', ['E'] = 'É', ['I'] = 'Í', ['N'] = 'Ñ', ['O'] = 'Ö', ['S'] = 'Š',
        ['T'] = 'Ţ', ['U'] = 'Ü', ['Y'] = 'Ý', ['Z'] = 'Ž',
    };

    /// <summary>The English catalogue this one wraps: <see cref="ITexts"/> or <see cref="IChartTexts"/>.</summary>
    private object english = EnglishTexts.Instance;

    public static ITexts Create()
    {
        var texts = Create<ITexts, PseudoTexts>();
        ((PseudoTexts)(object)texts).english = EnglishTexts.Instance;
        return texts;
    }

    /// <summary>The words of the progress picture, the same way.</summary>
    public static IChartTexts CreateChart()
    {
        var words = Create<IChartTexts, PseudoTexts>();
        ((PseudoTexts)(object)words).english = EnglishChartTexts.Instance;
        return words;
    }

    /// <summary>What the pseudo-locale makes of one English text.</summary>
    public static string Wrap(string english)
    {
        if (english.Length == 0)
        {
            return english;
        }

        var wrapped = new StringBuilder(english.Length + 2).Append(Open);
        foreach (var c in english)
        {
            wrapped.Append(Accents.TryGetValue(c, out var accented) ? accented : c);
        }

        return wrapped.Append(Close).ToString();
    }

    /// <summary><paramref name="text"/> without what is inside the markers (nested markers included).</summary>
    public static string OutsideMarkers(string text)
    {
        var outside = new StringBuilder();
        var depth = 0;
        foreach (var c in text)
        {
            if (c == Open)
            {
                depth++;
            }
            else if (c == Close && depth > 0)
            {
                depth--;
            }
            else if (depth == 0)
            {
                outside.Append(c);
            }
        }

        return outside.ToString();
    }

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        ArgumentNullException.ThrowIfNull(targetMethod);
        object? result;
        try
        {
            result = targetMethod.Invoke(english, args);
        }
        catch (TargetInvocationException error) when (error.InnerException is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(error.InnerException);
            throw;
        }

        return result switch
        {
            string text => Wrap(text),
            RichText rich => WrapSpans(rich),
            IReadOnlyList<string> list => list.Select(Wrap).ToList(),
            Words words => words,
            null => null,
            _ => throw new InvalidOperationException($"The pseudo-locale does not know how to wrap {targetMethod.Name}'s {result.GetType().Name}"),
        };
    }

    private static RichText WrapSpans(RichText english)
    {
        var wrapped = new RichText();
        foreach (var span in english.Spans)
        {
            wrapped.Add(Wrap(span.Text), span.Style);
        }

        return wrapped;
    }
}
