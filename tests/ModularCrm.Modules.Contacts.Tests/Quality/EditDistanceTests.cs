using ModularCrm.Modules.Contacts.Quality;

namespace ModularCrm.Modules.Contacts.Tests.Quality;

public sealed class EditDistanceTests
{
    [Theory]
    [InlineData("gmail", "gmail", 0)]
    [InlineData("gmial", "gmail", 1)]
    [InlineData("yahho", "yahoo", 1)]
    [InlineData("frr", "fr", 1)]
    [InlineData("", "abc", 3)]
    [InlineData("abc", "", 3)]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("ca", "abc", 3)]
    public void Between_TwoWords_CountsEditsWithSwapAsOne(string a, string b, int expected)
    {
        Assert.Equal(expected, EditDistance.Between(a, b));
        Assert.Equal(expected, EditDistance.Between(b, a));
    }
}
