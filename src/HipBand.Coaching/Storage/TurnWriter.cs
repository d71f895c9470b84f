using System.Data.Common;
using System.Threading.Channels;

namespace HipBand.Coaching.Storage;

/// <summary>
/// Group commit: writes from many chats queue up and are committed together, one transaction per batch,
/// so that every write is durable before it is acknowledged at the cost of one commit per batch. Every store
/// writes through the one writer of its database.
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
        RunAsync((connection, transaction, now) => WriteOneAsync(connection, transaction, write, now), cancellationToken);

    /// <summary>Runs one write in the next batch's transaction; it must check before it changes anything, and throw to fail alone.</summary>
    public Task<T> RunAsync<T>(Func<DbConnection, DbTransaction, long, Task<T>> write, CancellationToken cancellationToken)
    {
        var pending = new PendingWrite<T>(write);
        ObjectDisposedException.ThrowIf(!queue.Writer.TryWrite(pending), this);

        // The write goes ahead even if the caller stops waiting: it is all or nothing either way.
        return pending.Done.Task.WaitAsync(cancellationToken);
    }

    /// <summary>Deletes a sent outbox row, committed with the next batch (one statement for all the batch's sent rows).</summary>
    public Task MarkSentAsync(long outboxId, CancellationToken cancellationToken)
    {
        var pending = new SentRow(outboxId);
        ObjectDisposedException.ThrowIf(!queue.Writer.TryWrite(pending), this);
        return pending.Done.Task.WaitAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        queue.Writer.TryComplete();
        await loop.ConfigureAwait(false);
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
                            pending.Fail(error);
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
        var sent = new List<long>();
        await using (var transaction = await connection.BeginTransactionAsync().ConfigureAwait(false))
        {
            foreach (var pending in batch)
            {
                if (pending is SentRow row)
                {
                    sent.Add(row.OutboxId);
                }
                else
                {
                    await pending.RunAsync(connection, transaction, now).ConfigureAwait(false);
                }
            }

            await OutboxRepository.DeleteAsync(connection, transaction, database.Dialect, sent).ConfigureAwait(false);
            await transaction.CommitAsync().ConfigureAwait(false);
        }

        foreach (var pending in batch)
        {
            pending.Complete();
        }
    }

    private static async Task<WriteReport> WriteOneAsync(DbConnection connection, DbTransaction transaction, TurnWrite write, long now)
    {
        if (write.Claim is { } claim && await ClaimRepository.ExistsAsync(connection, transaction, claim).ConfigureAwait(false))
        {
            return WriteReport.AlreadyApplied;
        }

        if (write.UpdateId is { } applied && await AppliedUpdateRepository.ExistsAsync(connection, transaction, applied).ConfigureAwait(false))
        {
            return WriteReport.AlreadyApplied;
        }

        if (write.Loaded is { } loaded && write.State is { } state)
        {
            // The row version proves nobody saved the chat since it was loaded; a conflict has written nothing.
            if (!await ChatRepository.TrySaveAsync(connection, transaction, loaded, state, now, RestChange.Of(write.Effects)).ConfigureAwait(false))
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

        if (write.UpdateId is { } updateId)
        {
            await AppliedUpdateRepository.InsertAsync(connection, transaction, updateId, now).ConfigureAwait(false);
            await InboxRepository.TakeAsync(connection, transaction, updateId, write.ChatId).ConfigureAwait(false);
        }

        if (write.Claim is { } key)
        {
            await ClaimRepository.InsertAsync(connection, transaction, key, now).ConfigureAwait(false);
        }

        var admitted = await ChatFloodRepository.AdmitAsync(connection, transaction, write, now).ConfigureAwait(false);
        var queued = await OutboxRepository.InsertAsync(connection, transaction, admitted.Rows, now).ConfigureAwait(false);
        return new WriteReport(TurnWriteResult.Committed, queued) { Withdrawn = admitted.Withdrawn, CapReached = admitted.CapReached };
    }

    /// <summary>A write waiting for the next batch, and how to tell its caller how it ended.</summary>
    private abstract class PendingWrite
    {
        public abstract Task RunAsync(DbConnection connection, DbTransaction transaction, long now);

        public abstract void Complete();

        public abstract void Fail(Exception error);
    }

    private sealed class PendingWrite<T>(Func<DbConnection, DbTransaction, long, Task<T>> write) : PendingWrite
    {
        private T? result;

        public TaskCompletionSource<T> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public override async Task RunAsync(DbConnection connection, DbTransaction transaction, long now) =>
            result = await write(connection, transaction, now).ConfigureAwait(false);

        public override void Complete() => Done.TrySetResult(result!);

        public override void Fail(Exception error) => Done.TrySetException(error);
    }

    /// <summary>A sent outbox row to delete; the batch deletes all of its sent rows in one statement.</summary>
    private sealed class SentRow(long outboxId) : PendingWrite
    {
        public long OutboxId { get; } = outboxId;

        public TaskCompletionSource Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public override Task RunAsync(DbConnection connection, DbTransaction transaction, long now) => Task.CompletedTask;

        public override void Complete() => Done.TrySetResult();

        public override void Fail(Exception error) => Done.TrySetException(error);
    }
}
