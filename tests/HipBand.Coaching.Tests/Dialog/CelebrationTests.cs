using HipBand.Coaching.Dialog;
using HipBand.Coaching.Progress;
using HipBand.Coaching.Tests.Support;

namespace HipBand.Coaching.Tests.Dialog;

/// <summary>A band-up and a personal best are marked to celebrate; everything else is an ordinary reply.</summary>
public class CelebrationTests
{
    private static readonly ChangeKind[] StepUps = [ChangeKind.HeavierBand, ChangeKind.HarderPlacement, ChangeKind.HarderVariant];

    [Fact]
    public void A_heavier_band_is_celebrated_at_the_end_of_the_session_and_again_when_the_next_one_starts()
    {
        var chat = DialogDriver.Onboarded(goal: "stronger hips");
        for (var number = 1; number <= 20; number++)
        {
            var before = chat.State;
            var start = chat.Send("/workout");
            var announced = chat.State.Conversation.Memory.Announcements;
            Assert.False(start.Replies[0].Celebrate && number == 1, "the first session's start celebrated nothing");

            Outcome outcome;
            do
            {
                outcome = chat.Send("done");
                if (chat.State.Phase == Phase.InSession)
                {
                    Assert.All(outcome.Replies, r => Assert.False(r.Celebrate, $"an ordinary reply celebrated: {r.Text.Plain}"));
                }
            }
            while (chat.State.Phase == Phase.InSession);

            var changes = chat.State.Conversation.Memory.Announcements;
            if (!changes.Any(c => c.Kind == ChangeKind.HeavierBand))
            {
                Assert.Equal(changes.Any(c => StepUps.Contains(c.Kind)) || outcome.Replies[0].Text.Plain.Contains("Better than last time", StringComparison.Ordinal), outcome.Replies[0].Celebrate);
                continue;
            }

            var summary = outcome.Replies[0];
            Assert.Contains("moving you to the green band", summary.Text.Plain);
            Assert.True(summary.Celebrate);
            Assert.All(outcome.Replies.Skip(1), r => Assert.False(r.Celebrate, "the prompt after the summary is ordinary"));

            var next = chat.Send("/workout").Replies[0];
            Assert.Contains("moving you to the green band", next.Text.Plain);
            Assert.True(next.Celebrate);
            Assert.Empty(chat.State.Conversation.Memory.Announcements);

            // The same session with every other exercise skipped: no personal best, the band-up alone celebrates.
            var banded = changes.First(c => c.Kind == ChangeKind.HeavierBand).ExerciseId;
            var again = new DialogDriver(before, chat.Now);
            again.Send("/workout");
            while (again.State.Phase == Phase.InSession)
            {
                again.Send(again.Session.Current.ExerciseId == banded ? "done" : "skip exercise");
            }

            var alone = again.Last!.Replies[0];
            Assert.Contains(again.State.Conversation.Memory.Announcements, c => c.Kind == ChangeKind.HeavierBand && c.ExerciseId == banded);
            Assert.DoesNotContain("Better than last time", alone.Text.Plain);
            Assert.True(alone.Celebrate);
            return;
        }

        Assert.Fail("Twenty sessions of Done never reached a heavier band.");
    }

    [Fact]
    public void Target_rises_alone_are_not_a_step_up()
    {
        var chat = DialogDriver.Onboarded(goal: "stronger hips");
        chat.Send("/workout");
        var first = SessionFlowTests.DoneToTheEnd(chat);

        Assert.Contains(chat.State.Conversation.Memory.Announcements, c => c.Kind == ChangeKind.HigherTarget);
        Assert.DoesNotContain(chat.State.Conversation.Memory.Announcements, c => StepUps.Contains(c.Kind));
        Assert.Contains("today is your baseline", first.Replies[0].Text.Plain);
        Assert.False(first.Replies[0].Celebrate);
        Assert.False(chat.Send("/workout").Replies[0].Celebrate);
    }

    [Fact]
    public void A_personal_best_is_celebrated_and_better_than_last_time_below_the_best_is_not()
    {
        var chat = DialogDriver.Onboarded(goal: "warm-up");
        Assert.False(Session(chat, "10", "10", "10").Celebrate, "the first session is a baseline");

        var best = Session(chat, "12", "10", "11");
        Assert.Contains("Clamshells: best set 12 (last time 10)", best.Text.Plain);
        Assert.True(best.Celebrate);

        Assert.False(Session(chat, "8", "8", "8").Celebrate, "nothing better than last time");

        var comeback = Session(chat, "11", "9", "9");
        Assert.Contains("Better than last time:", comeback.Text.Plain);
        Assert.False(comeback.Celebrate, "better than last time, but not better than ever");
    }

    [Fact]
    public void A_session_stopped_early_celebrates_no_best()
    {
        var chat = DialogDriver.Onboarded(goal: "warm-up");
        Session(chat, "10", "10", "10");
        chat.Send("/workout");
        chat.Send("12");

        var stopped = chat.Send("stop");

        Assert.False(stopped.Replies[0].Celebrate);
    }

    /// <summary>One warm-up session answered with these results, and its summary.</summary>
    private static Reply Session(DialogDriver chat, params string[] results)
    {
        Assert.False(chat.Send("/workout").Replies[0].Celebrate);
        Outcome? outcome = null;
        foreach (var result in results)
        {
            outcome = chat.Send(result);
        }

        Assert.Equal(Phase.Idle, chat.State.Phase);
        return outcome!.Replies[0];
    }
}
