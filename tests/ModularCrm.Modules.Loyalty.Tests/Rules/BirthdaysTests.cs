using ModularCrm.Modules.Loyalty.Rules;

namespace ModularCrm.Modules.Loyalty.Tests.Rules;

public sealed class BirthdaysTests
{
    [Theory]
    [InlineData("1990-11-24", "2026-11-24", true)]
    [InlineData("1990-11-24", "2026-11-25", false)]
    [InlineData("1990-11-24", "2026-10-24", false)]
    [InlineData("1992-02-29", "2026-02-28", true)]
    [InlineData("1992-02-29", "2028-02-28", false)]
    [InlineData("1992-02-29", "2028-02-29", true)]
    public void IsBirthday_BirthAndToday_TellsWhetherToWishIt(string birth, string today, bool expected) =>
        Assert.Equal(expected, Birthdays.IsBirthday(DateOnly.Parse(birth), DateOnly.Parse(today)));
}
