namespace ModularCrm.Modules.Emailing.Tracking;

/// <summary>The RFC 2369 / RFC 8058 headers every marketing message carries.</summary>
internal static class Unsubscribe
{
    public static IReadOnlyDictionary<string, string> Headers(string url) => new Dictionary<string, string>
    {
        ["List-Unsubscribe"] = $"<{url}>",
        ["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click",
    };
}
