using System.Diagnostics;
using System.Text;

namespace HipBand.Bot.Tests.Support;

/// <summary>The bot as a separate process (the built program), so that a test can kill it like a crash would.</summary>
public sealed class BotProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly StringBuilder output = new();

    private BotProcess(Process process)
    {
        this.process = process;
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    /// <summary>The process id (which a lease names its owner by).</summary>
    public int Id => process.Id;

    public string Output
    {
        get
        {
            lock (output)
            {
                return output.ToString();
            }
        }
    }

    public static BotProcess Start(IReadOnlyDictionary<string, string> environment, params string[] args) =>
        Run(new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "HipBand.Bot.dll"), .. args]), environment);

    /// <summary>A published build's own executable (the native build), rather than the test's build under dotnet.</summary>
    public static BotProcess StartExecutable(string executable, IReadOnlyDictionary<string, string> environment) =>
        Run(new ProcessStartInfo(executable), environment);

    private static BotProcess Run(ProcessStartInfo start, IReadOnlyDictionary<string, string> environment)
    {
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.RedirectStandardInput = true;
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        return new BotProcess(Process.Start(start)!);
    }

    /// <summary>Ends the process at once, as a crash or kill -9 would: nothing is flushed, nothing is finished.</summary>
    public void Kill() => process.Kill(entireProcessTree: true);

    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        await process.WaitForExitAsync().WaitAsync(timeout);
        return process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }
}
