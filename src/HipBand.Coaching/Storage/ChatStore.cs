namespace HipBand.Coaching.Storage;

/// <summary>The chats as the turn pipeline uses them: load, commit a turn, export, and who is to be reminded.</summary>
public sealed class ChatStore(Database database, TimeProvider clock) : IAsyncDisposable
{
    private readonly TurnWriter writer = database.Writer(clock);

    public Database Database { get; } = database;

    public async Task<StoredChat> LoadAsync(long chatId, CancellationToken cancellationToken = default)
    {
        await using var connection = await Database.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await ChatRepository.LoadAsync(connection, chatId).ConfigureAwait(false);
    }

    /// <summary>Writes state, logs, deletions, outbox rows and the update id of one handled input, all or nothing.</summary>
    public Task<WriteReport> WriteAsync(TurnWrite write, CancellationToken cancellationToken = default) =>
        writer.WriteAsync(write, cancellationToken);

    /// <summary>Every trainee who should be getting reminders (set up, not paused, not blocked), with their schedule.</summary>
    public async Task<IReadOnlyList<(long ChatId, Scheduling.Schedule Schedule)>> ScheduledAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await Database.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await ChatRepository.ReadScheduledAsync(connection).ConfigureAwait(false);
    }

    /// <summary>The chat's schedule if they should be getting reminders (set up, not paused, not blocked), else null.</summary>
    public async Task<Scheduling.Schedule?> ScheduleOfAsync(long chatId, CancellationToken cancellationToken = default)
    {
        await using var connection = await Database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var found = await ChatRepository.ReadScheduledAsync(connection, chatId).ConfigureAwait(false);
        return found.Count == 0 ? null : found[0].Schedule;
    }

    /// <summary>Every chat's pending rest timer (when its rest is over, and the set it comes before).</summary>
    public async Task<IReadOnlyList<RestDeadline>> RestDeadlinesAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await Database.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await ChatRepository.ReadRestDeadlinesAsync(connection).ConfigureAwait(false);
    }

    /// <summary>Every set logged in a chat, oldest session first.</summary>
    public async Task<IReadOnlyList<SetLogRecord>> SetLogsAsync(long chatId, CancellationToken cancellationToken = default)
    {
        await using var connection = await Database.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await SessionLogRepository.ReadSetsAsync(connection, chatId).ConfigureAwait(false);
    }

    /// <summary>
    /// The person blocked the bot: drops what was waiting for them and marks them inactive; but if the block is known
    /// from a request sent at <paramref name="refusedSentAt"/> and they wrote to us after it, only what was written
    /// before it goes.
    /// </summary>
    public async Task<Deactivation> DeactivateAsync(long chatId, DateTimeOffset? refusedSentAt = null, CancellationToken cancellationToken = default)
    {
        await using var connection = await Database.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await OutboxRepository.DeactivateAsync(connection, chatId, refusedSentAt?.ToUnixTimeMilliseconds(), clock.GetUtcNow().ToUnixTimeMilliseconds()).ConfigureAwait(false);
    }

    /// <summary>Everything stored about a chat as one CSV document.</summary>
    public async Task<string> ExportCsvAsync(long chatId, CancellationToken cancellationToken = default)
    {
        await using var connection = await Database.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await PersonalData.ExportCsvAsync(connection, chatId).ConfigureAwait(false);
    }

    /// <summary>Closes the database's writer once what it holds is committed.</summary>
    public ValueTask DisposeAsync() => Database.DisposeAsync();
}
