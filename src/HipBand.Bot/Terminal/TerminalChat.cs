using System.Globalization;
using HipBand.Bot.Turns;
using HipBand.Coaching.Dialog;
using HipBand.Coaching.Storage;
using HipBand.Coaching.Text;

namespace HipBand.Bot.Terminal;

/// <summary>The dialog in a terminal: one chat, buttons as numbered choices. Ends at end of input.</summary>
internal sealed partial class TerminalChat(
    TurnPipeline turns,
    ChatStore store,
    TerminalScreen screen,
    ITexts texts,
    TerminalChatOptions options,
    TimeProvider clock,
    IHostApplicationLifetime lifetime,
    ILogger<TerminalChat> logger) : BackgroundService
{
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
                    screen.Prompt();
                }

                // Console reads do not observe cancellation; waiting on them this way lets Ctrl+C stop promptly.
                var line = await Task.Run(options.Input.ReadLine, stoppingToken).WaitAsync(stoppingToken).ConfigureAwait(false);
                var blank = line is null || line.Trim().Length == 0;
                screen.Typed(options.Interactive || blank ? null : line);
                if (line is null)
                {
                    break;
                }

                if (!blank)
                {
                    await HandleAsync(line, stoppingToken).ConfigureAwait(false);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Ctrl+C or host shutdown.
        }
        finally
        {
            await options.Output.FlushAsync(CancellationToken.None).ConfigureAwait(false);
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
                screen.Line(texts.TerminalGreeting(options.ChatId, options.LogFile));
            }

            return;
        }

        screen.Line(texts.TerminalContinues(options.ChatId));
        screen.Show(options.ChatId, [Coach.CurrentPrompt(chat.State, clock.GetUtcNow(), texts)]);
    }

    /// <summary>The replies print through the channel (<see cref="TerminalReplyChannel"/>), as the clock's do.</summary>
    private async Task HandleAsync(string line, CancellationToken cancellationToken)
    {
        try
        {
            await turns.HandleAsync(options.ChatId, Map(line), TurnSource.Local, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            LogTurnFailed(logger, error);
            screen.Line(texts.SomethingWentWrong);
        }
    }

    /// <summary>A number picks a choice of the last question, unless that question wants a number typed.</summary>
    private UserInput Map(string line)
    {
        var text = line.Trim();
        if (screen.Question is { ExpectsNumber: false } asked
            && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var choice))
        {
            var buttons = asked.AllButtons.ToList();
            if (choice >= 1 && choice <= buttons.Count)
            {
                return new ButtonInput(buttons[choice - 1].Data);
            }
        }

        return TextCommand.Read(text);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The terminal chat could not handle a message")]
    private static partial void LogTurnFailed(ILogger logger, Exception error);
}
