using HipBand.Coaching.Scheduling;

namespace HipBand.Coaching.Tests.Scheduling;

public class TimeZonesTests
{
    [Theory]
    [InlineData("Europe/Berlin", "Europe/Berlin")]
    [InlineData("europe/berlin", "Europe/Berlin")]
    [InlineData("America/New York", "America/New_York")]
    [InlineData("Asia/Kolkata", "Asia/Kolkata")]
    [InlineData("Berlin", "Europe/Berlin")]
    [InlineData("new york", "America/New_York")]
    [InlineData("São Paulo", "America/Sao_Paulo")]
    [InlineData("Mumbai", "Asia/Kolkata")]
    [InlineData("UTC", "UTC")]
    [InlineData("GMT", "UTC")]
    [InlineData("UTC+2", "UTC+02:00")]
    [InlineData("utc-5", "UTC-05:00")]
    [InlineData("GMT+5:30", "UTC+05:30")]
    [InlineData("+0545", "UTC+05:45")]
    [InlineData("UTC+0", "UTC")]
    public void Zones_are_read_from_ids_cities_and_offsets(string text, string expected)
    {
        Assert.True(TimeZones.TryParse(text, out var zone));
        Assert.Equal(expected, zone);
    }

    [Theory]
    [InlineData("Atlantis")]
    [InlineData("UTC+15")]
    [InlineData("UTC+2:20")]
    [InlineData("")]
    public void Unknown_zones_are_refused(string text) => Assert.False(TimeZones.TryParse(text, out _));

    [Fact]
    public void An_offset_zone_converts_without_daylight_saving()
    {
        var instant = new DateTimeOffset(2026, 7, 1, 12, 0, 0, TimeSpan.Zero);

        Assert.Equal(new DateTime(2026, 7, 1, 17, 30, 0), TimeZones.ToLocal(instant, "UTC+05:30").DateTime);
    }

    [Fact]
    public void A_named_zone_follows_daylight_saving()
    {
        var winter = TimeZones.ToLocal(new DateTimeOffset(2026, 1, 15, 12, 0, 0, TimeSpan.Zero), "Europe/Berlin");
        var summer = TimeZones.ToLocal(new DateTimeOffset(2026, 7, 15, 12, 0, 0, TimeSpan.Zero), "Europe/Berlin");

        Assert.Equal(13, winter.Hour);
        Assert.Equal(14, summer.Hour);
    }

    [Theory]
    [InlineData(Weekdays.Monday | Weekdays.Wednesday | Weekdays.Friday, false)]
    [InlineData(Weekdays.Monday | Weekdays.Tuesday, true)]
    [InlineData(Weekdays.Sunday | Weekdays.Monday, true)]
    [InlineData(Weekdays.Tuesday | Weekdays.Thursday | Weekdays.Saturday, false)]
    public void Back_to_back_days_are_noticed(Weekdays days, bool expected) =>
        Assert.Equal(expected, days.HasBackToBackDays());
}
