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
internal sealed class UpdateDoor(TransportStore store, ChatQueues queues)
{
    /// <summary>Stores the updates (and, from polling, the offset past them), then queues the new ones per chat; returns those.</summary>
    public async Task<IReadOnlyList<InboxUpdate>> AcceptAsync(IReadOnlyList<ReceivedUpdate> updates, long? offset, CancellationToken cancellationToken)
    {
        var arrived = updates.Select(u => new ArrivedUpdate(u.Id, UpdateMapper.Map(u.Id, u.Update).ChatId, u.Json)).ToList();
        var stored = await store.AcceptAsync(arrived, offset, cancellationToken).ConfigureAwait(false);
        queues.Enqueue(stored);
        return stored;
    }

    /// <summary>Queues what an earlier run stored but did not apply, ahead of anything new.</summary>
    public async Task ResumeAsync(CancellationToken cancellationToken) =>
        queues.Enqueue(await store.WaitingAsync(cancellationToken).ConfigureAwait(false));
}
