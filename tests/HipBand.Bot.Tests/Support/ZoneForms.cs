namespace HipBand.Bot.Tests.Support;

/// <summary>Every form of zone a person can give, and when 09:00 on Monday 16 November 2026 is there, in UTC.</summary>
public static class ZoneForms
{
    public static readonly TheoryData<string, int, int, int> NineLocalOnMonday = new()
    {
        { "Europe/Berlin", 16, 8, 0 },
        { "Berlin", 16, 8, 0 },
        { "Delhi", 16, 3, 30 },
        { "UTC", 16, 9, 0 },
        { "GMT", 16, 9, 0 },
        { "UTC+2", 16, 7, 0 },
        { "UTC-5", 16, 14, 0 },
        { "UTC+14", 15, 19, 0 },
        { "UTC-12", 16, 21, 0 },
        { "UTC+5:30", 16, 3, 30 },
        { "UTC-3:30", 16, 12, 30 },
        { "UTC+5:45", 16, 3, 15 },
        { "UTC+9:30", 15, 23, 30 },
    };
}
