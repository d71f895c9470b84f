using HipBand.Coaching.Dialog;

namespace HipBand.Bot.Terminal;

/// <summary>
/// The terminal chat's screen: the bot's messages, set off from each other, the person's prompt, and the question on
/// screen now (so that a typed number can pick one of its choices). Replies print here whatever produced them, a
/// typed line or the clock.
/// </summary>
internal sealed class TerminalScreen(TerminalChatOptions options)
{
    /// <summary>Drawn between two messages of the bot, so that one ends visibly before the next begins.</summary>
    public const string Separator = "┄┄┄┄";

    public const string PromptMark = "> ";

    private readonly TextWriter output = options.Output;
    private readonly Lock gate = new();
    private Reply? question;

    /// <summary>The last thing on screen is a message of the bot (not the person's line).</summary>
    private bool lastWasBot;

    /// <summary>The "> " prompt is waiting for the person's line.</summary>
    private bool atPrompt;

    /// <summary>The last question shown, with its choices.</summary>
    public Reply? Question
    {
        get
        {
            lock (gate)
            {
                return question;
            }
        }
    }

    /// <summary>Prints the replies for this terminal's chat; after a prompt, a fresh prompt follows them.</summary>
    public void Show(long chatId, IReadOnlyList<Reply> replies)
    {
        if (chatId != options.ChatId || replies.Count == 0)
        {
            return;
        }

        lock (gate)
        {
            // Arrived while the person is at the prompt (a reminder, a rest nudge): off the prompt line first, and a
            // fresh prompt after it, so that what they type next starts on a line of its own.
            var interrupted = atPrompt;
            if (interrupted)
            {
                output.WriteLine();
                lastWasBot = false;
            }

            foreach (var reply in replies)
            {
                if (lastWasBot)
                {
                    output.WriteLine(Separator);
                }

                output.WriteLine(TerminalRenderer.Render(reply));
                lastWasBot = true;
            }

            question = replies[^1];
            if (interrupted)
            {
                output.Write(PromptMark);
            }

            output.Flush();
        }
    }

    /// <summary>Shows the prompt and waits for the person's line there.</summary>
    public void Prompt()
    {
        lock (gate)
        {
            output.Write(PromptMark);
            output.Flush();
            atPrompt = true;
        }
    }

    /// <summary>The person's line is in: what follows is the bot's answer to it.</summary>
    public void Typed(string? echo)
    {
        lock (gate)
        {
            atPrompt = false;
            lastWasBot = false;
            if (echo is not null)
            {
                output.WriteLine(PromptMark + echo);
            }
        }
    }

    public void Line(string text)
    {
        lock (gate)
        {
            output.WriteLine(text);
            output.Flush();
        }
    }
}
