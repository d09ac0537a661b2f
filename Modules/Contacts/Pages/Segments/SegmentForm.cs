using System.Globalization;
using Microsoft.AspNetCore.Http;
using ModularCrm.Modules.Contacts.Pages.Shared;
using ModularCrm.Modules.Contacts.Segments;

namespace ModularCrm.Modules.Contacts.Pages.Segments;

/// <summary>
/// The segment form as posted (every field as typed) and the <see cref="SegmentFilter"/> it describes. Only the
/// reading of typed text (a number in the user's culture, a date field) is checked here; the API's
/// <c>SegmentQuery.Validate</c> checks the rest.
/// </summary>
internal sealed record SegmentForm(IReadOnlyDictionary<string, string?> Posted)
{
    public static readonly string[] Names = ["name", "kind", "lifecycle", "isHost", "minAnnualRevenue", "city", "lastPurchaseBefore", "consent", "tag"];

    public static SegmentForm Of(IFormCollection form) =>
        new(Names.ToDictionary(n => n, n => string.IsNullOrWhiteSpace(form[n].ToString()) ? null : form[n].ToString().Trim(), StringComparer.Ordinal));

    public static SegmentForm Of(string name, SegmentFilter f, PageCulture culture) => new(new Dictionary<string, string?>(StringComparer.Ordinal)
    {
        ["name"] = name,
        ["kind"] = f.Kind,
        ["lifecycle"] = f.Lifecycle,
        ["isHost"] = f.IsHost is { } host ? (host ? "true" : "false") : null,
        ["minAnnualRevenue"] = f.MinAnnualRevenue?.ToString(culture.Culture),
        ["city"] = f.City,
        ["lastPurchaseBefore"] = f.LastPurchaseBefore?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["consent"] = f.Consent,
        ["tag"] = f.Tag,
    });

    public string? this[string name] => Posted.GetValueOrDefault(name);

    /// <summary>The filter, with the fields whose text could not be read.</summary>
    public (SegmentFilter Filter, Dictionary<string, string[]> Errors) Read(PageText t, PageCulture culture)
    {
        var errors = new Dictionary<string, string[]>();
        decimal? min = null;
        if (this["minAnnualRevenue"] is { } text)
        {
            if (decimal.TryParse(text, NumberStyles.Number, culture.Culture, out var m) || decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out m))
            {
                min = m;
            }
            else
            {
                errors["minAnnualRevenue"] = [t["bad_number"]];
            }
        }

        DateOnly? before = null;
        if (this["lastPurchaseBefore"] is { } date)
        {
            if (DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
            {
                before = d;
            }
            else
            {
                errors["lastPurchaseBefore"] = [t["bad_date"]];
            }
        }

        var filter = new SegmentFilter
        {
            Kind = this["kind"], Lifecycle = this["lifecycle"], IsHost = this["isHost"] switch { "true" => true, "false" => false, _ => null },
            MinAnnualRevenue = min, City = this["city"], LastPurchaseBefore = before, Consent = this["consent"], Tag = this["tag"],
        };
        return (filter, errors);
    }
}
