using System.Diagnostics;
using System.Globalization;
using HipBand.LoadTest;
using HipBand.Testing;

// Closed-loop load on the real bot: N simulated users against a fake Bot API on 127.0.0.1, each sending
// its next message only after the bot's reply (or keeping K in flight). The bot runs as its own process
// on SQLite, with Telegram's sending limits lifted (they are Telegram's, not ours); with --limits it keeps
// them, and the fake server enforces them, answering 429 to anything beyond.
//
//   dotnet run -c Release --project bench/HipBand.LoadTest -- --users 1000 --seconds 20 [--in-flight 3] [--limits]

var settings = LoadSettings.Parse(args);
await using var telegram = await FakeBotApi.StartAsync(keepHistory: false, floodControl: settings.Limits);
var folder = Directory.CreateTempSubdirectory("hipband-load-");
var users = Enumerable.Range(1, settings.Users).Select(i => new SimulatedUser(10_000 + i, telegram, settings.InFlight)).ToDictionary(u => u.ChatId);
telegram.MessageSent += (chat, text) =>
{
    if (users.TryGetValue(chat, out var user))
    {
        user.OnReply(text);
    }
};

using var bot = BotUnderLoad.Start(telegram, Path.Combine(folder.FullName, "load.db"), settings.Limits);
await bot.WaitUntilReadyAsync(telegram);
Console.WriteLine($"bot pid {bot.ProcessId}; {settings.Users} users, {settings.InFlight} in flight each, {settings.Duration.TotalSeconds} s measured after {settings.Warmup.TotalSeconds} s warm-up, Telegram's limits {(settings.Limits ? "kept and enforced" : "lifted")}");

foreach (var user in users.Values)
{
    user.Start();
}

await Task.Delay(settings.Warmup);
foreach (var user in users.Values)
{
    user.ResetCounters();
}

var clock = Stopwatch.StartNew();
await Task.Delay(settings.Duration);
var elapsed = clock.Elapsed;
foreach (var user in users.Values)
{
    user.Stop();
}

var replies = users.Values.Sum(u => u.Handled);
var latencies = users.Values.SelectMany(u => u.Latencies).Order().ToArray();
var violations = users.Values.Sum(u => u.OrderViolations);
var peak = bot.PeakMemoryBytes();
string Ms(double p) => latencies.Length == 0 ? "n/a" : (latencies[(int)Math.Min(latencies.Length - 1, p * latencies.Length)] * 1000).ToString("0.0", CultureInfo.InvariantCulture) + " ms";

Console.WriteLine($"handled updates/s     {replies / elapsed.TotalSeconds:0}");
Console.WriteLine($"reply latency p50     {Ms(0.50)}");
Console.WriteLine($"reply latency p99     {Ms(0.99)}");
Console.WriteLine($"bot peak memory       {peak / 1024.0 / 1024.0:0.0} MB (VmHWM)");
Console.WriteLine($"ordering violations   {violations}");
Console.WriteLine($"429 answers           {telegram.TooManyRequests}");
Console.WriteLine($"400 answers           {telegram.Refusals.Count}");


Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
folder.Delete(recursive: true);
