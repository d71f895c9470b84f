using HipBand.Bot.Composition;
using HipBand.Bot.Storage;

if (CopyToPostgresCommand.Requested(args))
{
    Environment.ExitCode = await CopyToPostgresCommand.RunAsync(args);
    return;
}

var builder = BotHost.CreateBuilder(args);
await builder.Build().RunAsync();
