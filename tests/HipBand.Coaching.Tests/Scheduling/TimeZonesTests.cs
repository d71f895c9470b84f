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
    [InlineData("UTC+2", "Etc/GMT-2")]
    [InlineData("utc-5", "Etc/GMT+5")]
    [InlineData("UTC+14", "Etc/GMT-14")]
    [InlineData("UTC-12", "Etc/GMT+12")]
    [InlineData("UTC+02:00", "Etc/GMT-2")]
    [InlineData("GMT+5:30", "UTC+05:30")]
    [InlineData("UTC-3:30", "UTC-03:30")]
    [InlineData("+0545", "UTC+05:45")]
    [InlineData("UTC+0", "UTC")]
    [InlineData("UTC+٢", "Etc/GMT-2")]
    [InlineData("UTC+٥:٣٠", "UTC+05:30")]
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

    [Theory]
    [InlineData("UTC", 0)]
    [InlineData("Etc/GMT-2", 120)]
    [InlineData("Etc/GMT+5", -300)]
    [InlineData("Etc/GMT-14", 840)]
    [InlineData("UTC+05:30", 330)]
    [InlineData("UTC-03:30", -210)]
    [InlineData("UTC+05:45", 345)]
    [InlineData("UTC+02:00", 120)]
    public void Every_stored_form_resolves_to_exactly_its_fixed_offset_all_year(string id, int minutes)
    {
        var zone = TimeZones.Resolve(id)!;

        Assert.Equal(TimeSpan.FromMinutes(minutes), zone.GetUtcOffset(new DateTimeOffset(2026, 1, 15, 12, 0, 0, TimeSpan.Zero)));
        Assert.Equal(TimeSpan.FromMinutes(minutes), zone.GetUtcOffset(new DateTimeOffset(2026, 7, 15, 12, 0, 0, TimeSpan.Zero)));
    }

    [Theory]
    [InlineData("Atlantis/Nowhere")]
    [InlineData("UTC+99")]
    public void An_id_that_names_no_zone_resolves_to_nothing(string id) => Assert.Null(TimeZones.Resolve(id));

    [Theory]
    [InlineData("Etc/GMT-2", "UTC+2")]
    [InlineData("Etc/GMT+5", "UTC-5")]
    [InlineData("UTC+05:30", "UTC+5:30")]
    [InlineData("UTC-03:30", "UTC-3:30")]
    [InlineData("UTC", "UTC")]
    [InlineData("Europe/Berlin", "Europe/Berlin")]
    public void Zones_are_shown_the_way_people_write_them(string id, string shown) => Assert.Equal(shown, TimeZones.Display(id));

    [Theory]
    [InlineData("Etc/GMT-2", true)]
    [InlineData("UTC+05:30", true)]
    [InlineData("UTC", false)]
    [InlineData("Asia/Kolkata", false)]
    public void Fixed_offsets_are_told_apart_from_places(string id, bool fixedOffset) => Assert.Equal(fixedOffset, TimeZones.IsFixedOffset(id));

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
