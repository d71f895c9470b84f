namespace HipBand.Testing;

/// <summary>A clock tests move by hand; nothing waits for real time to pass.</summary>
public sealed class TestClock(DateTimeOffset start) : TimeProvider
{
    public static readonly DateTimeOffset Monday0700Utc = new(2026, 11, 16, 7, 0, 0, TimeSpan.Zero);

    private DateTimeOffset now = start;

    public TestClock()
        : this(Monday0700Utc)
    {
    }

    public override DateTimeOffset GetUtcNow() => now;

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override long GetTimestamp() => now.UtcTicks;

    public void Advance(TimeSpan by) => now += by;
}
