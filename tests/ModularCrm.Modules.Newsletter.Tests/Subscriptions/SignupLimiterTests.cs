using ModularCrm.Modules.Newsletter.Subscriptions;

namespace ModularCrm.Modules.Newsletter.Tests.Subscriptions;

public sealed class SignupLimiterTests
{
    private static readonly NewsletterOptions Options = new() { SignupsPerWindow = 3, SignupWindow = TimeSpan.FromMinutes(10) };

    [Fact]
    public void TryAcquire_OverTheLimitFromOneAddress_IsRefusedUntilTheWindowEnds()
    {
        var clock = new ManualClock(new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero));
        var limiter = new SignupLimiter(Options, clock);

        var firstThree = Enumerable.Range(0, 3).Select(_ => limiter.TryAcquire(1, "203.0.113.9")).ToList();
        var fourth = limiter.TryAcquire(1, "203.0.113.9");
        clock.Now = clock.Now.AddMinutes(10);
        var afterWindow = limiter.TryAcquire(1, "203.0.113.9");

        Assert.All(firstThree, Assert.True);
        Assert.False(fourth);
        Assert.True(afterWindow);
    }

    [Fact]
    public void TryAcquire_OtherAddressOrOtherShop_CountsSeparately()
    {
        var limiter = new SignupLimiter(Options, new ManualClock(DateTimeOffset.UnixEpoch));
        for (var i = 0; i < 4; i++)
        {
            limiter.TryAcquire(1, "203.0.113.9");
        }

        Assert.True(limiter.TryAcquire(1, "198.51.100.4"));
        Assert.True(limiter.TryAcquire(2, "203.0.113.9"));
    }
}
