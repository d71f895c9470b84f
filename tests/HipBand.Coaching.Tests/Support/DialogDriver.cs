using HipBand.Testing;
using HipBand.Coaching.Dialog;

namespace HipBand.Coaching.Tests.Support;

/// <summary>Drives the pure dialog like a person would, keeping the state between steps.</summary>
public sealed class DialogDriver
{
    public DialogDriver(ChatState? state = null, DateTimeOffset? now = null)
    {
        State = state ?? ChatState.Fresh;
        Now = now ?? TestClock.Monday0700Utc;
    }

    public ChatState State { get; private set; }

    public DateTimeOffset Now { get; set; }

    public Outcome? Last { get; private set; }

    public string LastText => string.Join("\n\n", Last!.Replies.Select(r => r.Text.Plain));

    public ActiveSession Session => State.Conversation.Session ?? throw new InvalidOperationException("No session.");

    /// <summary>Typed text; a leading slash makes it a command, as transports read it.</summary>
    public Outcome Send(string text) => Step(TextCommand.Read(text));

    /// <summary>Presses the button with this label (or label prefix) on the last reply that had buttons.</summary>
    public Outcome Press(string labelStart)
    {
        var button = Last!.Replies.SelectMany(r => r.AllButtons)
            .First(b => b.Label.Contains(labelStart, StringComparison.OrdinalIgnoreCase));
        return Step(new ButtonInput(button.Data));
    }

    public Outcome Step(UserInput input)
    {
        Last = Coach.Step(State, input, Now);
        State = Last.State;
        return Last;
    }

    /// <summary>A person who finished setup: running, three bands, Mon/Wed/Fri 07:30 in Berlin.</summary>
    public static DialogDriver Onboarded(string goal = "running", string bands = "yellow, green, black")
    {
        var driver = new DialogDriver();
        foreach (var line in new[] { "/start", "no", goal, bands, "Mon Wed Fri", "07:30", "Europe/Berlin" })
        {
            driver.Send(line);
        }

        return driver;
    }
}
