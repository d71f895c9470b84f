using System.Globalization;

namespace HipBand.LoadTest;

/// <param name="Limits">Keep Telegram's sending limits, against a fake server that enforces them with 429s.</param>
/// <param name="Postgres">A PostgreSQL server (a connection string that may create databases): the state goes to a database of the run's own, dropped after it; null: SQLite.</param>
/// <param name="Instances">Bot processes sharing the PostgreSQL database, behind the fake's webhook posting to them in turn.</param>
/// <param name="Webhook">Webhook mode (always with several instances); otherwise long polling.</param>
/// <param name="Bot">The bot to run: a published build's <c>HipBand.Bot.dll</c> (run with dotnet) or native executable; null: the build beside the harness.</param>
internal sealed record LoadSettings(int Users, int InFlight, TimeSpan Duration, TimeSpan Warmup, bool Limits, string? Postgres, int Instances, bool Webhook, string? Bot)
{
    public string Describe() =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"{(Postgres is null ? "SQLite" : "PostgreSQL")}, {Instances} instance{(Instances == 1 ? "" : "s")}, {(Webhook ? "webhook" : "long polling")}; "
            + $"{Users} users, {InFlight} in flight each, {Duration.TotalSeconds} s measured after {Warmup.TotalSeconds} s warm-up, "
            + $"Telegram's limits {(Limits ? "kept and enforced" : "lifted")}{(Bot is null ? "" : "; bot " + Path.GetFileName(Bot))}");

    public static LoadSettings Parse(string[] args)
    {
        string? Value(string name, string? fallback)
        {
            var at = Array.IndexOf(args, name);
            return at >= 0 && at + 1 < args.Length ? args[at + 1] : fallback;
        }

        var instances = int.Parse(Value("--instances", "1")!, CultureInfo.InvariantCulture);
        var postgres = Value("--postgres", null);
        if (instances < 1 || (instances > 1 && postgres is null))
        {
            throw new ArgumentException("--instances above 1 needs --postgres: only processes sharing PostgreSQL may share a bot.");
        }

        return new LoadSettings(
            int.Parse(Value("--users", "1000")!, CultureInfo.InvariantCulture),
            int.Parse(Value("--in-flight", "1")!, CultureInfo.InvariantCulture),
            TimeSpan.FromSeconds(double.Parse(Value("--seconds", "20")!, CultureInfo.InvariantCulture)),
            TimeSpan.FromSeconds(double.Parse(Value("--warmup", "5")!, CultureInfo.InvariantCulture)),
            args.Contains("--limits"),
            postgres,
            instances,
            instances > 1 || args.Contains("--webhook"),
            Value("--bot", null));
    }
}
