using HipBand.Coaching.Dialog;

namespace HipBand.Coaching.Chats;

/// <summary>Hears about committed turns, to apply their effects outside (reminders, timers). Must not throw.</summary>
public interface ITurnObserver
{
    /// <summary>A turn's state, logs and replies are committed; its effects are the observer's to apply.</summary>
    Task CommittedAsync(long chatId, Outcome outcome, CancellationToken cancellationToken);

    /// <summary>The person blocked the bot or deleted their data: nothing more is scheduled for them.</summary>
    Task DeactivatedAsync(long chatId, CancellationToken cancellationToken);
}
