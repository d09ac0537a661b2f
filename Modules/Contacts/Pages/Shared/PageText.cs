using System.Globalization;
using ModularCrm.Sdk.Web;

namespace ModularCrm.Modules.Contacts.Pages.Shared;

/// <summary>
/// The pages' words in one language, one table per language (<c>PageText.French.cs</c>, <c>PageText.English.cs</c>).
/// Templates read the table as <c>t.key</c>; code asks <c>t["key"]</c>, which throws on a key missing from the table so
/// that a forgotten translation fails the tests instead of rendering an empty label.
/// </summary>
internal sealed partial class PageText
{
    private PageText(string language, IReadOnlyDictionary<string, string> table)
    {
        Language = language;
        Table = table;
    }

    // Built on first use: the tables live in the other parts of this class, whose initialisation order C# leaves open.
    private static PageText? french;
    private static PageText? english;

    public static PageText French => french ??= new("fr", FrenchTable);

    public static PageText English => english ??= new("en", EnglishTable);

    public string Language { get; }

    /// <summary>The table as templates see it (<c>t.save</c>).</summary>
    public IReadOnlyDictionary<string, string> Table { get; }

    public string this[string key] => Table[key];

    public static PageText For(string language) => language == "en" ? English : French;

    /// <summary>
    /// An API error said in this language: the English text of its code filled with the error's values, or null to keep
    /// the API's own message (French pages, errors without a code or without a translation yet).
    /// </summary>
    public string? ErrorText(FieldError error) =>
        Language != "en" || error.Code is null || !EnglishErrors.TryGetValue(error.Code, out var text)
            ? null
            : string.Format(CultureInfo.GetCultureInfo("en-GB"), text, (error.Args ?? []).Cast<object?>().ToArray());

    /// <summary>A text with placeholders ({0}…), filled in the language's culture.</summary>
    public string Format(string key, params object?[] args) =>
        string.Format(CultureInfo.GetCultureInfo(Language == "en" ? "en-GB" : "fr-FR"), Table[key], args);
}
