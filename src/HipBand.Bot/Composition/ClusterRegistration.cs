using HipBand.Bot.Cluster;
using HipBand.Coaching.Storage;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace HipBand.Bot.Composition;

/// <summary>
/// Processes sharing one PostgreSQL database: chats, the outbox sender and rest timers are leased in it, so that any
/// number of instances may run. With SQLite (one process) nothing of this is registered, and nothing is leased.
/// </summary>
public static class ClusterRegistration
{
    /// <summary>Whether the configured state database may be shared by several processes (PostgreSQL).</summary>
    internal static bool IsShared(IConfiguration configuration) =>
        (configuration.GetSection(StorageOptions.Section).Get<StorageOptions>() ?? new StorageOptions()).Provider == StorageProvider.Postgres;

    /// <summary>The settings, this process's identity and the lease store; safe to call more than once.</summary>
    internal static IHostApplicationBuilder AddSharedDatabase(this IHostApplicationBuilder builder)
    {
        if (builder.Services.Any(d => d.ServiceType == typeof(Instance)))
        {
            return builder;
        }

        builder.Services.AddOptions<ClusterOptions>()
            .Bind(builder.Configuration.GetSection(ClusterOptions.Section))
            .Validate(o => o.IsValid, "Cluster:PollInterval must be positive and Cluster:LeaseDuration at least three times as long.")
            .ValidateOnStart();
        builder.Services.AddSingleton<Instance>();
        builder.Services.TryAddSingleton<LeaseStore>();
        return builder;
    }

    /// <summary>
    /// The signals between the processes, the shared inbox and the sender's lease. Registered before the sender and the receivers, so that at shutdown
    /// (hosted services stop in reverse) the sender has stopped before its lease is given up.
    /// </summary>
    internal static IHostApplicationBuilder AddSharedTransport(this IHostApplicationBuilder builder)
    {
        builder.AddSharedDatabase();
        builder.Services.AddSingleton<ClusterSignals>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<ClusterSignals>());
        builder.Services.AddSingleton<SenderLease>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<SenderLease>());
        builder.Services.AddSingleton<SharedInbox>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<SharedInbox>());
        return builder;
    }
}
