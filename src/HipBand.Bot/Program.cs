using HipBand.Bot.Composition;

var builder = BotHost.CreateBuilder(args);
await builder.Build().RunAsync();
