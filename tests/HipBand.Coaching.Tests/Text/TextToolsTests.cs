using HipBand.Coaching.Text;

namespace HipBand.Coaching.Tests.Text;

public class TextToolsTests
{
    [Theory]
    [InlineData("١٢٣", "123")]
    [InlineData("पंद्रह १५", "पंद्रह 15")]
    [InlineData("１５ reps", "15 reps")]
    [InlineData("𝟏𝟓", "15")]
    [InlineData("৭:৩০", "7:30")]
    [InlineData("plain 42 💪", "plain 42 💪")]
    [InlineData("", "")]
    public void Every_decimal_digit_becomes_its_ascii_digit_and_nothing_else_changes(string text, string ascii) =>
        Assert.Equal(ascii, Digits.ToAscii(text));

    [Theory]
    [InlineData("short", 10, "short")]
    [InlineData("abcdefghij", 5, "abcd…")]
    [InlineData("ab💪💪💪", 4, "ab…")]
    [InlineData("ab💪💪💪", 5, "ab💪…")]
    [InlineData("e\u0301e\u0301e\u0301", 4, "e\u0301…")]
    [InlineData("🏳️‍🌈🏳️‍🌈", 7, "🏳️‍🌈…")]
    [InlineData("🏳️‍🌈🏳️‍🌈", 6, "…")]
    public void Clipping_never_splits_what_a_person_sees_as_one_character(string text, int max, string clipped) =>
        Assert.Equal(clipped, Graphemes.Clip(text, max));
}
