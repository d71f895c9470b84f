using HipBand.Bot.Storage;
using HipBand.Coaching.Storage;
using HipBand.Coaching.Text;
using HipBand.Coaching.Text.English;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace HipBand.Bot.Composition;

/// <summary>Registers the coaching domain: storage, migrations at start-up, and the turn handler.</summary>
public static class CoachingRegistration
{
    public static IHostApplicationBuilder AddCoaching(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<StorageOptions>()
            .Bind(builder.Configuration.GetSection(StorageOptions.Section))
            .Validate(o => o.IsComplete, "Storage needs Storage:SqlitePath (Provider Sqlite) or Storage:ConnectionString (Provider Postgres).")
            .ValidateOnStart();

        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.TryAddSingleton<ITexts>(EnglishTexts.Instance);
        builder.Services.TryAddSingleton<IChartTexts>(EnglishChartTexts.Instance);
        builder.Services.AddSingleton(sp =>
        {
            var storage = sp.GetRequiredService<IOptions<StorageOptions>>().Value;
            return new Database(storage.CreateDialect());
        });
        builder.Services.AddSingleton<ChatStore>();
        builder.Services.AddSingleton<OutboxStore>();
        builder.Services.AddSingleton<TransportStore>();
        builder.Services.AddSingleton<OperationsStore>();

        // Registered first so that migrations finish before any other hosted service starts.
        builder.Services.Insert(0, ServiceDescriptor.Singleton<IHostedService, DatabaseMigrator>());
        return builder;
    }
}
