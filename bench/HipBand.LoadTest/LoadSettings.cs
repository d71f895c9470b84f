using System.Globalization;

namespace HipBand.LoadTest;

/// <param name="Limits">Keep Telegram's sending limits, against a fake server that enforces them with 429s.</param>
internal sealed record LoadSettings(int Users, int InFlight, TimeSpan Duration, TimeSpan Warmup, bool Limits)
{
    public static LoadSettings Parse(string[] args)
    {
        string Value(string name, string fallback)
        {
            var at = Array.IndexOf(args, name);
            return at >= 0 && at + 1 < args.Length ? args[at + 1] : fallback;
        }

        return new LoadSettings(
            int.Parse(Value("--users", "1000"), CultureInfo.InvariantCulture),
            int.Parse(Value("--in-flight", "1"), CultureInfo.InvariantCulture),
            TimeSpan.FromSeconds(double.Parse(Value("--seconds", "20"), CultureInfo.InvariantCulture)),
            TimeSpan.FromSeconds(double.Parse(Value("--warmup", "5"), CultureInfo.InvariantCulture)),
            args.Contains("--limits"));
    }
}
