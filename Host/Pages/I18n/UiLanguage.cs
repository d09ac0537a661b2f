using System.Globalization;

namespace ModularCrm.Host.Pages.I18n;

/// <summary>
/// The two languages of the interface. A user's choice is stored as a culture name in <c>core_users.culture</c>
/// (the column exists since 0001): <c>fr-FR</c> by default, <c>en-GB</c> for English.
/// </summary>
internal static class UiLanguage
{
    public const string French = "fr";
    public const string English = "en";

    public static readonly CultureInfo FrenchCulture = CultureInfo.GetCultureInfo("fr-FR");
    public static readonly CultureInfo EnglishCulture = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>"en" for any English culture name, "fr" for anything else, unknown or missing.</summary>
    public static string Of(string? culture) =>
        culture is not null && culture.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? English : French;

    public static CultureInfo Culture(string language) => language == English ? EnglishCulture : FrenchCulture;

    public static string CultureName(string language) => Culture(language).Name;

    public static HostText Text(string language) => language == English ? HostText.English : HostText.French;
}
