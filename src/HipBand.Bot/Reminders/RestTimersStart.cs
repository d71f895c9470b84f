using HipBand.Coaching.Storage;

namespace HipBand.Bot.Reminders;

/// <summary>Starts the rest timers with the deadlines stored in the state table, nudging through <see cref="ClockInputs"/>; stops them first at shutdown.</summary>
internal sealed class RestTimersStart(RestTimers timers, ChatStore store, ClockInputs inputs) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => timers.StartAsync(store, inputs.RestOverAsync, cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => timers.StopAsync(cancellationToken);
}
