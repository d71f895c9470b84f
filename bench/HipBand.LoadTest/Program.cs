using System.Diagnostics;
using System.Globalization;
using HipBand.LoadTest;
using HipBand.Testing;

// Closed-loop load on the real bot: N simulated users against a fake Bot API on 127.0.0.1, each sending
// its next message only after the bot's reply (or keeping K in flight). The bot runs as its own process
// on SQLite, with Telegram's sending limits lifted (they are Telegram's, not ours); with --limits it keeps
// them, and the fake server enforces them, answering 429 to anything beyond. With --postgres the state is
// in a database of the run's own on that server; --instances 2 runs two bots on it in webhook mode, the
// fake posting to them in turn as a load balancer would. --bot runs a published build instead of the one beside the
// harness: its HipBand.Bot.dll, or its native executable.
//
//   dotnet run -c Release --project bench/HipBand.LoadTest -- --users 1000 --seconds 20 [--in-flight 3] [--limits]
//       [--postgres "<connection string>" [--instances 2] [--webhook]] [--bot <published HipBand.Bot.dll or HipBand.Bot>]

var settings = LoadSettings.Parse(args);
await using var telegram = await FakeBotApi.StartAsync(keepHistory: false, floodControl: settings.Limits);
var folder = Directory.CreateTempSubdirectory("hipband-load-");
var database = await LoadDatabase.CreateAsync(folder.FullName, settings.Postgres);
var users = Enumerable.Range(1, settings.Users).Select(i => new SimulatedUser(10_000 + i, telegram, settings.InFlight)).ToDictionary(u => u.ChatId);
telegram.MessageSent += (chat, text) =>
{
    if (users.TryGetValue(chat, out var user))
    {
        user.OnReply(text);
    }
};

var bots = new List<BotUnderLoad>();
try
{
    int[] ports = settings.Webhook ? [.. Enumerable.Range(0, settings.Instances).Select(_ => FreePort())] : [];
    if (settings.Webhook)
    {
        telegram.ForwardWebhookTo([.. ports.Select(BotUnderLoad.Address)]);
    }

    bots.AddRange(settings.Webhook
        ? ports.Select(port => BotUnderLoad.Start(telegram, database, settings.Limits, port, settings.Bot))
        : [BotUnderLoad.Start(telegram, database, settings.Limits, webhookPort: null, settings.Bot)]);
    await BotUnderLoad.WaitUntilReadyAsync(telegram, ports);
    Console.WriteLine($"bot pid {string.Join(", ", bots.Select(b => b.ProcessId))}; {settings.Describe()}");

    foreach (var user in users.Values)
    {
        user.Start();
    }

    await Task.Delay(settings.Warmup);
    foreach (var user in users.Values)
    {
        user.ResetCounters();
    }

    var cpuBefore = bots.Sum(b => b.CpuTime().TotalMilliseconds);
    var clock = Stopwatch.StartNew();
    await Task.Delay(settings.Duration);
    var elapsed = clock.Elapsed;
    var cpu = bots.Sum(b => b.CpuTime().TotalMilliseconds) - cpuBefore;
    foreach (var user in users.Values)
    {
        user.Stop();
    }

    var replies = users.Values.Sum(u => u.Handled);
    var latencies = users.Values.SelectMany(u => u.Latencies).Order().ToArray();
    var violations = users.Values.Sum(u => u.OrderViolations);
    var peaks = bots.Select(b => b.PeakMemoryBytes() / 1024.0 / 1024.0).ToArray();
    string Ms(double p) => latencies.Length == 0 ? "n/a" : (latencies[(int)Math.Min(latencies.Length - 1, p * latencies.Length)] * 1000).ToString("0.0", CultureInfo.InvariantCulture) + " ms";

    Console.WriteLine($"handled updates/s     {replies / elapsed.TotalSeconds:0}");
    Console.WriteLine($"bot CPU per update    {(replies == 0 ? 0 : cpu * 1000 / replies):0} µs ({cpu / elapsed.TotalMilliseconds * 100:0} % of one core)");
    Console.WriteLine($"reply latency p50     {Ms(0.50)}");
    Console.WriteLine($"reply latency p99     {Ms(0.99)}");
    Console.WriteLine($"bot peak memory       {string.Join(" + ", peaks.Select(p => p.ToString("0.0", CultureInfo.InvariantCulture)))} MB (VmHWM{(peaks.Length > 1 ? " per instance" : "")})");
    Console.WriteLine($"ordering violations   {violations}");
    Console.WriteLine($"429 answers           {telegram.TooManyRequests}");
    Console.WriteLine($"400 answers           {telegram.Refusals.Count}");
}
finally
{
    foreach (var bot in bots)
    {
        bot.Dispose();
    }

    Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    await database.DisposeAsync();
    folder.Delete(recursive: true);
}

static int FreePort()
{
    using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
    listener.Start();
    return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
}
