namespace ModularCrm.Modules.Contacts.Quality;

/// <summary>
/// Overseas departments share the French 10-digit plan but have their own country codes, so
/// "0692 12 34 56" is +262 692 12 34 56, not +33 692...
/// </summary>
internal static class FrenchOverseasNumbers
{
    // National prefix (after the 0) -> country calling code.
    private static readonly (string Prefix, string CountryCode)[] Ranges =
    [
        ("262", "262"), ("263", "262"), ("269", "262"), ("639", "262"), ("692", "262"), ("693", "262"),
        ("590", "590"), ("690", "590"), ("691", "590"),
        ("594", "594"), ("694", "594"),
        ("596", "596"), ("696", "596"), ("697", "596"),
    ];

    private static readonly string[] CountryCodes = ["262", "590", "594", "596"];

    /// <summary>The calling code for a 9-digit national significant number, "33" for metropolitan France.</summary>
    public static string CountryCodeFor(string nationalSignificant)
    {
        foreach (var (prefix, code) in Ranges)
        {
            if (nationalSignificant.StartsWith(prefix, StringComparison.Ordinal))
            {
                return code;
            }
        }

        return "33";
    }

    /// <summary>True when an international number uses an overseas calling code.</summary>
    public static bool IsOverseasCountryCode(string digits, out string countryCode)
    {
        countryCode = CountryCodes.FirstOrDefault(c => digits.StartsWith(c, StringComparison.Ordinal)) ?? string.Empty;
        return countryCode.Length > 0;
    }
}
