using System.Globalization;

namespace HipBand.Coaching.Storage;

/// <summary>
/// What the transport keeps: the inbox (the one door every update comes through), the updates applied, and the
/// getUpdates offset. An update is stored before it is confirmed to Telegram, and taken out by the turn it causes.
/// </summary>
public sealed class TransportStore(Database database, TimeProvider clock)
{
    private const string OffsetKey = "telegram.offset";

    private readonly TurnWriter writer = database.Writer(clock);

    /// <summary>
    /// Stores updates as they arrive, and the offset past them, in one transaction: returns the ones that are new
    /// (neither waiting nor applied before), in order. Only after this may Telegram be told they arrived.
    /// </summary>
    public Task<IReadOnlyList<InboxUpdate>> AcceptAsync(IReadOnlyList<ArrivedUpdate> updates, long? offset, CancellationToken cancellationToken = default) =>
        writer.RunAsync(async (connection, transaction, now) =>
        {
            var stored = await InboxRepository.InsertAsync(connection, transaction, updates, now).ConfigureAwait(false);
            if (offset is { } next)
            {
                await BotStateRepository.WriteAsync(connection, transaction, OffsetKey, next.ToString(CultureInfo.InvariantCulture)).ConfigureAwait(false);
            }

            return stored;
        }, cancellationToken);

    /// <summary>Updates stored but not applied yet (a crash, a shutdown mid-batch), in the order they came.</summary>
    public async Task<IReadOnlyList<InboxUpdate>> WaitingAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await InboxRepository.ReadWaitingAsync(connection).ConfigureAwait(false);
    }

    /// <summary>The getUpdates offset: every update below it is stored.</summary>
    public async Task<long> ReadOffsetAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var value = await BotStateRepository.ReadAsync(connection, OffsetKey).ConfigureAwait(false);
        return value is null ? 0 : long.Parse(value, CultureInfo.InvariantCulture);
    }

    /// <summary>Forgets applied update ids older than <paramref name="age"/>; Telegram redelivers nothing that old.</summary>
    public async Task<int> PruneAppliedAsync(TimeSpan age, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await AppliedUpdateRepository.PruneAsync(connection, (clock.GetUtcNow() - age).ToUnixTimeMilliseconds()).ConfigureAwait(false);
    }
}
