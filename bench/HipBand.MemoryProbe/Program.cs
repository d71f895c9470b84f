using System.Globalization;
using System.Text.Json;
using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Quartz;
using Telegram.Bot;
using Telegram.Bot.Requests;
using Telegram.Bot.Types;

// dotnet run -c Release --project bench/HipBand.MemoryProbe -- host quartz-sqlite telegram-json sqlite http
// Loads what the bot loads at start, in the order given, and prints the resident memory after each step (after a full
// collection, so what remains is code, types and mapped images, not garbage). Run each step alone beside the start
// figure to see what it costs alone; together, to see what they share.
var steps = args.Length > 0 ? args : ["host", "quartz-sqlite", "telegram-json", "sqlite", "http"];
var folder = Directory.CreateTempSubdirectory("hipband-memory-probe").FullName;
IHost? host = null;
Mark("runtime, nothing loaded");
try
{
    foreach (var step in steps)
    {
        switch (step)
        {
            case "host":
            case "quartz-ram":
            case "quartz-sqlite":
                var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [], ContentRootPath = folder });
                builder.Logging.ClearProviders();
                if (step != "host")
                {
                    builder.Services.AddQuartz(quartz =>
                    {
                        if (step == "quartz-sqlite")
                        {
                            quartz.UsePersistentStore(store =>
                            {
                                store.UseSqlite($"Data Source={Path.Combine(folder, "quartz.db")}");
                                store.ProvisionSchema();
                            });
                        }
                    });
                    builder.Services.AddQuartzHostedService();
                }

                host = builder.Build();
                await host.StartAsync();
                await Task.Delay(TimeSpan.FromSeconds(2)); // Quartz's scheduler thread starts its first round after the host
                Mark(step == "host" ? "a generic host (DI, configuration, logging) started" : $"a host with Quartz ({step}) started");
                break;
            case "telegram-json":
                // What the bot's start does with Telegram.Bot's JSON: getMe's answer read, getUpdates and setMyCommands written.
                var me = JsonSerializer.Deserialize<User>("""{"id":1,"is_bot":true,"first_name":"Bot","username":"bot"}""", JsonBotAPI.Options);
                var poll = JsonSerializer.Serialize(new GetUpdatesRequest { Offset = 1, Limit = 100, Timeout = 50 }, JsonBotAPI.Options);
                var menu = JsonSerializer.Serialize(new SetMyCommandsRequest { Commands = [new BotCommand { Command = "start", Description = "Start" }] }, JsonBotAPI.Options);
                Mark($"Telegram.Bot JSON at start (@{me!.Username}, {poll.Length + menu.Length} bytes written)");
                var updates = JsonSerializer.Deserialize<Update[]>("""[{"update_id":1,"message":{"message_id":1,"date":1,"chat":{"id":1,"type":"private"},"text":"15"}}]""", JsonBotAPI.Options);
                Mark($"Telegram.Bot JSON: the first Update read ({updates![0].Message!.Text})");
                break;
            case "sqlite":
                using (var connection = new SqliteConnection($"Data Source={Path.Combine(folder, "state.db")}"))
                {
                    connection.Open();
                    connection.Execute("CREATE TABLE IF NOT EXISTS t (a INTEGER, b TEXT)");
                    var rows = connection.Query<(long A, string B)>("SELECT a AS A, b AS B FROM t").AsList();
                    Mark($"SQLite and Dapper ({rows.Count} rows read)");
                }

                break;
            case "http":
                using (var http = new HttpClient())
                {
                    try
                    {
                        await http.GetStringAsync(new Uri("http://127.0.0.1:9/"));
                    }
                    catch (HttpRequestException)
                    {
                        // Nothing listens there; the point is the client's code and the socket's.
                    }
                }

                Mark("HttpClient, one request");
                break;
            default:
                Console.Error.WriteLine($"Unknown step {step}; the steps are host, quartz-ram, quartz-sqlite, telegram-json, sqlite, http.");
                return 2;
        }
    }
}
finally
{
    if (host is not null)
    {
        await host.StopAsync();
        host.Dispose();
    }

    Directory.Delete(folder, recursive: true);
}

return 0;

static void Mark(string what)
{
    GC.Collect();
    GC.WaitForPendingFinalizers();
    GC.Collect();
    var rss = File.ReadLines("/proc/self/status").First(line => line.StartsWith("VmRSS:", StringComparison.Ordinal));
    var megabytes = long.Parse(rss.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024.0;
    Console.WriteLine($"{megabytes,6:F1} MB resident, {GC.GetTotalMemory(false) / 1048576.0,4:F1} MB live heap: {what}");
}
