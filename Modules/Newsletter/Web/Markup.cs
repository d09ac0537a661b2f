namespace ModularCrm.Modules.Newsletter.Web;

/// <summary>
/// HTML-encodes text for the pages this module writes by hand. Only the five markup characters: WebUtility would also
/// turn every accented letter into a numeric entity, which French pages do not need (they are UTF-8).
/// </summary>
internal static class Markup
{
    public static string Encode(string? text) =>
        (text ?? string.Empty)
            .Replace("&", "&amp;", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal)
            .Replace("\"", "&quot;", StringComparison.Ordinal)
            .Replace("'", "&#39;", StringComparison.Ordinal);
}
