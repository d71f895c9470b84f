namespace HipBand.Testing.Engines;

/// <summary>Whether this machine can run the bot's native build: one given by <see cref="Variable"/>, or a toolchain to make it.</summary>
public static class NativeToolchain
{
    /// <summary>The path of a published native build (its executable) for the tests to run.</summary>
    public const string Variable = "HIPBAND_TEST_NATIVE_BOT";

    private static readonly string[] Compilers = ["clang", "gcc"];

    /// <summary>Why no native build can run here; null when one can.</summary>
    public static string? Missing
    {
        get
        {
            if (Environment.GetEnvironmentVariable(Variable) is { Length: > 0 })
            {
                return null;
            }

            var compiler = Compilers.Any(OnPath);
            var zlib = File.Exists("/usr/include/zlib.h");
            return compiler && zlib
                ? null
                : $"The native build needs a C compiler (clang or gcc) and zlib's headers to link (Debian: clang zlib1g-dev), or {Variable} naming a published build.";
        }
    }

    private static bool OnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Any(folder => File.Exists(Path.Combine(folder, program)));
}
