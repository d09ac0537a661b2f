using Microsoft.AspNetCore.DataProtection;
using ModularCrm.Modules.Blog.Comments;

namespace ModularCrm.Modules.Blog.Tests.Comments;

public sealed class CommentGuardTests
{
    private readonly ManualClock clock = new(new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero));
    private readonly CommentGuard guard;

    public CommentGuardTests() =>
        guard = new CommentGuard(DataProtectionProvider.Create("blog-tests"), new BlogOptions { MinimumFillTime = TimeSpan.FromSeconds(3), MaximumFillTime = TimeSpan.FromHours(1) }, clock);

    [Fact]
    public void Check_SentAfterTheMinimumTime_IsAccepted()
    {
        var token = guard.Issue(1, 7);
        clock.Now += TimeSpan.FromSeconds(4);

        Assert.Null(guard.Check(token, 1, 7));
    }

    [Fact]
    public void Check_SentAtOnce_IsTooFast()
    {
        var token = guard.Issue(1, 7);
        clock.Now += TimeSpan.FromSeconds(1);

        Assert.Equal(CommentGuard.TooFast, guard.Check(token, 1, 7));
    }

    [Fact]
    public void Check_OldForm_IsExpired()
    {
        var token = guard.Issue(1, 7);
        clock.Now += TimeSpan.FromHours(2);

        Assert.Equal(CommentGuard.Expired, guard.Check(token, 1, 7));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("1:7:0")]
    public void Check_MissingOrMadeUpToken_IsForged(string? token) => Assert.Equal(CommentGuard.Forged, guard.Check(token, 1, 7));

    [Fact]
    public void Check_TokenOfAnotherPostOrShop_IsForged()
    {
        var token = guard.Issue(1, 7);
        clock.Now += TimeSpan.FromSeconds(10);

        Assert.Equal(CommentGuard.Forged, guard.Check(token, 1, 8));
        Assert.Equal(CommentGuard.Forged, guard.Check(token, 2, 7));
    }
}
