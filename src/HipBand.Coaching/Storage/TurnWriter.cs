using System.Data.Common;
using System.Threading.Channels;

namespace HipBand.Coaching.Storage;

/// <summary>
/// Group commit: writes from many chats queue up and are committed together, one transaction per batch,
/// so that every write is durable before it is acknowledged at the cost of one commit per batch.
/// </summary>
/// <remarks>
/// SQLite has one writer at a time; many small transactions from concurrent chats would queue on its lock
/// anyway. Each write checks before it changes anything (the update id, then the row version), so a
/// conflict or a repeat writes nothing. If a batch fails, it is rolled back and its writes are replayed one
/// transaction each, so that one bad write fails alone.
/// </remarks>
internal sealed class TurnWriter : IAsyncDisposable
{
    private const int MaxBatch = 256;

    private readonly Database database;
    private readonly TimeProvider clock;
    private readonly Channel<PendingWrite> queue = Channel.CreateUnbounded<PendingWrite>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Task loop;

    public TurnWriter(Database database, TimeProvider clock)
    {
        this.database = database;
        this.clock = clock;
        loop = Task.Run(RunAsync);
    }

    public Task<WriteReport> WriteAsync(TurnWrite write, CancellationToken cancellationToken) =>
        EnqueueAsync((connection, transaction, now) => WriteOneAsync(connection, transaction, write, now), cancellationToken);

    /// <summary>Deletes a sent outbox row, committed with the next batch (one statement for all the batch's sent rows).</summary>
    public Task MarkSentAsync(long outboxId, CancellationToken cancellationToken) =>
        EnqueueAsync(write: null, cancellationToken, sentId: outboxId);

    /// <summary>Stores a named value of the bot, committed with the next batch.</summary>
    public Task WriteValueAsync(string key, string value, CancellationToken cancellationToken) =>
        EnqueueAsync(async (connection, transaction, _) =>
        {
            await BotStateRepository.WriteAsync(connection, transaction, key, value).ConfigureAwait(false);
            return WriteReport.Done;
        }, cancellationToken);

    public async ValueTask DisposeAsync()
    {
        queue.Writer.TryComplete();
        await loop.ConfigureAwait(false);
    }

    private Task<WriteReport> EnqueueAsync(WriteOperation? write, CancellationToken cancellationToken, long? sentId = null)
    {
        var pending = new PendingWrite(write, sentId, new TaskCompletionSource<WriteReport>(TaskCreationOptions.RunContinuationsAsynchronously));
        ObjectDisposedException.ThrowIf(!queue.Writer.TryWrite(pending), this);

        // The write goes ahead even if the caller stops waiting: it is all or nothing either way.
        return pending.Done.Task.WaitAsync(cancellationToken);
    }

    private async Task RunAsync()
    {
        var batch = new List<PendingWrite>(MaxBatch);
        DbConnection? connection = null;
        try
        {
            while (await queue.Reader.WaitToReadAsync().ConfigureAwait(false))
            {
                batch.Clear();
                while (batch.Count < MaxBatch && queue.Reader.TryRead(out var pending))
                {
                    batch.Add(pending);
                }

                try
                {
                    connection ??= await database.OpenAsync().ConfigureAwait(false);
                    await CommitAsync(connection, batch).ConfigureAwait(false);
                }
                catch (Exception)
                {
                    // Replay one by one on a fresh connection, so that only a write that fails on its own fails.
                    if (connection is not null)
                    {
                        await connection.DisposeAsync().ConfigureAwait(false);
                        connection = null;
                    }

                    foreach (var pending in batch)
                    {
                        try
                        {
                            connection ??= await database.OpenAsync().ConfigureAwait(false);
                            await CommitAsync(connection, [pending]).ConfigureAwait(false);
                        }
                        catch (Exception error)
                        {
                            pending.Done.TrySetException(error);
                            await connection!.DisposeAsync().ConfigureAwait(false);
                            connection = null;
                        }
                    }
                }
            }
        }
        finally
        {
            if (connection is not null)
            {
                await connection.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    /// <summary>Commits a batch; on any failure throws with nothing committed and no caller told anything.</summary>
    private async Task CommitAsync(DbConnection connection, List<PendingWrite> batch)
    {
        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        var reports = new WriteReport[batch.Count];
        var sent = new List<long>();
        await using (var transaction = await connection.BeginTransactionAsync().ConfigureAwait(false))
        {
            for (var i = 0; i < batch.Count; i++)
            {
                if (batch[i].Write is { } write)
                {
                    reports[i] = await write(connection, transaction, now).ConfigureAwait(false);
                }
                else
                {
                    sent.Add(batch[i].SentId!.Value);
                    reports[i] = WriteReport.Done;
                }
            }

            await OutboxRepository.DeleteAsync(connection, transaction, sent).ConfigureAwait(false);
            await transaction.CommitAsync().ConfigureAwait(false);
        }

        for (var i = 0; i < batch.Count; i++)
        {
            batch[i].Done.TrySetResult(reports[i]);
        }
    }

    private static async Task<WriteReport> WriteOneAsync(DbConnection connection, DbTransaction transaction, TurnWrite write, long now)
    {
        if (write.Claim is { } claim && await ClaimRepository.ExistsAsync(connection, transaction, claim).ConfigureAwait(false))
        {
            return WriteReport.AlreadyApplied;
        }

        if (write.Loaded is { } loaded && write.State is { } state)
        {
            // A chat's updates are recognised by the last update id on its state row (the caller checked it when it
            // loaded the row; the row version proves nobody moved it since). A conflict has written nothing.
            if (!await ChatRepository.TrySaveAsync(connection, transaction, loaded, state, write.UpdateId, now).ConfigureAwait(false))
            {
                return WriteReport.Conflict;
            }

            await SessionLogRepository.ApplyAsync(connection, transaction, write.ChatId, write.Effects).ConfigureAwait(false);
            if (write.Effects.OfType<Dialog.DataDeleted>().Any())
            {
                // Everything about the person goes with the turn that confirmed it; the reply saying so is written
                // below, after the deletion, so it is the one row about them that is left until it is sent.
                await PersonalData.DeleteAsync(connection, transaction, write.ChatId).ConfigureAwait(false);
            }
        }
        else if (write.UpdateId is { } updateId)
        {
            if (await ProcessedUpdateRepository.ExistsAsync(connection, transaction, updateId).ConfigureAwait(false))
            {
                return WriteReport.AlreadyApplied;
            }

            await ProcessedUpdateRepository.InsertAsync(connection, transaction, updateId, now).ConfigureAwait(false);
        }

        if (write.Claim is { } key)
        {
            await ClaimRepository.InsertAsync(connection, transaction, key, now).ConfigureAwait(false);
        }

        var queued = await OutboxRepository.InsertAsync(connection, transaction, write.Outbox, now).ConfigureAwait(false);
        return new WriteReport(TurnWriteResult.Committed, queued);
    }

    private delegate Task<WriteReport> WriteOperation(DbConnection connection, DbTransaction transaction, long now);

    /// <summary>A write to run, or (with no <see cref="Write"/>) a sent outbox row to delete.</summary>
    private sealed record PendingWrite(WriteOperation? Write, long? SentId, TaskCompletionSource<WriteReport> Done);
}
