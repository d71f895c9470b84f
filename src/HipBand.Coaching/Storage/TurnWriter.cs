using System.Data.Common;
using System.Threading.Channels;

namespace HipBand.Coaching.Storage;

/// <summary>
/// Group commit: writes from many chats queue up and are committed together, one transaction per batch
/// and a savepoint per write, so that one write's conflict or failure never undoes another's.
/// </summary>
/// <remarks>
/// SQLite has one writer at a time; many small transactions from concurrent chats would queue on its
/// lock anyway. Committing them together keeps every write durable before it is acknowledged and costs
/// one commit per batch instead of one per message.
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

    /// <summary>Deletes a sent outbox row, committed with the next batch.</summary>
    public Task MarkSentAsync(long outboxId, CancellationToken cancellationToken) =>
        EnqueueAsync(async (connection, transaction, _) =>
        {
            await OutboxRepository.DeleteAsync(connection, transaction, outboxId).ConfigureAwait(false);
            return WriteReport.Done;
        }, cancellationToken);

    /// <summary>Stores a named value of the bot, committed with the next batch.</summary>
    public Task WriteValueAsync(string key, string value, CancellationToken cancellationToken) =>
        EnqueueAsync(async (connection, transaction, _) =>
        {
            await BotStateRepository.WriteAsync(connection, transaction, key, value).ConfigureAwait(false);
            return WriteReport.Done;
        }, cancellationToken);

    private Task<WriteReport> EnqueueAsync(WriteOperation write, CancellationToken cancellationToken)
    {
        var pending = new PendingWrite(write, new TaskCompletionSource<WriteReport>(TaskCreationOptions.RunContinuationsAsynchronously));
        ObjectDisposedException.ThrowIf(!queue.Writer.TryWrite(pending), this);

        // The write goes ahead even if the caller stops waiting: it is all or nothing either way.
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
                catch (Exception error)
                {
                    foreach (var pending in batch)
                    {
                        pending.Done.TrySetException(error);
                    }

                    if (connection is not null)
                    {
                        await connection.DisposeAsync().ConfigureAwait(false);
                        connection = null;
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

    private async Task CommitAsync(DbConnection connection, List<PendingWrite> batch)
    {
        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        var results = new (WriteReport? Report, Exception? Error)[batch.Count];
        await using (var transaction = await connection.BeginTransactionAsync().ConfigureAwait(false))
        {
            for (var i = 0; i < batch.Count; i++)
            {
                var savepoint = $"w{i}";
                await transaction.SaveAsync(savepoint).ConfigureAwait(false);
                try
                {
                    results[i] = (await batch[i].Write(connection, transaction, now).ConfigureAwait(false), null);
                }
                catch (Exception error)
                {
                    results[i] = (default, error);
                }

                if (results[i] is ({ Result: TurnWriteResult.Committed }, null))
                {
                    await transaction.ReleaseAsync(savepoint).ConfigureAwait(false);
                }
                else
                {
                    await transaction.RollbackAsync(savepoint).ConfigureAwait(false);
                }
            }

            await transaction.CommitAsync().ConfigureAwait(false);
        }

        for (var i = 0; i < batch.Count; i++)
        {
            if (results[i].Error is { } error)
            {
                batch[i].Done.TrySetException(error);
            }
            else
            {
                batch[i].Done.TrySetResult(results[i].Report!);
            }
        }
    }

    private static async Task<WriteReport> WriteOneAsync(DbConnection connection, DbTransaction transaction, TurnWrite write, long now)
    {
        if (write.UpdateId is { } updateId && await ProcessedUpdateRepository.ExistsAsync(connection, transaction, updateId).ConfigureAwait(false))
        {
            return WriteReport.AlreadyApplied;
        }

        if (write.Loaded is { } loaded && write.State is { } state)
        {
            if (!await ChatRepository.TrySaveAsync(connection, transaction, loaded, state, now).ConfigureAwait(false))
            {
                return WriteReport.Conflict;
            }

            await SessionLogRepository.ApplyAsync(connection, transaction, write.ChatId, write.Effects).ConfigureAwait(false);
        }

        var queued = await OutboxRepository.InsertAsync(connection, transaction, write.Outbox, now).ConfigureAwait(false);
        if (write.UpdateId is { } id)
        {
            await ProcessedUpdateRepository.InsertAsync(connection, transaction, id, now).ConfigureAwait(false);
        }

        return new WriteReport(TurnWriteResult.Committed, queued);
    }

    private delegate Task<WriteReport> WriteOperation(DbConnection connection, DbTransaction transaction, long now);

    private sealed record PendingWrite(WriteOperation Write, TaskCompletionSource<WriteReport> Done);
}
