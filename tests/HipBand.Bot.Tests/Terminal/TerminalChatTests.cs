using System.Diagnostics;
using HipBand.Bot.Composition;
using HipBand.Bot.Terminal;
using HipBand.Bot.Tests.Support;
using HipBand.Testing.Engines;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using HipBand.Coaching.Dialog;

namespace HipBand.Bot.Tests.Terminal;

public sealed class TerminalChatTests : IDisposable
{
    private static readonly string[] DoneWhenScript =
        ["/start", "no", "running", "yellow, green, black", "Mon Wed Fri", "07:30", "Europe/Berlin", "/workout", .. Enumerable.Repeat("done", 13)];

    private readonly string folder = Directory.CreateTempSubdirectory("hipband-terminal-").FullName;

    private string DatabasePath => Path.Combine(folder, "chat.db");

    /// <summary>The chat's database on the running test's engine (the file, or the PostgreSQL database it stands for).</summary>
    private async Task<IReadOnlyDictionary<string, string?>> SettingsAsync() => (await TestDatabases.ForFileAsync(DatabasePath)).Settings;

    [EngineFact]
    public async Task A_scripted_conversation_runs_from_start_to_session_complete()
    {
        var output = await ChatAsync(DoneWhenScript);

        Assert.Contains("What are you training for?\n  1) 🏃 Running", output);
        Assert.Contains("Set 1 of 3 · Lateral band walk", output);
        Assert.Contains("Session complete!", output);
        Assert.True(output.IndexOf("Set 1 of", StringComparison.Ordinal) < output.IndexOf("Session complete", StringComparison.Ordinal));
    }

    [EngineFact]
    public async Task A_personal_best_is_marked_with_a_small_confetti_the_baseline_is_not()
    {
        var output = await ChatAsync(
            "/start", "no", "warm-up", "yellow, green, black", "Mon Wed Fri", "07:30", "Europe/Berlin",
            "/workout", "10", "10", "10", "/workout", "12", "10", "11");

        Assert.Equal(2, output.Split("Session complete").Length - 1);
        Assert.Single(output.Split("🎉 Session complete").Skip(1));
        Assert.True(output.IndexOf("🎉 Session complete", StringComparison.Ordinal) > output.IndexOf("today is your baseline", StringComparison.Ordinal));
    }

    [EngineFact]
    public async Task Tightness_in_the_chest_ends_the_session_and_nothing_starts_until_a_medical_check_is_confirmed()
    {
        var output = await ChatAsync([.. DoneWhenScript.Take(8), "tightness in my chest", "/workout", "not yet", "/workout", "yes, I've been checked"]);

        var afterFlag = After(output, "> tightness in my chest");
        var stopped = Before(afterFlag, "> /workout");
        Assert.Contains("get urgent medical care now", stopped);
        Assert.DoesNotContain("Start session", stopped);
        Assert.DoesNotContain("Next up", stopped);
        var asked = Before(After(afterFlag, "> /workout"), "> not yet");
        Assert.Contains("has a doctor checked you and told you it's fine to exercise?", asked);
        Assert.DoesNotContain("Set 1 of", Before(afterFlag, "> yes, I've been checked"));
        Assert.Contains("training stays paused until you've been checked", afterFlag);
        Assert.Contains("Set 1 of", After(afterFlag, "> yes, I've been checked"));
    }

    [EngineFact]
    public async Task Pain_7_then_6_at_the_next_check_starts_no_session()
    {
        var output = await ChatAsync([.. DoneWhenScript.Take(8), "my knee hurts", "7", "/workout", "6", "/workout"]);

        var afterPain = After(output, "> 7");
        Assert.Contains("Let's stop here for today", afterPain);
        Assert.Contains("How does it feel now", Before(After(afterPain, "> /workout"), "> 6"));
        Assert.Contains("too much pain to train today", After(afterPain, "> 6"));
        Assert.Contains("Let's rest today", After(After(afterPain, "> 6"), "> /workout"));
        Assert.DoesNotContain("Set 1 of", afterPain);
    }

