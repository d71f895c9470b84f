using HipBand.Coaching.Dialog;
using HipBand.Coaching.Scheduling;
using HipBand.Coaching.Tests.Support;

namespace HipBand.Coaching.Tests.Dialog;

public class FixedOffsetTests
{
    [Theory]
    [InlineData("UTC+2", "Etc/GMT-2", "UTC+2")]
    [InlineData("UTC+5:30", "UTC+05:30", "UTC+5:30")]
    [InlineData("UTC-3:30", "UTC-03:30", "UTC-3:30")]
    public void An_offset_is_stored_as_an_id_quartz_reads_and_said_not_to_follow_daylight_saving(string typed, string stored, string shown)
    {
        var chat = Onboard(typed);

        var schedule = Assert.IsType<ScheduleChanged>(Assert.Single(chat.Last!.Effects)).Schedule!;
        Assert.Equal(stored, schedule.TimeZone);
        Assert.Contains($"Mon, Wed, Fri at 07:30 ({shown})", chat.LastText);
        Assert.Contains($"{shown} is a fixed offset: reminders will not follow daylight saving", chat.LastText);
        Assert.Contains(chat.Last.Replies[^1].AllButtons, b => b.Label == "🏙 Use a city instead");
    }

    [Fact]
    public void A_city_gets_no_daylight_saving_note()
    {
        var chat = Onboard("Berlin");

        Assert.DoesNotContain("daylight saving", chat.LastText);
        Assert.DoesNotContain(chat.Last!.Replies[^1].AllButtons, b => b.Label == "🏙 Use a city instead");
    }

    [Fact]
    public void Use_a_city_instead_asks_for_the_zone_again_and_a_city_replaces_the_offset()
    {
        var chat = Onboard("UTC+1");

        chat.Press("Use a city instead");
        Assert.Equal((Phase.AskZone, Flow.Editing), (chat.State.Phase, chat.State.Conversation.Flow));
        chat.Send("Berlin");

        Assert.Equal("Europe/Berlin", chat.State.Profile.TimeZone);
        Assert.Equal(Phase.Idle, chat.State.Phase);
        Assert.Equal("Europe/Berlin", Assert.IsType<ScheduleChanged>(Assert.Single(chat.Last!.Effects)).Schedule!.TimeZone);
        Assert.DoesNotContain("daylight saving", chat.LastText);
    }

    [Fact]
    public void Keeping_an_offset_when_the_schedule_changes_says_nothing_more_about_it()
    {
        var chat = Onboard("UTC+2");
        chat.Send("/schedule");
        chat.Send("Tue Thu");
        chat.Send("18:00");

        chat.Press("Keep UTC+2");

        Assert.Contains("Schedule saved: Tue, Thu at 18:00 (UTC+2)", chat.LastText);
        Assert.DoesNotContain("daylight saving", chat.LastText);
    }

    private static DialogDriver Onboard(string zone)
    {
        var chat = new DialogDriver();
        foreach (var line in new[] { "/start", "no", "running", "yellow, green", "Mon Wed Fri", "07:30", zone })
        {
            chat.Send(line);
        }

        return chat;
    }
}
