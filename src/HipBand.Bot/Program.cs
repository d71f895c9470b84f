using HipBand.Bot.Composition;

var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
{
    Args = args,
    ContentRootPath = AppContext.BaseDirectory,
});

builder.AddCoaching();
builder.AddTransport(args);

await builder.Build().RunAsync();
