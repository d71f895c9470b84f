using HipBand.Coaching.Dialog;

namespace HipBand.Coaching.Storage;

/// <summary>Loads a chat, and saves a step's outcome (state and logs) in one transaction.</summary>
public sealed class ChatStore(Database database, TimeProvider clock)
{
    public Database Database { get; } = database;

    public async Task<StoredChat> LoadAsync(long chatId, CancellationToken cancellationToken = default)
    {
        await using var connection = await Database.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await ChatRepository.LoadAsync(connection, chatId).ConfigureAwait(false);
    }

    /// <summary>Saves the new state and the logs its effects describe, all or nothing.</summary>
    /// <exception cref="ConcurrencyConflictException">The chat was saved by someone else since <paramref name="loaded"/>.</exception>
    public async Task SaveAsync(StoredChat loaded, Outcome outcome, CancellationToken cancellationToken = default)
    {
        await using var connection = await Database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        await ChatRepository.SaveAsync(connection, transaction, loaded, outcome.State, now).ConfigureAwait(false);
        await SessionLogRepository.ApplyAsync(connection, transaction, loaded.ChatId, outcome.Effects).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Every set logged in a chat, oldest session first.</summary>
    public async Task<IReadOnlyList<SetLogRecord>> SetLogsAsync(long chatId, CancellationToken cancellationToken = default)
    {
        await using var connection = await Database.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await SessionLogRepository.ReadSetsAsync(connection, chatId).ConfigureAwait(false);
    }
}
