using Telegram.Bot.Types;

namespace HipBand.Bot.Turns;

/// <summary>Where an input came from, as far as writing its turn goes.</summary>
/// <param name="UpdateId">The transport's id for the input: an update applied before is not applied again.</param>
/// <param name="Claim">A key done at most once (a reminder slot): if claimed before, nothing is applied.</param>
/// <param name="Pressed">The button press the input is, with the message it was on.</param>
internal sealed record TurnSource(long? UpdateId = null, string? Claim = null, CallbackQuery? Pressed = null)
{
    /// <summary>Typed in the terminal: no id, nothing to claim.</summary>
    public static readonly TurnSource Local = new();

    /// <summary>For metrics: update, reminder, rest or terminal.</summary>
    public string Kind => UpdateId is not null ? "update"
        : Claim?.StartsWith("reminder:", StringComparison.Ordinal) == true ? "reminder"
        : Claim?.StartsWith("rest:", StringComparison.Ordinal) == true ? "rest"
        : "terminal";
}
