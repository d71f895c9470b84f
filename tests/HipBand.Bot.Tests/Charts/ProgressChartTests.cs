using HipBand.Bot.Charts;
using HipBand.Coaching.Catalog;
using HipBand.Coaching.Dialog;
using HipBand.Coaching.Progress;
using HipBand.Coaching.Scheduling;
using HipBand.Coaching.Storage;
using HipBand.Coaching.Text.English;
using SkiaSharp;

namespace HipBand.Bot.Tests.Charts;

public class ProgressChartTests
{
    /// <summary>A Thursday, 14:00 in Berlin.</summary>
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 13, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Weeks_are_the_last_eight_Mondays_with_their_work_and_sessions_and_the_plan_at_todays_targets()
    {
        var data = ProgressChartData.From(State(), Sets(), Now, EnglishTexts.Instance);

        Assert.Equal(ProgressChartData.FewestWeeks, data.Weeks.Count);
        Assert.All(data.Weeks, w => Assert.Equal(DayOfWeek.Monday, w.Monday.DayOfWeek));
        Assert.Equal(new DateTime(2026, 11, 23), data.Weeks[^1].Monday);
        Assert.Equal(new WeekBar(new DateTime(2026, 11, 16), 180, 3), data.Weeks[^2]);
        Assert.Equal(new WeekBar(new DateTime(2026, 11, 23), 70, 1), data.Weeks[^1]);
        Assert.Equal(0, data.Weeks[0].Work);
        Assert.Equal(3, data.Planned);

        // The latest session: clamshells 3 x 14, a couch stretch 2 x 30 s (10 each): 62 a session, three a week.
        Assert.Equal(62 * 3, data.PlanWork);
        var clamshell = data.Climbs.Single(c => c.Name == EnglishTexts.Instance.ExerciseName("clamshell"));
        Assert.Equal([12, 13, 14], clamshell.Points.Select(p => p.Aim));
        Assert.Equal(["yellow", "yellow", "green"], clamshell.Points.Select(p => p.Band));
        Assert.True(clamshell.Points.Zip(clamshell.Points.Skip(1)).All(p => p.First.Week < p.Second.Week));
    }

    [Fact]
    public void The_picture_is_a_PNG_that_decodes_to_a_phone_sized_image_with_something_drawn()
    {
        var png = ProgressChart.Render(ProgressChartData.From(State(), Sets(), Now, EnglishTexts.Instance), EnglishChartTexts.Instance);
        if (Environment.GetEnvironmentVariable("HIPBAND_CHART_OUT") is { Length: > 0 } path)
        {
            File.WriteAllBytes(path, png);
        }

        AssertPicture(png);
    }

    [Fact]
    public void A_memory_without_sets_or_plan_still_draws_its_weeks()
    {
        var state = new ChatState(new Profile(), new Conversation
        {
            Memory = new CoachMemory { Weeks = WeeklyStats.Add(new Dictionary<string, WeekTotals>(), Now, 40, completed: true) },
        });

        var data = ProgressChartData.From(state, [], Now, EnglishTexts.Instance);

        Assert.Null(data.PlanWork);
        Assert.Empty(data.Climbs);
        AssertPicture(ProgressChart.Render(data, EnglishChartTexts.Instance));
    }

    /// <summary>A PNG by its signature, decoded by SkiaSharp to the size drawn, and not one flat colour.</summary>
    internal static void AssertPicture(byte[] png)
    {
        Assert.Equal([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], png.Take(8));
        using var bitmap = SKBitmap.Decode(png);
        Assert.NotNull(bitmap);
        Assert.Equal((ProgressChart.Width, ProgressChart.WorkHeight + ProgressChart.ClimbHeight), (bitmap.Width, bitmap.Height));

        var colours = new HashSet<SKColor>();
        var notWhite = 0;
        for (var y = 0; y < bitmap.Height; y += 2)
        {
            for (var x = 0; x < bitmap.Width; x += 2)
            {
                var pixel = bitmap.GetPixel(x, y);
                colours.Add(pixel);
                notWhite += pixel == SKColors.White ? 0 : 1;
            }
        }

        Assert.True(colours.Count > 20, $"only {colours.Count} colours");
        Assert.True(notWhite > bitmap.Width * bitmap.Height / 4 / 50, $"only {notWhite} sampled pixels drawn");
    }

    private static ChatState State()
    {
        var weeks = new Dictionary<string, WeekTotals>();
        IReadOnlyDictionary<string, WeekTotals> memo = weeks;
        memo = WeeklyStats.Add(memo, new DateTimeOffset(2026, 11, 16, 8, 0, 0, TimeSpan.FromHours(1)), 60, completed: true);
        memo = WeeklyStats.Add(memo, new DateTimeOffset(2026, 11, 18, 8, 0, 0, TimeSpan.FromHours(1)), 60, completed: true);
        memo = WeeklyStats.Add(memo, new DateTimeOffset(2026, 11, 20, 8, 0, 0, TimeSpan.FromHours(1)), 60, completed: true);
        memo = WeeklyStats.Add(memo, new DateTimeOffset(2026, 11, 23, 8, 0, 0, TimeSpan.FromHours(1)), 70, completed: true);
        return new ChatState(
            new Profile { Days = Weekdays.Monday | Weekdays.Wednesday | Weekdays.Friday, TimeZone = "Europe/Berlin" },
            new Conversation { Memory = new CoachMemory { Weeks = memo } });
    }

    private static List<SetLogRecord> Sets()
    {
        var sets = new List<SetLogRecord>();
        void Session(int number, DateTimeOffset at, int aim, string band, int hold)
        {
            for (var set = 1; set <= 3; set++)
            {
                sets.Add(new SetLogRecord(number, "clamshell", null, set, DoseUnit.RepsPerSide, 12, 20, aim, band, Difficulty.Normal, at.AddMinutes(set))
                {
                    Aim = aim,
                    Placement = "above the knees",
                });
            }

            for (var set = 1; set <= 2; set++)
            {
                sets.Add(new SetLogRecord(number, "couch-stretch", null, set, DoseUnit.Seconds, 20, 45, hold, null, Difficulty.Normal, at.AddMinutes(5 + set)) { Aim = hold });
            }
        }

        Session(1, new DateTimeOffset(2026, 11, 16, 7, 0, 0, TimeSpan.Zero), 12, "yellow", 20);
        Session(2, new DateTimeOffset(2026, 11, 18, 7, 0, 0, TimeSpan.Zero), 13, "yellow", 25);
        Session(3, new DateTimeOffset(2026, 11, 23, 7, 0, 0, TimeSpan.Zero), 14, "green", 30);
        return sets;
    }
}
