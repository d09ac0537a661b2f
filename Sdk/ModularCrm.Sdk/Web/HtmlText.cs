using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace ModularCrm.Sdk.Web;

/// <summary>
/// HTML encoding for pages built in C# (templates in HTML mode encode by themselves). One encoder for every module, so
/// that all pages escape alike: accented letters and other scripts stay readable in the page source; only the
/// characters that mean something in markup are escaped.
/// </summary>
public static class HtmlText
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>
    /// <paramref name="value"/> safe for element text and for an attribute value in double quotes; null gives an empty
    /// string.
    /// </summary>
    /// <param name="value">Any text: user input, database values, translated labels.</param>
    public static string Encode(string? value) => Encoder.Encode(value ?? string.Empty);
}
