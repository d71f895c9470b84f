using System.Diagnostics;
using HipBand.Testing.Engines;

namespace HipBand.Bot.Tests.Support;

/// <summary>
/// The bot's native build, as an operator publishes it (<c>dotnet publish src/HipBand.Bot -c Release -r linux-x64</c>):
/// the executable named by <see cref="NativeToolchain.Variable"/> (CI publishes it before the tests, so the compiler does
/// not share the cores with them), or else published here once per test run, which takes minutes.
/// </summary>
public static class NativeBuild
{
    private const string Variable = NativeToolchain.Variable;

    private static readonly Lazy<Task<string>> Executable = new(FindOrPublishAsync);

    public static Task<string> ExecutableAsync() => Executable.Value;

    private static async Task<string> FindOrPublishAsync()
    {
        if (Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } given)
        {
            return File.Exists(given) ? given : throw new FileNotFoundException($"{Variable} names no file", given);
        }

        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "HipBandBot.sln")))
        {
            root = root.Parent;
        }

        var project = Path.Combine(root?.FullName ?? throw new DirectoryNotFoundException("no HipBandBot.sln above the tests"), "src", "HipBand.Bot");
        var output = Directory.CreateTempSubdirectory("hipband-native-").FullName;
        var publish = Process.Start(new ProcessStartInfo("dotnet", ["publish", project, "-c", "Release", "-r", "linux-x64", "-o", output])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        var log = publish.StandardOutput.ReadToEndAsync();
        var errors = publish.StandardError.ReadToEndAsync();
        await publish.WaitForExitAsync();
        var executable = Path.Combine(output, "HipBand.Bot");
        return publish.ExitCode == 0 && File.Exists(executable)
            ? executable
            : throw new InvalidOperationException($"the native publish failed ({publish.ExitCode}):\n{await log}\n{await errors}");
    }
}
