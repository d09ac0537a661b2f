using System.Reflection;
using System.Text.RegularExpressions;
using ModularCrm.Host.Pages.I18n;

namespace ModularCrm.Host.Tests.Pages.I18n;

public sealed partial class HostTextTests
{
    public static TheoryData<string> Strings() =>
        new(typeof(HostText).GetProperties().Where(p => p.PropertyType == typeof(string)).Select(p => p.Name));

    [Theory]
    [MemberData(nameof(Strings))]
    public void EveryString_BothLanguages_AreFilledAndTakeTheSamePlaceholders(string name)
    {
        var property = typeof(HostText).GetProperty(name, BindingFlags.Public | BindingFlags.Instance)!;
        var french = (string)property.GetValue(HostText.French)!;
        var english = (string)property.GetValue(HostText.English)!;

        Assert.False(string.IsNullOrWhiteSpace(french), $"{name} is blank in French");
        Assert.False(string.IsNullOrWhiteSpace(english), $"{name} is blank in English");
        Assert.Equal(Placeholders(french), Placeholders(english));
    }

    [Theory]
    [InlineData("en-GB", "en")]
    [InlineData("en-US", "en")]
    [InlineData("fr-FR", "fr")]
    [InlineData(null, "fr")]
    [InlineData("de-DE", "fr")]
    public void Language_OfACultureName_IsEnglishOnlyForEnglishCultures(string? culture, string expected) =>
        Assert.Equal(expected, UiLanguage.Of(culture));

    private static string[] Placeholders(string text) => PlaceholderPattern().Matches(text).Select(m => m.Value).Order().ToArray();

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex PlaceholderPattern();
}
