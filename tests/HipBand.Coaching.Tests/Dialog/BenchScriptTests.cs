using System.Text.Json;
using System.Text.RegularExpressions;
using HipBand.Coaching.Tests.Support;

namespace HipBand.Coaching.Tests.Dialog;

/// <summary>The peer bench's 30-message script (bench/peers/hipband-30.json) still walks the dialog as it is today.</summary>
public class BenchScriptTests
{
    [Fact]
    public void Every_step_of_the_bench_script_gets_the_reply_it_expects_and_nothing_unexpected()
    {
        var script = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryRoot(), "bench", "peers", "hipband-30.json")));
        var steps = script.RootElement.GetProperty("steps").EnumerateArray().ToList();
        var chat = new DialogDriver();

        Assert.Equal(30, steps.Count);
        foreach (var step in steps)
        {
            var text = step.GetProperty("text").GetString()!;
            var replies = chat.Send(text).Replies.Select(r => r.Text.Plain).ToList();
            var expect = new Regex(step.GetProperty("expect").GetString()!, RegexOptions.IgnoreCase);
            var extra = step.TryGetProperty("extra", out var e) ? new Regex(e.GetString()!, RegexOptions.IgnoreCase) : null;

            Assert.True(replies.Count(expect.IsMatch) == 1, $"'{text}' expected /{expect}/ once, got: {string.Join(" | ", replies)}");
            Assert.All(replies.Where(r => !expect.IsMatch(r)), r => Assert.True(extra?.IsMatch(r) == true, $"'{text}': unexpected reply {r}"));
        }
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "HipBandBot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("HipBandBot.sln not found above the test's folder.");
    }
}
