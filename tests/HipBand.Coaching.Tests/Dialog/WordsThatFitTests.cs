using HipBand.Coaching.Tests.Support;

namespace HipBand.Coaching.Tests.Dialog;

/// <summary>What the bot says fits the person: no band words without a band, no "burn" in gentle work.</summary>
public class WordsThatFitTests
{
    [Fact]
    public void Without_bands_no_step_or_cue_of_the_session_speaks_of_a_band()
    {
        var chat = DialogDriver.Onboarded("strength", "I don't have any bands");
        var said = new List<string>();
        chat.Send("/workout");
        for (var guard = 0; chat.State.Conversation.Session is not null && guard < 60; guard++)
        {
            said.Add(chat.LastText);
            chat.Send("done");
        }

        var lines = said.SelectMany(text => text.Split('\n')).Where(line => line.StartsWith("1.", StringComparison.Ordinal) || line.StartsWith("2.", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(lines);
        Assert.DoesNotContain(lines, line => line.Contains("band", StringComparison.OrdinalIgnoreCase) && !line.Contains("band walk", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void The_gentle_program_never_says_burn()
    {
        var chat = DialogDriver.Onboarded("gentle", "yellow");
        var said = new List<string>();
        for (var session = 0; session < 3; session++)
        {
            chat.Send("/workout");
            for (var guard = 0; chat.State.Conversation.Session is not null && guard < 60; guard++)
            {
                said.Add(chat.LastText);
                chat.Send("done");
            }
        }

        Assert.DoesNotContain(said, text => text.Contains("burn", StringComparison.OrdinalIgnoreCase));
    }
}
