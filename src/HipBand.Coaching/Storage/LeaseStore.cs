namespace HipBand.Coaching.Storage;

/// <summary>
/// What processes sharing one database (PostgreSQL) agree through: a role one of them holds, the chats each applies,
/// and the rest timers each fires. Instants are this process's clock in Unix ms; processes' clocks are assumed to
/// agree to well within a lease.
/// </summary>
public sealed class LeaseStore(Database database, TimeProvider clock)
{
    /// <summary>Takes or renews the role <paramref name="name"/> for <paramref name="lease"/>; false when another process holds it.</summary>
    public async Task<bool> TakeRoleAsync(string name, string owner, TimeSpan lease, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await LeaseRepository.TakeRoleAsync(connection, name, owner, now.ToUnixTimeMilliseconds(), (now + lease).ToUnixTimeMilliseconds()).ConfigureAwait(false);
    }

    /// <summary>Gives the role up at once, so that another process need not wait for it to run out.</summary>
    public async Task ReleaseRoleAsync(string name, string owner, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await LeaseRepository.ReleaseRoleAsync(connection, name, owner).ConfigureAwait(false);
    }

    /// <summary>
    /// Renews every chat lease of <paramref name="owner"/> (unless <paramref name="renew"/> is false: renewed recently),
    /// then takes up to <paramref name="limit"/> chats with waiting updates nobody else holds, or renews those of its own;
    /// returns what waits for them.
    /// </summary>
    public async Task<IReadOnlyList<InboxUpdate>> TakeChatsAsync(string owner, TimeSpan lease, int limit, bool renew = true, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var until = (now + lease).ToUnixTimeMilliseconds();
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        if (renew)
        {
            await LeaseRepository.RenewChatsAsync(connection, owner, until).ConfigureAwait(false);
        }

        var chats = await LeaseRepository.TakeChatsAsync(connection, owner, now.ToUnixTimeMilliseconds(), until, limit).ConfigureAwait(false);
        return chats.Count == 0 ? [] : await InboxRepository.ReadWaitingOfAsync(connection, database.Dialect, chats).ConfigureAwait(false);
    }

    /// <summary>Gives up the chats (their updates are applied); another process may take them as soon as more arrive.</summary>
    public async Task ReleaseChatsAsync(string owner, IReadOnlyCollection<long> chatIds, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await LeaseRepository.ReleaseChatsAsync(connection, database.Dialect, chatIds, owner).ConfigureAwait(false);
    }

    /// <summary>Gives up every chat of <paramref name="owner"/> (shutting down).</summary>
    public async Task ReleaseAllChatsAsync(string owner, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await LeaseRepository.ReleaseAllChatsAsync(connection, owner).ConfigureAwait(false);
    }

    /// <summary>Claims up to <paramref name="limit"/> rest deadlines that are due and nobody's, for <paramref name="lease"/>.</summary>
    public async Task<IReadOnlyList<RestDeadline>> ClaimDueRestsAsync(TimeSpan lease, int limit, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await RestClaimRepository.ClaimAsync(connection, now.ToUnixTimeMilliseconds(), (now + lease).ToUnixTimeMilliseconds(), limit).ConfigureAwait(false);
    }

    /// <summary>Clears a claimed deadline once its nudge is handled, unless a turn has set another since.</summary>
    public async Task ClearRestAsync(RestDeadline deadline, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await RestClaimRepository.ClearAsync(connection, deadline).ConfigureAwait(false);
    }
}
