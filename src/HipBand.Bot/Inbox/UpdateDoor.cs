using HipBand.Bot.Telegram;
using HipBand.Bot.Telegram.Api;
using HipBand.Coaching.Storage;

namespace HipBand.Bot.Inbox;

/// <summary>
/// The one door every update comes through, whoever brings it (long polling now, a webhook later): it is stored in
/// the inbox first, as the JSON Telegram sent, and handed to the chat queues only then. The caller may confirm it
/// to Telegram (the next poll's offset, the webhook's 200) once this returns; a crash after that loses nothing, and an update that comes again (a redelivery,
/// in any order) changes nothing.
/// </summary>
/// <remarks>
/// With processes sharing the database (<see cref="Cluster.SharedInbox"/>), what is stored here is not queued here
/// directly: the process holding the chat's lease applies it, which may be this one once it has taken the lease.
/// </remarks>
internal sealed class UpdateDoor(TransportStore store, ChatQueues queues, Cluster.SharedInbox? shared = null)
{
    /// <summary>Stores the updates (and, from polling, the offset past them), then queues the new ones per chat; returns those.</summary>
    public async Task<IReadOnlyList<InboxUpdate>> AcceptAsync(IReadOnlyList<ReceivedUpdate> updates, long? offset, CancellationToken cancellationToken)
    {
        var arrived = updates.Select(u => new ArrivedUpdate(u.Id, UpdateMapper.Map(u.Id, u.Update).ChatId, u.Json)).ToList();
        var stored = await store.AcceptAsync(arrived, offset, cancellationToken).ConfigureAwait(false);
        if (shared is null)
        {
            queues.Enqueue(stored);
        }
        else
        {
            shared.Wake();
        }

        return stored;
    }

    /// <summary>Queues what an earlier run stored but did not apply, ahead of anything new.</summary>
    public async Task ResumeAsync(CancellationToken cancellationToken)
    {
        if (shared is not null)
        {
            // Shared, the waiting chats are taken by lease (some may be another process's right now).
            shared.Wake();
            return;
        }

        queues.Enqueue(await store.WaitingAsync(cancellationToken).ConfigureAwait(false));
    }
}
