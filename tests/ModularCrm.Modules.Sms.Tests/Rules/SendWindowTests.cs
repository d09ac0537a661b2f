using ModularCrm.Modules.Sms.Rules;

namespace ModularCrm.Modules.Sms.Tests.Rules;

public sealed class SendWindowTests
{
    private static readonly SendWindow Paris = new(TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris"));

    [Theory]
    [InlineData("2026-11-24T10:00:00+01:00", true)] // Tuesday
    [InlineData("2026-11-24T07:59:59+01:00", false)]
    [InlineData("2026-11-24T19:59:00+01:00", true)]
    [InlineData("2026-11-24T20:00:00+01:00", false)]
    [InlineData("2026-11-28T11:59:00+01:00", true)] // Saturday morning
    [InlineData("2026-11-28T12:00:00+01:00", false)]
    [InlineData("2026-11-29T10:00:00+01:00", false)] // Sunday
    [InlineData("2026-07-14T10:00:00+02:00", false)] // Bastille Day, a Tuesday
    public void IsOpen_LocalTimes_FollowTheFrenchRules(string at, bool open)
    {
        Assert.Equal(open, Paris.IsOpen(DateTimeOffset.Parse(at)));
    }

    [Theory]
    [InlineData("2026-11-28T13:00:00+01:00", "2026-11-30T08:00:00+01:00")] // Saturday afternoon → Monday
    [InlineData("2026-11-24T06:30:00+01:00", "2026-11-24T08:00:00+01:00")] // early → same morning
    [InlineData("2026-11-24T21:00:00+01:00", "2026-11-25T08:00:00+01:00")] // evening → next morning
    [InlineData("2026-07-14T10:00:00+02:00", "2026-07-15T08:00:00+02:00")] // 14 July → 15 July
    [InlineData("2026-05-23T12:30:00+02:00", "2026-05-26T08:00:00+02:00")] // Saturday before Whit Monday → Tuesday
    [InlineData("2026-12-24T20:30:00+01:00", "2026-12-26T08:00:00+01:00")] // Christmas Eve evening → Saturday 26th
    public void NextOpen_OutsideTheWindow_IsTheNextOpening(string at, string expected)
    {
        Assert.Equal(DateTimeOffset.Parse(expected), Paris.NextOpen(DateTimeOffset.Parse(at)));
    }

    [Fact]
    public void NextOpen_InsideTheWindow_IsUnchanged()
    {
        var at = DateTimeOffset.Parse("2026-11-24T15:42:00+01:00");

        Assert.Equal(at, Paris.NextOpen(at));
    }

    [Fact]
    public void NextOpen_AcrossTheSpringClockChange_OpensAt8LocalSummerTime()
    {
        // Saturday 28 March 2026 afternoon; clocks go forward on Sunday 29: Monday 08:00 is UTC+2.
        Assert.Equal(DateTimeOffset.Parse("2026-03-30T06:00:00Z"), Paris.NextOpen(DateTimeOffset.Parse("2026-03-28T15:00:00+01:00")));
    }

    [Fact]
    public void NextOpen_OtherTimeZone_UsesItsLocalHours()
    {
        var martinique = new SendWindow(TimeZoneInfo.FindSystemTimeZoneById("America/Martinique"));

        Assert.Equal(DateTimeOffset.Parse("2026-11-24T08:00:00-04:00"), martinique.NextOpen(DateTimeOffset.Parse("2026-11-24T10:00:00+01:00")));
    }
}
