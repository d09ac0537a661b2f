using System.Text.RegularExpressions;
using ModularCrm.Modules.Contacts.Pages.Shared;
using ModularCrm.Testing;

namespace ModularCrm.Modules.Contacts.Tests.Pages.Shared;

/// <summary>The two text tables against each other and against what the page templates ask for.</summary>
public sealed partial class PageTextTests
{
    private static string Templates => Path.Combine(RepoPaths.Root, "Modules", "Contacts", "Templates", "pages");

    [Fact]
    public void Tables_FrenchAndEnglish_HaveTheSameKeysAllFilledWithTheSamePlaceholders()
    {
        Assert.Equal(PageText.French.Table.Keys.Order(StringComparer.Ordinal), PageText.English.Table.Keys.Order(StringComparer.Ordinal));
        foreach (var (key, french) in PageText.French.Table)
        {
            var english = PageText.English[key];
            Assert.False(string.IsNullOrWhiteSpace(french) || string.IsNullOrWhiteSpace(english), key);
            Assert.Equal(Placeholders(french), Placeholders(english));
        }
    }

    [Fact]
    public void Templates_EveryTextTheyRead_IsInTheTables()
    {
        var used = Directory.GetFiles(Templates, "*.sbn").SelectMany(f => TextKey().Matches(File.ReadAllText(f)).Select(m => (File: Path.GetFileName(f), Key: m.Groups[1].Value)));

        var missing = used.Where(u => !PageText.French.Table.ContainsKey(u.Key)).Select(u => $"{u.File}: t.{u.Key}").Distinct().ToList();

        Assert.Empty(missing);
    }

    [Fact]
    public void For_English_IsEnglishAndAnythingElseFrench()
    {
        Assert.Equal("Save", PageText.For("en")["save"]);
        Assert.Equal("Enregistrer", PageText.For("fr")["save"]);
        Assert.Equal("Enregistrer", PageText.For("de")["save"]);
        Assert.Throws<KeyNotFoundException>(() => PageText.French["no_such_text"]);
    }

    private static List<string> Placeholders(string text) => [.. Placeholder().Matches(text).Select(m => m.Value).Order(StringComparer.Ordinal)];

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"\bt\.([a-z_]+)")]
    private static partial Regex TextKey();
}
