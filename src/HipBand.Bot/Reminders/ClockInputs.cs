using System.Globalization;
using HipBand.Bot.Operations;
using HipBand.Bot.Turns;
using HipBand.Coaching.Dialog;
using Microsoft.Extensions.Options;

namespace HipBand.Bot.Reminders;

/// <summary>Feeds the clock's events to the dialog: a reminder slot that has come, a rest that is over.</summary>
internal sealed partial class ClockInputs(
    TurnPipeline turns,
    IOptions<RemindersOptions> options,
    BotMetrics metrics,
    TimeProvider clock,
    ILogger<ClockInputs> logger)
{
    /// <summary>Sends the reminder of a slot once: a slot fired again is recognised by its claim, a slot too late is dropped.</summary>
    public async Task ReminderDueAsync(long chatId, DateTimeOffset slot, CancellationToken cancellationToken)
    {
        var late = clock.GetUtcNow() - slot;
        if (late > options.Value.MisfireWindow)
        {
            LogDropped(logger, chatId, slot, late.TotalMinutes);
            metrics.ReminderDropped();
            return;
        }

        var claim = string.Create(CultureInfo.InvariantCulture, $"reminder:{chatId}:{slot.ToUnixTimeMilliseconds()}");
        var input = new ReminderDue(slot, options.Value.AskAfterUnanswered);
        var result = await turns.HandleAsync(chatId, input, new TurnSource(Claim: claim), cancellationToken).ConfigureAwait(false);
        if (result.Applied)
        {
            metrics.ReminderFired(late);
        }
    }

    /// <summary>One nudge per rest: a timer fired again (a restart mid-fire) is recognised by its claim.</summary>
    public async Task RestOverAsync(long chatId, string questionKey, CancellationToken cancellationToken)
    {
        var claim = string.Create(CultureInfo.InvariantCulture, $"rest:{chatId}:{questionKey}");
        await turns.HandleAsync(chatId, new RestOver(questionKey), new TurnSource(Claim: claim), cancellationToken).ConfigureAwait(false);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Reminder for chat {ChatId} at {Slot} dropped: {Minutes:0} min late is past the misfire window")]
    private static partial void LogDropped(ILogger logger, long chatId, DateTimeOffset slot, double minutes);
}
