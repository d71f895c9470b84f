namespace HipBand.Coaching.Storage;

/// <summary>A chat as loaded: its state, the row version to save against, and whether its stored state had to be reset.</summary>
public sealed record StoredChat(long ChatId, ChatState State, long RowVersion, bool WasReset = false)
{
    public bool IsNew => RowVersion == 0;

    /// <summary>False when the person had blocked the bot; their next message makes them active again.</summary>
    public bool Active { get; init; } = true;
}

/// <summary>Someone else saved this chat since we loaded it; load again and retry.</summary>
public sealed class ConcurrencyConflictException(long chatId)
    : Exception($"Chat {chatId} was changed by another writer.");
