using System.Text;
using HipBand.Coaching.Dialog;

namespace HipBand.Bot.Terminal;

/// <summary>A reply as terminal text: the words, then the buttons as numbered choices.</summary>
internal static class TerminalRenderer
{
    public static string Render(Reply reply)
    {
        var text = new StringBuilder();

        // Telegram's 🎉 effect has no terminal equivalent: a small mark in front says the same.
        text.Append(reply.Celebrate ? "🎉 " : "").Append(reply.Text.Plain.TrimEnd());
        var number = 1;
        foreach (var row in reply.Buttons)
        {
            text.Append("\n  ");
            foreach (var button in row)
            {
                // When the question wants a number typed, a choice is answered by its words, not a number.
                text.Append(reply.ExpectsNumber ? $"[{button.Label}]  " : $"{number++}) {button.Label}   ");
            }

            text.Length = text.ToString().TrimEnd().Length;
        }

        return text.Append('\n').ToString();
    }
}
