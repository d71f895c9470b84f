using System.Diagnostics;
using System.Globalization;
using HipBand.Testing;

namespace HipBand.LoadTest;

/// <summary>
/// The built bot as its own process, configured for the fake server and the run's database, with the sending limits
/// lifted or kept, polling or (given a port) in webhook mode.
/// </summary>
internal sealed class BotUnderLoad(Process process) : IDisposable
{
    /// <summary>The https URL the bots give setWebhook; the fake forwards its posts to the bots' own addresses.</summary>
    public const string PublicWebhookUrl = "https://hipband.example/telegram/updates";

    private const string WebhookSecret = "load_test-secret";

    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(5) };

    public int ProcessId => process.Id;

    /// <summary>
    /// Starts one bot on <paramref name="database"/>; with a <paramref name="webhookPort"/>, in webhook mode listening there.
    /// <paramref name="bot"/> is a published build's <c>HipBand.Bot.dll</c> or native executable (default: the build beside the harness).
    /// </summary>
    public static BotUnderLoad Start(FakeBotApi telegram, LoadDatabase database, bool limits, int? webhookPort, string? bot = null)
    {
        bot ??= Path.Combine(AppContext.BaseDirectory, "HipBand.Bot.dll");
        var start = bot.EndsWith(".dll", StringComparison.Ordinal) ? new ProcessStartInfo("dotnet", [bot]) : new ProcessStartInfo(bot);
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.Environment["Telegram__BotToken"] = telegram.Token;
        start.Environment["Telegram__ApiBaseUrl"] = telegram.BaseUrl;
        foreach (var (key, value) in database.Environment)
        {
            start.Environment[key] = value;
        }

        if (webhookPort is { } port)
        {
            start.Environment["Telegram__Webhook__Url"] = PublicWebhookUrl;
            start.Environment["Telegram__Webhook__SecretToken"] = WebhookSecret;
            start.Environment["Http__Listen"] = string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}");
        }

        start.Environment["Delivery__RateLimits"] = limits ? "true" : "false";

        // A simulated user answers as fast as the bot replies, far beyond what a person types: the flood backstop
        // (20 messages in 10 s) is lifted like Telegram's limits, unless the run keeps the limits.
        if (!limits)
        {
            start.Environment["Delivery__InboundLimit"] = "1000000";
        }
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, e) => Forward(e.Data);
        process.ErrorDataReceived += (_, e) => Forward(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new BotUnderLoad(process);
    }

    /// <summary>Where a bot in webhook mode listens.</summary>
    public static Uri Address(int port) => new($"http://127.0.0.1:{port}");

    /// <summary>Every bot's /health/ready answers 200 (webhook mode), and then a first message is answered.</summary>
    public static async Task WaitUntilReadyAsync(FakeBotApi telegram, IEnumerable<int> webhookPorts)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(1);
        foreach (var port in webhookPorts)
        {
            while (!await IsReadyAsync(port))
            {
                if (DateTime.UtcNow > deadline)
                {
                    throw new TimeoutException($"The bot on port {port} was not ready within a minute.");
                }

                await Task.Delay(100);
            }
        }

        var answered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void OnSent(long chat, string _)
        {
            if (chat == 1)
            {
                answered.TrySetResult();
            }
        }

        telegram.MessageSent += OnSent;
        telegram.UserSends(1, "/start");
        await answered.Task.WaitAsync(TimeSpan.FromMinutes(1));
        telegram.MessageSent -= OnSent;
    }

    private static async Task<bool> IsReadyAsync(int port)
    {
        try
        {
            using var response = await Http.GetAsync(new Uri(Address(port), "/health/ready"));
            return response.IsSuccessStatusCode;
        }
        catch (HttpRequestException)
        {
            return false;
        }
        catch (TaskCanceledException)
        {
            return false;
        }
    }

    /// <summary>CPU time the bot has used so far, user and system, from /proc (utime + stime, in clock ticks of 10 ms).</summary>
    public TimeSpan CpuTime()
    {
        var stat = File.ReadAllText($"/proc/{process.Id}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        return TimeSpan.FromMilliseconds(ticks * 10);
    }

    /// <summary>The bot's peak resident memory, from /proc (VmHWM).</summary>
    public long PeakMemoryBytes()
    {
        var line = File.ReadLines($"/proc/{process.Id}/status").First(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
    }

    public void Dispose()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }

        process.Dispose();
    }

    private static void Forward(string? line)
    {
        if (!string.IsNullOrEmpty(line))
        {
            Console.Error.WriteLine("[bot] " + line);
        }
    }
}
