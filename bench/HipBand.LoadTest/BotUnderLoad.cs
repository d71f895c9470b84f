using System.Diagnostics;
using System.Globalization;
using HipBand.Testing;

namespace HipBand.LoadTest;

/// <summary>The built bot as its own process, configured for the fake server, with the sending limits lifted or kept.</summary>
internal sealed class BotUnderLoad(Process process) : IDisposable
{
    public int ProcessId => process.Id;

    public static BotUnderLoad Start(FakeBotApi telegram, string databasePath, bool limits)
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "HipBand.Bot.dll")])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["Telegram__BotToken"] = telegram.Token;
        start.Environment["Telegram__ApiBaseUrl"] = telegram.BaseUrl;
        start.Environment["Storage__SqlitePath"] = databasePath;
        start.Environment["Reminders__SqlitePath"] = Path.ChangeExtension(databasePath, ".quartz.db");
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

    /// <summary>Ready once it answers a first message.</summary>
    public async Task WaitUntilReadyAsync(FakeBotApi telegram)
    {
        var ready = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void OnSent(long chat, string _)
        {
            if (chat == 1)
            {
                ready.TrySetResult();
            }
        }

        telegram.MessageSent += OnSent;
        telegram.UserSends(1, "/start");
        await ready.Task.WaitAsync(TimeSpan.FromMinutes(1));
        telegram.MessageSent -= OnSent;
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
