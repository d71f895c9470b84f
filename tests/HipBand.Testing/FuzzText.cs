using System.Globalization;

namespace HipBand.Testing;

/// <summary>
/// What people type, good and bad: answers the bot asks for, numbers in several scripts, emoji, right-to-left and
/// zero-width text, HTML-looking text, very long text, every command and some that do not exist. Shared by the
/// property test of the dialog and the fuzz test of the whole bot, so that both see the same kinds of input.
/// </summary>
public static class FuzzText
{
    public static readonly IReadOnlyList<string> Commands =
    [
        "/start", "/workout", "/schedule", "/goal", "/bands", "/stats", "/pause", "/resume", "/help", "/cancel", "/stop",
        "/export", "/delete", "/start@hipband_test_bot", "/dance", "/x" + new string('y', 80), "/START", "/help please",
        "/a" + string.Concat(Enumerable.Repeat("💪", 40)), "/flag🏳️‍🌈🏳️‍🌈🏳️‍🌈🏳️‍🌈🏳️‍🌈🏳️‍🌈🏳️‍🌈",
    ];

    /// <summary>Answers the dialog understands somewhere.</summary>
    public static readonly IReadOnlyList<string> Answers =
    [
        "running", "strength", "warm-up", "gentle", "yellow, green, black", "none", "one band", "red",
        "Mon Wed Fri", "tue thu", "daily", "weekdays", "07:30", "6:15 pm", "morning", "18h",
        "Berlin", "Europe/Berlin", "UTC+2", "UTC+5:30", "UTC-3:30", "gmt", "keep", "city", "Tokyo",
        "done", "15", "12, 10, 8", "3x15", "did 12", "12/side", "1 min", "45s", "skip", "skip exercise", "fewer",
        "too hard", "too easy", "lighter", "stop", "yes", "no", "cancel", "later", "cleared", "start", "snooze", "skip today",
        "fewer days", "pause", "0", "3", "5", "7", "10", "better", "my hip is better",
    ];

    /// <summary>Safety words: pain, its places and ratings, feeling unwell, and red flags.</summary>
    public static readonly IReadOnlyList<string> Safety =
    [
        "my knee hurts", "pain 6/10", "the outside of my hip hurts", "ouch", "no pain", "painting my room",
        "I feel a bit dizzy", "chest pain", "I can't breathe", "numb between my legs", "pain ٧", "sore glutes 4 out of 10",
        "my hip clicks", "I had knee surgery three weeks ago", "my physio said it's fine", "I'm pregnant", "a real pain in the neck",
    ];

    /// <summary>Text no question asks for.</summary>
    public static readonly IReadOnlyList<string> Odd =
    [
        "", " ", "\n\n", "?", "…", "💪", "🙂🙂🙂", "👩‍👩‍👧‍👦", "🏳️‍🌈", "e\u0301", "\u200b", "a\u200db", "\u202eevil\u202c",
        "שלום", "مرحبا ١٥", "١٥", "١٢، ١٠، ٨", "१५", "１５", "𝟏𝟓", "٠٧:٣٠", "-3", "999", "99999999999999999999", "0.5", "1e9",
        "<b>bold</b>", "<script>alert(1)</script>", "a < b & c > d", "&lt;&amp;", "&nbsp;", "</i>", "<i>", "\"quoted\"",
        "12 left 10 right", "n/a", "I don't have any bands", "next", "how?", "what do I do?", "help", "banana",
        "DROP TABLE trainees;", "'; --", "%s%s%n", "{0}", "null", "\t tab \t",
    ];

    /// <summary>One input, drawn from all of the above, sometimes made very long or cut short.</summary>
    public static string Pick(Random random)
    {
        var roll = random.Next(100);
        return roll switch
        {
            < 12 => Commands[random.Next(Commands.Count)],
            < 55 => Answers[random.Next(Answers.Count)],
            < 65 => Safety[random.Next(Safety.Count)],
            < 90 => Odd[random.Next(Odd.Count)],
            < 93 => Long(random),
            < 97 => random.Next(-50, 1000).ToString(CultureInfo.InvariantCulture),
            _ => Mixed(random),
        };
    }

    /// <summary>Up to past Telegram's longest message, with emoji so that a cut could land inside one.</summary>
    private static string Long(Random random) =>
        string.Concat(Enumerable.Repeat("my knee 💪 hurts ", random.Next(200, 320)));

    /// <summary>Random characters from several scripts, combining marks and emoji.</summary>
    private static string Mixed(Random random)
    {
        string[] pieces = ["a", "Z", "7", "٣", "७", " ", "é", "\u0301", "👍", "🏽", "\u200d", "<", ">", "&", "ß", "中", "\n"];
        return string.Concat(Enumerable.Range(0, random.Next(1, 40)).Select(_ => pieces[random.Next(pieces.Length)]));
    }
}
