namespace ModularCrm.Modules.Contacts.Quality;

/// <summary>
/// Generic top-level domains we accept without question. Any two-letter extension is taken as a country
/// code; a longer extension missing from this list is only refused when it is one keystroke away from a
/// common one (".frr", ".cmo"), because new gTLDs are legitimate and must never be "corrected".
/// </summary>
internal static class KnownTopLevelDomains
{
    /// <summary>The extensions a typo is measured against, most likely first.</summary>
    public static readonly string[] Common = ["fr", "com", "net", "org", "eu"];

    private static readonly HashSet<string> Generic = new(StringComparer.Ordinal)
    {
        "com", "net", "org", "info", "biz", "edu", "gov", "mil", "int", "pro", "name", "mobi", "asia", "tel",
        "app", "dev", "io", "shop", "store", "online", "site", "tech", "xyz", "club", "paris", "bzh", "corsica",
        "alsace", "eus", "cat", "museum", "travel", "aero", "coop", "jobs", "ong", "ngo", "cam", "art", "blog",
        "cloud", "email", "live", "news", "page", "space", "website", "world", "agency", "studio", "design",
        "photo", "immo", "bio", "eco", "boutique", "fashion", "gift", "gifts", "one", "top",
        "love", "life", "family", "green", "media", "team", "works", "company", "services", "solutions",
        "consulting", "associates", "education", "school", "health", "care", "restaurant", "cafe", "bar",
        "wine", "vin", "beer", "house", "home", "land", "market", "sale", "deals", "run", "fit", "yoga",
    };

    /// <summary>True when the extension is a known gTLD or has the shape of a country code.</summary>
    public static bool IsKnown(string tld) => tld.Length == 2 || Generic.Contains(tld);
}
