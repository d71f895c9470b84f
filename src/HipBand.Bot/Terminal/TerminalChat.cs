using System.Globalization;
using HipBand.Coaching.Chats;
using HipBand.Coaching.Dialog;
using HipBand.Coaching.Storage;

namespace HipBand.Bot.Terminal;

/// <summary>The dialog in a terminal: one chat, buttons as numbered choices. Ends at end of input.</summary>
internal sealed partial class TerminalChat(
    ChatTurns turns,
    ChatStore store,
    TerminalChatOptions options,
    TimeProvider clock,
    IHostApplicationLifetime lifetime,
    ILogger<TerminalChat> logger) : BackgroundService
{
    /// <summary>Drawn between two messages of the bot, so that one ends visibly before the next begins.</summary>
    public const string Separator = "┄┄┄┄";

    private const string PromptMark = "> ";

    private readonly TextWriter output = options.Output;
    private readonly Lock gate = new();
    private Reply? question;

    /// <summary>The last thing on screen is a message of the bot (not the person's line).</summary>
    private bool lastWasBot;

    /// <summary>The "> " prompt is waiting for the person's line.</summary>
    private bool atPrompt;

    /// <summary>Prints replies that did not answer a typed line (a reminder, a rest nudge), if they are for this chat.</summary>
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

            Print(replies);
            if (interrupted)
            {
                output.Write(PromptMark);
                output.Flush();
            }
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            // Stopping the host before every service has started would cancel its start-up: wait for it first.
            var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            using (lifetime.ApplicationStarted.Register(() => started.TrySetResult()))
            {
                await started.Task.WaitAsync(stoppingToken).ConfigureAwait(false);
            }

            await GreetAsync(stoppingToken).ConfigureAwait(false);
            while (!stoppingToken.IsCancellationRequested)
            {
                if (options.Interactive)
                {
                    lock (gate)
                    {
                        output.Write(PromptMark);
                        output.Flush();
                        atPrompt = true;
                    }
                }

                // Console reads do not observe cancellation; waiting on them this way lets Ctrl+C stop promptly.
                var line = await Task.Run(options.Input.ReadLine, stoppingToken).WaitAsync(stoppingToken).ConfigureAwait(false);
                lock (gate)
                {
                    atPrompt = false;
                    lastWasBot = false;
                }

                if (line is null)
                {
                    break;
                }

                if (line.Trim().Length == 0)
                {
                    continue;
                }

                if (!options.Interactive)
                {
                    lock (gate)
                    {
                        output.WriteLine(PromptMark + line);
                    }
                }

                await HandleAsync(line, stoppingToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Ctrl+C or host shutdown.
        }
        finally
        {
            await output.FlushAsync(CancellationToken.None).ConfigureAwait(false);
            lifetime.StopApplication();
        }
    }

    private async Task GreetAsync(CancellationToken cancellationToken)
    {
        var chat = await store.LoadAsync(options.ChatId, cancellationToken).ConfigureAwait(false);
        if (chat.IsNew && chat.State.Phase == Phase.New)
        {
            if (options.Interactive)
            {
                var logs = options.LogFile is { } file ? $" Logs go to {file}." : "";
                await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"HipBandBot terminal chat (chat {options.ChatId}). Type /start to begin, /help for commands, Ctrl+D to leave.{logs}")).ConfigureAwait(false);
            }

            return;
        }

        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"Chat {options.ChatId} continues where it left off:")).ConfigureAwait(false);
        Print([Coach.CurrentPrompt(chat.State, clock.GetUtcNow())]);
    }

    private async Task HandleAsync(string line, CancellationToken cancellationToken)
    {
        try
        {
            var context = new TurnContext(Deliver: turn => Print(turn.Outcome.Replies));
            await turns.HandleAsync(options.ChatId, Map(line), context, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            LogTurnFailed(logger, error);
            await output.WriteLineAsync("Sorry, something went wrong on my side. Nothing you logged was lost; please send that again.").ConfigureAwait(false);
        }
    }

    /// <summary>A number picks a choice of the last question, unless that question wants a number typed.</summary>
    private UserInput Map(string line)
    {
        var text = line.Trim();
        Reply? asked;
        lock (gate)
        {
            asked = question;
        }

        if (asked is { ExpectsNumber: false }
            && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var choice))
        {
            var buttons = asked!.AllButtons.ToList();
            if (choice >= 1 && choice <= buttons.Count)
            {
                return new ButtonInput(buttons[choice - 1].Data);
            }
        }

        return TextCommand.Read(text);
    }

    private void Print(IReadOnlyList<Reply> replies)
    {
        lock (gate)
        {
            foreach (var reply in replies)
            {
                if (lastWasBot)
                {
                    output.WriteLine(Separator);
                }

                output.WriteLine(TerminalRenderer.Render(reply));
                lastWasBot = true;
            }

            output.Flush();
            question = replies.Count > 0 ? replies[^1] : question;
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The terminal chat could not handle a message")]
    private static partial void LogTurnFailed(ILogger logger, Exception error);
}
