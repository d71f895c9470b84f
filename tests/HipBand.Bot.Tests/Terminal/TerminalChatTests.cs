using System.Diagnostics;
using HipBand.Bot.Composition;
using HipBand.Bot.Terminal;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using HipBand.Coaching.Dialog;

namespace HipBand.Bot.Tests.Terminal;

public sealed class TerminalChatTests : IDisposable
{
    private static readonly string[] DoneWhenScript =
        ["/start", "running", "yellow, green, black", "Mon Wed Fri", "07:30", "Europe/Berlin", "/workout", .. Enumerable.Repeat("done", 13)];

    private readonly string folder = Directory.CreateTempSubdirectory("hipband-terminal-").FullName;

    private string DatabasePath => Path.Combine(folder, "chat.db");

    private Dictionary<string, string?> Settings => new()
    {
        ["Storage:SqlitePath"] = DatabasePath,
        ["Reminders:SqlitePath"] = Path.Combine(folder, "chat.quartz.db"),
    };

    [Fact]
    public async Task A_scripted_conversation_runs_from_start_to_session_complete()
    {
        var output = await ChatAsync(DoneWhenScript);

        Assert.Contains("What are you training for?\n  1) 🏃 Running", output);
        Assert.Contains("Set 1 of 3 · Lateral band walk", output);
        Assert.Contains("Session complete!", output);
        Assert.True(output.IndexOf("Set 1 of", StringComparison.Ordinal) < output.IndexOf("Session complete", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_second_run_continues_mid_session_instead_of_starting_over()
    {
        await ChatAsync("/start", "strength", "yellow", "Mon Wed Fri", "07:30", "Berlin", "/workout", "done");

        var output = await ChatAsync("done");

        Assert.StartsWith("Chat 1 continues where it left off:\nSet 2 of 3 · Monster walk", output, StringComparison.Ordinal);
        Assert.Contains("Logged 60 s.", output);
        Assert.DoesNotContain("Hi, I'm HipBandBot", output);
    }

    [Fact]
    public async Task A_number_picks_a_numbered_choice_but_is_a_count_during_a_set()
    {
        var output = await ChatAsync("/start", "2", "1", "1", "07:00", "2", "1", "12");

        Assert.Contains("> 2\nStronger hips", output);
        Assert.Contains("Bands saved, lightest to heaviest: yellow → green → black.", output);
        Assert.Contains("Europe/Berlin", output);
        Assert.Contains("> 12\nLogged 12 s.", output);
    }

    [Fact]
    public async Task Another_chat_id_is_another_person()
    {
        await ChatAsync(1, "/start", "running");

        var output = await ChatAsync(2, "/start");

        Assert.Contains("Hi, I'm HipBandBot.", output);
    }

    [Fact]
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

    [Fact]
    public async Task Two_messages_of_one_turn_are_separated_and_the_persons_line_starts_the_next_turn()
    {
        var output = await ChatAsync("/start", "running", "yellow", "Mon Wed Fri", "07:30", "Berlin", "/help");

        var help = output[output.IndexOf("> /help\n", StringComparison.Ordinal)..];
        Assert.Matches("^> /help\nHow I work[^┄]+\n┄┄┄┄\nNext up:", help);
        Assert.DoesNotContain("┄┄┄┄\n> ", output);
    }

    [Fact]
    public async Task A_nudge_that_arrives_while_the_person_types_is_followed_by_a_fresh_prompt()
    {
        using var input = new BlockingReader();
        var output = new StringWriter { NewLine = "\n" };
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(Settings);
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

    [Fact]
    public async Task Logs_go_to_the_file_named_not_to_the_chats_screen()
    {
        var log = Path.Combine(folder, "terminal.log");
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(Settings);
        builder.AddCoaching();
        var output = new StringWriter { NewLine = "\n" };
        builder.AddTerminalChat(new TerminalChatOptions(1, new StringReader("/start"), output, Interactive: false) { LogFile = log }).AddReminders().AddTurns();
        using (var host = builder.Build())
        {
            await host.RunAsync().WaitAsync(TimeSpan.FromMinutes(1));
        }

        Assert.Contains("Applied 6 database migration(s)", File.ReadAllText(log));
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
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    private Task<string> ChatAsync(params string[] lines) => ChatAsync(TerminalArguments.DefaultChatId, lines);

    private async Task<string> ChatAsync(long chatId, params string[] lines)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(Settings);
        builder.AddCoaching();
        var output = new StringWriter { NewLine = "\n" };
        builder.AddTerminalChat(new TerminalChatOptions(chatId, new StringReader(string.Join('\n', lines)), output, Interactive: false)).AddReminders().AddTurns();

        var host = builder.Build();
        await host.RunAsync().WaitAsync(TimeSpan.FromMinutes(1));
        return output.ToString();
    }

    private async Task<(string Output, int ExitCode)> RunProgramAsync(params string[] lines)
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "HipBand.Bot.dll"), "chat"])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = folder,
        };
        start.Environment["Storage__SqlitePath"] = DatabasePath;
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
