using HipBand.Coaching.Dialog;
using HipBand.Coaching.Tests.Support;

namespace HipBand.Coaching.Tests.Dialog;

public class ProgressPictureTests
{
    [Fact]
    public void Stats_asks_for_a_picture_once_some_work_is_on_record()
    {
        var chat = WarmUpTwiceAWeek();
        Assert.DoesNotContain(chat.Send("/stats").Effects, e => e is ProgressPictureWanted);

        Session(chat);
        var stats = chat.Send("/stats");

        Assert.Contains("This week: 1 of 2 sessions", chat.LastText);
        Assert.Equal(new ProgressPictureWanted(ProgressPictureOccasion.Stats, chat.Now), Assert.Single(stats.Effects));
    }

    [Fact]
    public void The_session_that_completes_the_weeks_plan_asks_for_a_picture_with_its_weekly_summary()
    {
        var chat = WarmUpTwiceAWeek();

        var first = Session(chat);
        Assert.DoesNotContain(first.Effects, e => e is ProgressPictureWanted);

        chat.Now = chat.Now.AddHours(2);
        var second = Session(chat);

        Assert.Contains("This week: 2 of 2 sessions done", chat.LastText);
        Assert.Equal(new ProgressPictureWanted(ProgressPictureOccasion.WeekComplete, chat.Now), second.Effects.OfType<ProgressPictureWanted>().Single());
        Assert.False(second.Effects.OfType<ProgressPictureWanted>().Single().InTransaction);
    }

    private static DialogDriver WarmUpTwiceAWeek()
    {
        var chat = new DialogDriver();
        foreach (var line in new[] { "/start", "no", "warm-up", "none", "Mon Wed", "07:30", "Europe/Berlin" })
        {
            chat.Send(line);
        }

        return chat;
    }

    /// <summary>A warm-up: one set of each of its three exercises, the last answer's outcome.</summary>
    private static Outcome Session(DialogDriver chat)
    {
        chat.Send("/workout");
        chat.Send("done");
        chat.Send("done");
        var last = chat.Send("done");
        Assert.Contains("Session complete", chat.LastText);
        return last;
    }
}
