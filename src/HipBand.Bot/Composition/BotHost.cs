namespace HipBand.Bot.Composition;

/// <summary>The bot's composition, shared by Program and the end-to-end tests.</summary>
public static class BotHost
{
    /// <param name="args">The command line.</param>
    /// <param name="settings">Configuration laid over appsettings.json and the environment (tests use it).</param>
    /// <param name="clock">The clock everything runs on; the system's unless a test brings its own.</param>
    public static HostApplicationBuilder CreateBuilder(string[] args, IReadOnlyDictionary<string, string?>? settings = null, TimeProvider? clock = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = args,
            ContentRootPath = AppContext.BaseDirectory,
        });
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }

        if (clock is not null)
        {
            builder.Services.AddSingleton(clock);
        }

        builder.AddCoaching();
        builder.AddTransport(args);
        return builder;
    }
}
