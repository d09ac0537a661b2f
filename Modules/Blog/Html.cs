using System.Globalization;
using ModularCrm.Sdk.Web;

namespace ModularCrm.Modules.Blog;

/// <summary>HTML helpers: every text that is not the module's own markup goes through <see cref="E"/>.</summary>
internal static class Html
{
    public static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    private static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    /// <summary>Encoded for text and for attribute values in double quotes.</summary>
    public static string E(string? text) => HtmlText.Encode(text);

    /// <summary>The shop's wall-clock time (French shops): what people read and type.</summary>
    public static DateTime Local(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, Paris).DateTime;

    /// <summary>A Paris wall-clock time typed in a form, as an instant.</summary>
    public static DateTimeOffset FromLocal(DateTime local)
    {
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        return new DateTimeOffset(unspecified, Paris.GetUtcOffset(unspecified));
    }

    public static string Date(DateTimeOffset? at, CultureInfo culture) =>
        at is { } value ? Local(value).ToString("d MMMM yyyy", culture) : string.Empty;
}
