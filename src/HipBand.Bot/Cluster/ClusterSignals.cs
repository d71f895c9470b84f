using Dapper;
using HipBand.Coaching.Storage;
using Microsoft.Extensions.Options;
using Npgsql;

namespace HipBand.Bot.Cluster;

/// <summary>
/// Wakes the sender at once when another process sharing the database wrote outbox rows, rather than at its next scan
/// (a chat's turn is applied wherever its lease is, and half the replies of two instances are written by the one not
/// sending). PostgreSQL's LISTEN and NOTIFY on one channel. A lost connection is opened again within a second and
/// followed by one scan, for what was signalled to nobody meanwhile; a signal lost otherwise (a process starting)
/// costs one scan's wait, no more, since the scans still find everything. Chats need no signal: a process gives a chat
/// up as soon as its queue runs dry and takes the updates that came meanwhile in the same poll.
/// </summary>
internal sealed partial class ClusterSignals(Database database, Instance instance, IOptions<ClusterOptions> options, ILogger<ClusterSignals> logger)
    : BackgroundService
{
    public const string Channel = "hipband";

    private const string Outbox = "outbox";

    private static readonly TimeSpan KeepAlive = TimeSpan.FromSeconds(30);

    /// <summary>How soon to listen again after the connection was lost (a database restart, a failover): soon, since replies wait meanwhile.</summary>
    private TimeSpan RetryDelay => options.Value.PollInterval < TimeSpan.FromSeconds(1) ? options.Value.PollInterval : TimeSpan.FromSeconds(1);

    /// <summary>Another process wrote outbox rows.</summary>
    public event Action? OutboxWritten;

    /// <summary>Tells the sender that rows wait in the outbox.</summary>
    public Task AnnounceOutboxAsync(CancellationToken cancellationToken) => NotifyAsync($"{Outbox} {instance.Id}", cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = (NpgsqlConnection)await database.OpenAsync(stoppingToken).ConfigureAwait(false);
                connection.Notification += (_, signal) => Received(signal.Payload);
                await connection.ExecuteAsync($"LISTEN {Channel}").ConfigureAwait(false);

                // Listening again after a lost connection: rows written meanwhile were signalled to nobody.
                OutboxWritten?.Invoke();
                while (!stoppingToken.IsCancellationRequested)
                {
                    // A quiet half-minute is checked with a query, so that a connection lost without a word (a
                    // partition, a failover without a reset) is found and opened again rather than waited on for ever.
                    if (!await connection.WaitAsync(KeepAlive, stoppingToken).ConfigureAwait(false))
                    {
                        await connection.ExecuteAsync("SELECT 1").ConfigureAwait(false);
                    }
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception error)
            {
                // Until listening again, the polls alone find the others' work.
                LogListenFailed(logger, error);
                try
                {
                    await Task.Delay(RetryDelay, stoppingToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    break;
                }
            }
        }
    }

    private async Task NotifyAsync(string payload, CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
            await connection.ExecuteAsync("SELECT pg_notify(@Channel, @payload)", new { Channel, payload }).ConfigureAwait(false);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            // The work is stored; the others find it at their next poll.
            LogNotifyFailed(logger, error);
        }
    }

    private void Received(string payload)
    {
        // "outbox <the process that wrote>": the sender's own rows are handed to it directly.
        if (payload.StartsWith(Outbox + " ", StringComparison.Ordinal) && payload[(Outbox.Length + 1)..] != instance.Id)
        {
            OutboxWritten?.Invoke();
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Listening for the other processes' signals failed; their work is found by polling until it works again")]
    private static partial void LogListenFailed(ILogger logger, Exception error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Signalling the other processes failed; they find the work at their next poll")]
    private static partial void LogNotifyFailed(ILogger logger, Exception error);
}
