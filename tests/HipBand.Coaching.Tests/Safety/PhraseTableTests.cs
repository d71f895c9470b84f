using System.Globalization;
using HipBand.Coaching.Dialog;
using HipBand.Coaching.Safety;
using HipBand.Coaching.Tests.Dialog;
using HipBand.Coaching.Tests.Support;

namespace HipBand.Coaching.Tests.Safety;

/// <summary>
/// Every phrasing of Phrases.tsv, typed in the middle of a set (readiness between sessions), does what its line says:
/// a red flag ends the session with a hold for that sign; readiness waits for a clinician's OK; feeling unwell ends the
/// session; pain asks for a rating, or acts on the one given; a click asks whether it hurts; gym talk changes nothing
/// about safety.
/// </summary>
public class PhraseTableTests
{
    public static TheoryData<string, string> Phrases()
    {
        var data = new TheoryData<string, string>();
        foreach (var line in File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Safety", "Phrases.tsv")))
        {
            var cells = line.Split('\t', 2);
            data.Add(cells[0], cells[1]);
        }

        return data;
    }

    [Fact]
    public void The_table_has_every_kind_of_phrasing_and_at_least_250()
    {
        var expected = Phrases().Select(row => ((string)row[0]).Split(':')[0]).ToList();

        Assert.True(expected.Count >= 250, $"{expected.Count} phrasings");
        Assert.Equal(["ask", "none", "pain", "readiness", "redflag", "unwell"], expected.Distinct().Order());
        Assert.Equal(Enum.GetNames<RedFlagSign>().Order(), Phrases().Select(row => (string)row[0]).Where(e => e.StartsWith("redflag:", StringComparison.Ordinal)).Select(e => e[8..]).Distinct().Order());
    }

    [Theory]
    [MemberData(nameof(Phrases))]
    public void Each_phrasing_does_what_the_table_says(string expected, string text)
    {
        var (kind, detail) = expected.Split(':') is [var k, var d] ? (k, d) : (expected, null);
        var chat = kind == "readiness" ? DialogDriver.Onboarded() : SessionFlowTests.Started();
        var memory = () => chat.State.Conversation.Memory;

        chat.Send(text);

        switch (kind)
        {
            case "redflag":
                Assert.Equal(Enum.Parse<RedFlagSign>(detail!), memory().ActiveHold?.Reason);
                Assert.Null(chat.State.Conversation.Session);
                Assert.DoesNotContain(chat.Last!.Replies.SelectMany(r => r.AllButtons), b => b.Label.Contains("Start", StringComparison.Ordinal));
                break;
            case "readiness":
                Assert.Equal(Phase.AwaitClearance, chat.State.Phase);
                Assert.Equal(Enum.Parse<ReadinessSign>(detail!), memory().Readiness?.Sign);
                break;
            case "unwell":
                Assert.Null(chat.State.Conversation.Session);
                Assert.Null(memory().ActiveHold);
                Assert.Contains("Sit or lie down", chat.LastText);
                break;
            case "pain" when detail is null:
                Assert.Equal(Phase.AskPain, chat.State.Phase);
                Assert.Contains("0 (nothing) to 10", chat.LastText);
                break;
            case "pain":
                Assert.Equal(int.Parse(detail!, CultureInfo.InvariantCulture), memory().PainReports.Single().Rating);
                Assert.NotEqual(Phase.AskPain, chat.State.Phase);
                break;
            case "ask":
                Assert.Equal(Phase.AskIfHurts, chat.State.Phase);
                Assert.Equal("Does it hurt?", chat.LastText);
                break;
            default:
                Assert.Equal("none", kind);
                Assert.True(chat.State.Phase is Phase.InSession or Phase.Idle, $"now in {chat.State.Phase}");
                Assert.Empty(memory().PainReports);
                Assert.Null(memory().ActiveHold);
                Assert.False(memory().Readiness?.AnyApplies ?? false);
                Assert.DoesNotContain("Sit or lie down", chat.LastText);
                break;
        }
    }
}
