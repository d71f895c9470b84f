using HipBand.Coaching.Catalog;
using HipBand.Coaching.Dialog.Answers;
using HipBand.Coaching.Scheduling;

namespace HipBand.Coaching.Tests.Dialog.Answers;

public class AnswersTests
{
    [Theory]
    [InlineData("running", Goal.Running)]
    [InlineData("Running", Goal.Running)]
    [InlineData("I run trails", Goal.Running)]
    [InlineData("stronger hips", Goal.Strength)]
    [InlineData("strength", Goal.Strength)]
    [InlineData("warm-up", Goal.WarmUp)]
    [InlineData("warmup before lifting", Goal.WarmUp)]
    [InlineData("warm up before running", Goal.WarmUp)]
    [InlineData("gentle", Goal.Gentle)]
    [InlineData("rehab after injury", Goal.Gentle)]
    public void Goals_are_read_from_plain_words(string text, Goal expected)
    {
        Assert.True(GoalAnswer.TryParse(text, out var goal));
        Assert.Equal(expected, goal);
    }

    [Theory]
    [InlineData("1")]
    [InlineData("banana")]
    [InlineData("")]
    public void Unknown_goals_are_refused(string text) => Assert.False(GoalAnswer.TryParse(text, out _));

    [Theory]
    [InlineData("yellow, green, black", new[] { "yellow", "green", "black" })]
    [InlineData("Yellow, Green, Black", new[] { "yellow", "green", "black" })]
    [InlineData("yellow green black", new[] { "yellow", "green", "black" })]
    [InlineData("red and blue", new[] { "red", "blue" })]
    [InlineData("light band, medium band, extra heavy", new[] { "light", "medium", "extra heavy" })]
    [InlineData("light > heavy", new[] { "light", "heavy" })]
    [InlineData("green", new[] { "green" })]
    [InlineData("none", new string[0])]
    [InlineData("No bands", new string[0])]
    [InlineData("just one", new[] { "your band" })]
    [InlineData("a, b, c, d, e", new[] { "a", "b", "c", "d", "e" })]
    [InlineData("I don't have any bands", new string[0])]
    [InlineData("I don’t have any", new string[0])]
    [InlineData("I have no bands", new string[0])]
    [InlineData("n/a", new string[0])]
    [InlineData("N/A", new string[0])]
    [InlineData("I have yellow, green and black", new[] { "yellow", "green", "black" })]
    [InlineData("dark blue, extra heavy", new[] { "dark blue", "extra heavy" })]
    public void Bands_are_kept_lightest_first_by_the_names_people_use(string text, string[] expected)
    {
        Assert.True(BandsAnswer.TryParse(text, out var bands));
        Assert.Equal(expected, bands);
    }

    [Theory]
    [InlineData("a, b, c, d, e, f, g, h, i")]
    [InlineData("🙂")]
    [InlineData("")]
    [InlineData("this band name is far far far too long to be a band")]
    [InlineData("I think I have a red one somewhere in the garage")]
    [InlineData("my sister lent me some, not sure of the colours")]
    public void Band_lists_that_cannot_be_right_are_refused(string text) => Assert.False(BandsAnswer.TryParse(text, out _));

    [Theory]
    [InlineData("Mon Wed Fri", Weekdays.Monday | Weekdays.Wednesday | Weekdays.Friday)]
    [InlineData("mon, wed, fri", Weekdays.Monday | Weekdays.Wednesday | Weekdays.Friday)]
    [InlineData("Tuesday and Thursday", Weekdays.Tuesday | Weekdays.Thursday)]
    [InlineData("tues/thurs/sat", Weekdays.Tuesday | Weekdays.Thursday | Weekdays.Saturday)]
    [InlineData("Mondays and Fridays", Weekdays.Monday | Weekdays.Friday)]
    [InlineData("daily", Weekdays.Every)]
    [InlineData("every day", Weekdays.Every)]
    [InlineData("weekends", Weekdays.Saturday | Weekdays.Sunday)]
    public void Days_are_read_in_the_usual_spellings(string text, Weekdays expected)
    {
        Assert.True(DaysAnswer.TryParse(text, out var days));
        Assert.Equal(expected, days);
    }

    [Theory]
    [InlineData("soon")]
    [InlineData("mon and later")]
    [InlineData("")]
    public void Unreadable_days_are_refused(string text) => Assert.False(DaysAnswer.TryParse(text, out _));

    [Theory]
    [InlineData("07:30", 7, 30)]
    [InlineData("7:30", 7, 30)]
    [InlineData("7.30", 7, 30)]
    [InlineData("7am", 7, 0)]
    [InlineData("7 am", 7, 0)]
    [InlineData("6:15 pm", 18, 15)]
    [InlineData("12pm", 12, 0)]
    [InlineData("12am", 0, 0)]
    [InlineData("18h", 18, 0)]
    [InlineData("18h30", 18, 30)]
    [InlineData("at 19:00", 19, 0)]
    [InlineData("morning", 7, 0)]
    [InlineData("evening", 18, 0)]
    [InlineData("٠٧:٣٠", 7, 30)]
    [InlineData("७:३०", 7, 30)]
    [InlineData("１８:００", 18, 0)]
    public void Times_are_read_in_the_usual_spellings(string text, int hour, int minute)
    {
        Assert.True(TimeAnswer.TryParse(text, out var time));
        Assert.Equal(new TimeOnly(hour, minute), time);
    }

    [Theory]
    [InlineData("25:00")]
    [InlineData("7:75")]
    [InlineData("13pm")]
    [InlineData("whenever")]
    public void Impossible_times_are_refused(string text) => Assert.False(TimeAnswer.TryParse(text, out _));
}
