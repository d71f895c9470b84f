using System.Globalization;

namespace HipBand.Coaching.Storage;

/// <summary>The state database as the bot uses it: chats, their logs, the outbox and the bot's own values.</summary>
public sealed class ChatStore : IAsyncDisposable
{
    private const string OffsetKey = "telegram.offset";

    private readonly TimeProvider clock;
    private readonly TurnWriter writer;

    public ChatStore(Database database, TimeProvider clock)
    {
        Database = database;
        this.clock = clock;
        writer = new TurnWriter(database, clock);
    }

    public Database Database { get; }

    public async Task<StoredChat> LoadAsync(long chatId, CancellationToken cancellationToken = default)
    {
        await using var connection = await Database.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await ChatRepository.LoadAsync(connection, chatId).ConfigureAwait(false);
    }

    /// <summary>Writes state, logs, outbox rows and the update id of one handled input, all or nothing.</summary>
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

    /// <summary>Every set logged in a chat, oldest session first.</summary>
    public async Task<IReadOnlyList<SetLogRecord>> SetLogsAsync(long chatId, CancellationToken cancellationToken = default)
    {
        await using var connection = await Database.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await SessionLogRepository.ReadSetsAsync(connection, chatId).ConfigureAwait(false);
    }

    /// <summary>Outbox rows after <paramref name="afterId"/>, oldest first; only those older than <paramref name="minAge"/>, if given.</summary>
    public async Task<IReadOnlyList<PendingMessage>> PendingAsync(long afterId, int limit, TimeSpan? minAge = null, CancellationToken cancellationToken = default)
    {
        await using var connection = await Database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var createdBefore = minAge is { } age ? (clock.GetUtcNow() - age).ToUnixTimeMilliseconds() : long.MaxValue;
        return await OutboxRepository.ReadPendingAsync(connection, afterId, limit, createdBefore).ConfigureAwait(false);
    }

    /// <summary>Removes a sent row from the outbox (committed with other writes; see <see cref="TurnWriter"/>).</summary>
    public Task MarkSentAsync(long outboxId, CancellationToken cancellationToken = default) =>
        writer.MarkSentAsync(outboxId, cancellationToken);

    public async Task DeadLetterAsync(PendingMessage message, string error, CancellationToken cancellationToken = default)
    {
        await using var connection = await Database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await OutboxRepository.DeadLetterAsync(connection, message, error, clock.GetUtcNow().ToUnixTimeMilliseconds()).ConfigureAwait(false);
    }

    /// <summary>Marks a chat inactive and drops what was waiting for it; returns how many messages were dropped.</summary>
    /// <remarks>The host's turn pipeline calls it, and drops the chat's cached state with it.</remarks>
    public async Task<int> DeactivateAsync(long chatId, CancellationToken cancellationToken = default)
    {
        await using var connection = await Database.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await OutboxRepository.DeactivateAsync(connection, chatId, clock.GetUtcNow().ToUnixTimeMilliseconds()).ConfigureAwait(false);
    }

    /// <summary>Everything stored about a chat as one CSV document.</summary>
    public async Task<string> ExportCsvAsync(long chatId, CancellationToken cancellationToken = default)
    {
        await using var connection = await Database.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await PersonalData.ExportCsvAsync(connection, chatId).ConfigureAwait(false);
    }

    /// <summary>The getUpdates offset: every update below it has been applied.</summary>
    public async Task<long> ReadOffsetAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await Database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var value = await BotStateRepository.ReadAsync(connection, OffsetKey).ConfigureAwait(false);
        return value is null ? 0 : long.Parse(value, CultureInfo.InvariantCulture);
    }

    /// <summary>Stores the getUpdates offset (committed with other writes; see <see cref="TurnWriter"/>).</summary>
    public Task WriteOffsetAsync(long offset, CancellationToken cancellationToken = default) =>
        writer.WriteValueAsync(OffsetKey, offset.ToString(CultureInfo.InvariantCulture), cancellationToken);

    /// <summary>Forgets applied update ids older than <paramref name="age"/>.</summary>
    public async Task<int> PruneProcessedUpdatesAsync(TimeSpan age, CancellationToken cancellationToken = default)
    {
        await using var connection = await Database.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await ProcessedUpdateRepository.PruneAsync(connection, (clock.GetUtcNow() - age).ToUnixTimeMilliseconds()).ConfigureAwait(false);
    }

    public ValueTask DisposeAsync() => writer.DisposeAsync();
}
