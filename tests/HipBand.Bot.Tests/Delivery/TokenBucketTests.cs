using HipBand.Bot.Delivery;
using HipBand.Testing;

namespace HipBand.Bot.Tests.Delivery;

public class TokenBucketTests
{
    [Fact]
    public void A_private_chat_gets_a_short_burst_then_one_message_a_second()
    {
        var clock = new TestClock();
        var bucket = new TokenBucket(capacity: 3, perSecond: 1, clock);

        var waits = Enumerable.Range(0, 5).Select(_ => bucket.Reserve()).ToList();

        Assert.Equal([TimeSpan.Zero, TimeSpan.Zero, TimeSpan.Zero, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2)], waits);
    }

    [Fact]
    public void Time_refills_the_bucket_up_to_its_capacity_only()
    {
        var clock = new TestClock();
        var bucket = new TokenBucket(capacity: 3, perSecond: 1, clock);
        for (var i = 0; i < 3; i++)
        {
            bucket.Reserve();
        }

        clock.Advance(TimeSpan.FromHours(1));

        Assert.Equal(TimeSpan.Zero, bucket.Reserve());
        Assert.Equal(TimeSpan.Zero, bucket.Reserve());
        Assert.Equal(TimeSpan.Zero, bucket.Reserve());
        Assert.Equal(TimeSpan.FromSeconds(1), bucket.Reserve());
    }

    [Fact]
    public void Thirty_a_second_overall_spaces_the_thirty_first_message()
    {
        var clock = new TestClock();
        var bucket = new TokenBucket(capacity: 30, perSecond: 30, clock);

        var waits = Enumerable.Range(0, 31).Select(_ => bucket.Reserve()).ToList();

        Assert.All(waits.Take(30), w => Assert.Equal(TimeSpan.Zero, w));
        Assert.Equal(TimeSpan.FromSeconds(1.0 / 30), waits[30]);
    }

    [Fact]
    public void A_group_gets_twenty_a_minute()
    {
        var clock = new TestClock();
        var bucket = new TokenBucket(capacity: 1, perSecond: 20.0 / 60, clock);

        bucket.Reserve();
        var second = bucket.Reserve();

        Assert.Equal(TimeSpan.FromSeconds(3), second);
    }
}
