using HipBand.Coaching.Progress;

namespace HipBand.Coaching.Tests.Progress;

public class RepReplyParserTests
{
    [Theory]
    [InlineData("15", new[] { 15 })]
    [InlineData("15 reps", new[] { 15 })]
    [InlineData("15 Reps!", new[] { 15 })]
    [InlineData("did 12", new[] { 12 })]
    [InlineData("I did 12", new[] { 12 })]
    [InlineData("only 8", new[] { 8 })]
    [InlineData("12/side", new[] { 12 })]
    [InlineData("12 / side", new[] { 12 })]
    [InlineData("12 each", new[] { 12 })]
    [InlineData("12 each side", new[] { 12 })]
    [InlineData("12 per side", new[] { 12 })]
    [InlineData("12 per leg", new[] { 12 })]
    [InlineData("15 steps each way", new[] { 15 })]
    [InlineData("12, 10, 8", new[] { 12, 10, 8 })]
    [InlineData("12,10,8", new[] { 12, 10, 8 })]
    [InlineData("12 10 8", new[] { 12, 10, 8 })]
    [InlineData("12/10/8", new[] { 12, 10, 8 })]
    [InlineData("12 and 10", new[] { 12, 10 })]
    [InlineData("3x15", new[] { 15, 15, 15 })]
    [InlineData("3 x 15", new[] { 15, 15, 15 })]
    [InlineData("2×12", new[] { 12, 12 })]
    [InlineData("twelve", new[] { 12 })]
    [InlineData("did fifteen reps", new[] { 15 })]
    [InlineData("45s", new[] { 45 })]
    [InlineData("45 sec", new[] { 45 })]
    [InlineData("held 30 seconds", new[] { 30 })]
    [InlineData("1 min", new[] { 60 })]
    [InlineData("1.5 minutes", new[] { 90 })]
    [InlineData("a minute", new[] { 60 })]
    [InlineData("half a minute", new[] { 30 })]
    [InlineData("got 11 that time", new[] { 11 })]
    [InlineData("12 left 10 right", new[] { 10 })]
    [InlineData("14 right, 15 left", new[] { 14 })]
    [InlineData("did 12 on the left and 12 on the right", new[] { 12 })]
    [InlineData("managed 14 this round", new[] { 14 })]
    [InlineData("1:30", new[] { 90 })]
    [InlineData("15 💪", new[] { 15 })]
    [InlineData("-3", new[] { -3 })]
    [InlineData("0", new[] { 0 })]
    [InlineData("999", new[] { 999 })]
    [InlineData("١٥", new[] { 15 })]
    [InlineData("١٢، ١٠، ٨", new[] { 12, 10, 8 })]
    [InlineData("१५", new[] { 15 })]
    [InlineData("１５ reps", new[] { 15 })]
    [InlineData("𝟏𝟓", new[] { 15 })]
    [InlineData("٣x١٥", new[] { 15, 15, 15 })]
    [InlineData("١:٣٠", new[] { 90 })]
    [InlineData("  20  ", new[] { 20 })]
    public void Numbers_are_read_as_one_value_per_set(string text, int[] expected)
    {
        var reply = RepReplyParser.Parse(text);

        Assert.Equal(RepReplyKind.Counts, reply.Kind);
        Assert.Equal(expected, reply.Values);
    }

    [Theory]
    [InlineData("done", RepReplyKind.All)]
    [InlineData("Done!", RepReplyKind.All)]
    [InlineData("all", RepReplyKind.All)]
    [InlineData("all done", RepReplyKind.All)]
    [InlineData("did them all", RepReplyKind.All)]
    [InlineData("✅", RepReplyKind.All)]
    [InlineData("👍", RepReplyKind.All)]
    [InlineData("yes", RepReplyKind.All)]
    [InlineData("skip", RepReplyKind.Skip)]
    [InlineData("skip set", RepReplyKind.Skip)]
    [InlineData("Skip this set", RepReplyKind.Skip)]
    [InlineData("skip exercise", RepReplyKind.SkipExercise)]
    [InlineData("skip this exercise", RepReplyKind.SkipExercise)]
    [InlineData("next exercise", RepReplyKind.SkipExercise)]
    [InlineData("fewer", RepReplyKind.Fewer)]
    [InlineData("not all", RepReplyKind.Fewer)]
    [InlineData("stop", RepReplyKind.Stop)]
    [InlineData("Stop.", RepReplyKind.Stop)]
    [InlineData("end session", RepReplyKind.Stop)]
    [InlineData("quit", RepReplyKind.Stop)]
    [InlineData("next", RepReplyKind.Next)]
    [InlineData("next set", RepReplyKind.Next)]
    [InlineData("move on", RepReplyKind.Next)]
    public void Words_are_read_as_what_they_mean(string text, RepReplyKind kind)
    {
        var reply = RepReplyParser.Parse(text);

        Assert.Equal(kind, reply.Kind);
        Assert.Equal(Difficulty.Normal, reply.Difficulty);
    }

    [Theory]
    [InlineData("too hard", RepReplyKind.Fewer, Difficulty.TooHard)]
    [InlineData("way too hard", RepReplyKind.Fewer, Difficulty.TooHard)]
    [InlineData("too heavy", RepReplyKind.Fewer, Difficulty.TooHard)]
    [InlineData("really difficult", RepReplyKind.Fewer, Difficulty.TooHard)]
    [InlineData("too easy", RepReplyKind.All, Difficulty.TooEasy)]
    [InlineData("super easy", RepReplyKind.All, Difficulty.TooEasy)]
    [InlineData("done, too easy", RepReplyKind.All, Difficulty.TooEasy)]
    [InlineData("15 too easy", RepReplyKind.Counts, Difficulty.TooEasy)]
    [InlineData("10, too hard", RepReplyKind.Counts, Difficulty.TooHard)]
    [InlineData("15 not too hard", RepReplyKind.Counts, Difficulty.Normal)]
    public void How_a_set_felt_is_kept_with_what_was_done(string text, RepReplyKind kind, Difficulty difficulty)
    {
        var reply = RepReplyParser.Parse(text);

        Assert.Equal(kind, reply.Kind);
        Assert.Equal(difficulty, reply.Difficulty);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("hello")]
    [InlineData("what do I do now?")]
    [InlineData("🙂")]
    [InlineData("12.5")]
    [InlineData("15 apples")]
    [InlineData("3x")]
    [InlineData("99999999999")]
    [InlineData("my knee hurts")]
    public void Anything_else_is_unclear(string text) =>
        Assert.Equal(RepReplyKind.Unclear, RepReplyParser.Parse(text).Kind);

    [Fact]
    public void A_five_thousand_character_message_is_not_read()
    {
        var text = string.Concat(Enumerable.Repeat("15 ", 1700));

        Assert.Equal(RepReplyKind.Unclear, RepReplyParser.Parse(text).Kind);
    }

    [Theory]
    [InlineData("couldn't do any")]
    [InlineData("Couldnt do any!")]
    [InlineData("not a single one")]
    public void Not_one_rep_is_a_set_that_was_too_hard(string text)
    {
        var reply = RepReplyParser.Parse(text);

        Assert.Equal((RepReplyKind.NoneDone, Difficulty.TooHard), (reply.Kind, reply.Difficulty));
    }
}
