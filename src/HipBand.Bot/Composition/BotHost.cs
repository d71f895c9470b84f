namespace HipBand.Bot.Composition;

/// <summary>The bot's composition, shared by Program and the end-to-end tests.</summary>
public static class BotHost
{
    /// <param name="args">The command line.</param>
    /// <param name="settings">Configuration laid over appsettings.json and the environment (tests use it).</param>
    public static HostApplicationBuilder CreateBuilder(string[] args, IReadOnlyDictionary<string, string?>? settings = null)
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

        builder.AddCoaching();
        builder.AddTransport(args);
        return builder;
    }
}