    [EngineFact]
    public async Task Knee_surgery_at_the_goal_question_leads_to_the_readiness_path_and_goal_running_keeps_the_gentle_program()
    {
        var output = await ChatAsync("/start", "no", "I had knee surgery three weeks ago", "my surgeon said light band work is fine", "yellow",
            "Mon Wed Fri", "07:30", "Berlin", "/goal", "running", "/workout");

        Assert.Contains("After surgery, your surgeon or physical therapist should OK band work first.", Before(After(output, "> I had knee surgery"), "> my surgeon"));
        Assert.Contains("We'll use the gentle program", After(output, "> my surgeon"));
        Assert.Contains("we keep to the gentle program", After(output, "> running"));
        Assert.Contains("Gentle hip routine", After(output, "> /workout"));
    }

    [EngineFact]
    public async Task Two_sessions_of_done_raise_targets_within_the_range_and_change_no_band()
    {
        // Stronger hips: session A has 21 sets and B 24, every one in a range the target climbs through.
        var output = await ChatAsync(["/start", "no", "strength", "yellow, green, black", "Mon Wed Fri", "07:30", "Europe/Berlin",
            "/workout", .. Enumerable.Repeat("done", 21), "/workout", .. Enumerable.Repeat("done", 24), "/workout"]);

        var third = output[output.LastIndexOf("> /workout", StringComparison.Ordinal)..];
        Assert.Matches("so the targets go up:|next time aim for [0-9]+", third);

        // A band changes only at the top of a range: here only the monster walk's, whose one minute is its whole range.
        var bandChanges = output.Split('\n').Where(line => line.Contains("moving you to", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(bandChanges);
        Assert.All(bandChanges, line => Assert.StartsWith("• Monster walk: You did 60 s, 60 s, 60 s twice", line, StringComparison.Ordinal));
    }

    private static string After(string text, string marker) => text[(text.IndexOf(marker, StringComparison.Ordinal) is var at and >= 0 ? at + marker.Length : throw new InvalidOperationException($"no {marker}"))..];

    private static string Before(string text, string marker) => text.IndexOf(marker, StringComparison.Ordinal) is var at and >= 0 ? text[..at] : text;

    [EngineFact]
    public async Task A_second_run_continues_mid_session_instead_of_starting_over()
    {
        await ChatAsync("/start", "no", "strength", "yellow", "Mon Wed Fri", "07:30", "Berlin", "/workout", "done");

        var output = await ChatAsync("done");

        Assert.StartsWith("Chat 1 continues where it left off:\nSet 2 of 3 · Monster walk", output, StringComparison.Ordinal);
        Assert.Contains("Logged 60 s.", output);
        Assert.DoesNotContain("Hi, I'm HipBandBot", output);
    }

    [EngineFact]
    public async Task A_number_picks_a_numbered_choice_but_is_a_count_during_a_set()
    {
        var output = await ChatAsync("/start", "no", "2", "1", "1", "07:00", "2", "1", "45");

        Assert.Contains("> 2\nStronger hips", output);
        Assert.Contains("Bands saved, lightest to heaviest: yellow → green → black.", output);
        Assert.Contains("Europe/Berlin", output);
        Assert.Contains("> 45\nLogged 45 s.", output);
    }

    [EngineFact]
    public async Task Another_chat_id_is_another_person()
    {
        await ChatAsync(1, "/start", "no", "running");

        var output = await ChatAsync(2, "/start");

        Assert.Contains("Hi, I'm HipBandBot.", output);
    }

    [EngineFact]
    public async Task The_real_program_runs_the_script_from_standard_input_and_exits_zero()
    {
        var (first, firstExit) = await RunProgramAsync(DoneWhenScript);
        var (second, secondExit) = await RunProgramAsync("/stats", "/export");

        Assert.Equal(0, firstExit);
        Assert.Contains("Set 1 of", first);
        Assert.Contains("Session complete", first);
        Assert.Equal(0, secondExit);
        Assert.Contains("continues where it left off", second);
        Assert.Contains("Sessions completed: 1", second);
        var exported = Directory.GetFiles(Path.Combine(folder, "exports"), "*.csv");
        Assert.Contains($"Written to {Assert.Single(exported)}", second);
        Assert.Contains("set,1,lateral-band-walk", File.ReadAllText(exported[0]));
    }

    [EngineFact]
    public async Task Two_messages_of_one_turn_are_separated_and_the_persons_line_starts_the_next_turn()
    {
        var output = await ChatAsync("/start", "no", "running", "yellow", "Mon Wed Fri", "07:30", "Berlin", "/help");

        var help = output[output.IndexOf("> /help\n", StringComparison.Ordinal)..];
        Assert.Matches("^> /help\nHow I work[^┄]+\n┄┄┄┄\nNext up:", help);
        Assert.DoesNotContain("┄┄┄┄\n> ", output);
    }

    [EngineFact]
    public async Task A_nudge_that_arrives_while_the_person_types_is_followed_by_a_fresh_prompt()
    {
        using var input = new BlockingReader();
        var output = new StringWriter { NewLine = "\n" };
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(await SettingsAsync());
        builder.AddCoaching();
        builder.AddTerminalChat(new TerminalChatOptions(1, input, output, Interactive: true)).AddReminders().AddTurns();
        using var host = builder.Build();
        await host.StartAsync();
        var screen = host.Services.GetRequiredService<TerminalScreen>();
        await input.Waiting.WaitAsync(TimeSpan.FromSeconds(30));

        screen.Show(1, [new Reply("Rest is over: set 2 is up.")]);

        input.Release();
        await host.StopAsync();
        lock (output)
        {
            Assert.EndsWith("> \nRest is over: set 2 is up.\n\n> ", output.ToString(), StringComparison.Ordinal);
        }
    }

    [EngineFact]
    public async Task Logs_go_to_the_file_named_not_to_the_chats_screen()
    {
        var log = Path.Combine(folder, "terminal.log");
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(await SettingsAsync());
        builder.AddCoaching();
        var output = new StringWriter { NewLine = "\n" };
        builder.AddTerminalChat(new TerminalChatOptions(1, new StringReader("/start"), output, Interactive: false) { LogFile = log }).AddReminders().AddTurns();
        using (var host = builder.Build())
        {
            await host.RunAsync().WaitAsync(TimeSpan.FromMinutes(1));
        }

        Assert.Contains("Applied 10 database migration(s)", File.ReadAllText(log));
        Assert.DoesNotContain("migration", output.ToString());
    }

    /// <summary>Standard input with the person still typing: ReadLine waits until released.</summary>
    private sealed class BlockingReader : TextReader
    {
        private readonly ManualResetEventSlim released = new();

        public SemaphoreSlim Waiting { get; } = new(0);

        public override string? ReadLine()
        {
            Waiting.Release();
            released.Wait();
            return null;
        }

        public void Release() => released.Set();

        protected override void Dispose(bool disposing)
        {
            released.Dispose();
            Waiting.Dispose();
            base.Dispose(disposing);
        }
    }

    public void Dispose()
    {
        TestDatabases.DropUnderAsync(folder).GetAwaiter().GetResult();
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    private Task<string> ChatAsync(params string[] lines) => ChatAsync(TerminalArguments.DefaultChatId, lines);

    private async Task<string> ChatAsync(long chatId, params string[] lines) => await TerminalConversation.RunAsync(await SettingsAsync(), chatId, lines);

    private async Task<(string Output, int ExitCode)> RunProgramAsync(params string[] lines)
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "HipBand.Bot.dll"), "chat"])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = folder,
        };
        foreach (var (key, value) in (await TestDatabases.ForFileAsync(DatabasePath)).Environment)
        {
            start.Environment[key] = value;
        }

        start.Environment["Telegram__BotToken"] = "";

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        foreach (var line in lines)
        {
            await process.StandardInput.WriteLineAsync(line);
        }

        process.StandardInput.Close();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
        Assert.True(process.ExitCode == 0, await stderr);
        return (await stdout, process.ExitCode);
    }
}
