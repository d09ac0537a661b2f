using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ModularCrm.Modules.Contacts.Consents;
using ModularCrm.Modules.Contacts.CustomFields;
using ModularCrm.Modules.Contacts.Interactions;
using ModularCrm.Modules.Contacts.Pages.Shared;
using ModularCrm.Sdk.Data;
using ModularCrm.Sdk.Web;

namespace ModularCrm.Modules.Contacts.Pages;

/// <summary>
/// The contact page's forms: a consent change, a staff interaction, the custom values. Each calls the API's handler
/// and redirects back on success (post/redirect/get), or draws the contact page again with the errors (400).
/// </summary>
internal static class ContactDetailForms
{
    public static void Map(IEndpointRouteBuilder pages)
    {
        pages.MapPost("/{id:long}/consents", ConsentAsync);
        pages.MapPost("/{id:long}/interactions", InteractionAsync);
        pages.MapPost("/{id:long}/custom-values", CustomValuesAsync);
    }

    private static async Task<IResult> ConsentAsync(IShopDb db, IShopPages pages, TimeProvider clock, long id, IFormCollection form, CancellationToken ct)
    {
        var posted = Posted(form, "channel", "status", "date", "source", "proof");
        if (!TryDate(posted["date"], out var date))
        {
            var errors = new FormErrors();
            errors.Add("date", PageText.For(pages.Language)["bad_date"]);
            var bad = new ApiOutcome(StatusCodes.Status400BadRequest, errors, null, null);
            return await ContactDetailPage.RenderAsync(db, pages, clock, id, null, new FailedForm("consent", bad, posted), ct);
        }

        // Today's date means now: noon would still be in the future all morning, which the API refuses.
        var now = clock.GetUtcNow();
        var input = new ConsentInput(posted["status"], date?.Date == now.Date ? now : date, posted["source"], posted["proof"]);
        return await Back(db, pages, clock, id, "consent", posted, ConsentEndpoints.SetAsync(db, clock, id, posted["channel"] ?? string.Empty, input, ct), ct);
    }

    private static async Task<IResult> InteractionAsync(IShopDb db, IShopPages pages, TimeProvider clock, long id, IFormCollection form, CancellationToken ct)
    {
        var posted = Posted(form, "kind", "subject", "body");
        var kind = ContactDetailPage.StaffInteractionKinds.Contains(posted["kind"]) ? posted["kind"] : null;
        var input = new InteractionInput(kind ?? posted["kind"] ?? string.Empty, null, posted["subject"], posted["body"]);
        return await Back(db, pages, clock, id, "interaction", posted, InteractionEndpoints.AddAsync(db, clock, id, input, ct), ct);
    }

    private static async Task<IResult> CustomValuesAsync(IShopDb db, IShopPages pages, TimeProvider clock, long id, IFormCollection form, CancellationToken ct)
    {
        var culture = new PageCulture(pages.Language);
        var fields = await CustomFieldEndpoints.ListAsync(db, ct);
        var posted = Posted(form, fields.Select(f => f.Code).ToArray());
        var input = fields.ToDictionary(f => f.Code, f => CustomFieldForm.ToJson(f.Type, posted[f.Code], culture), StringComparer.Ordinal);
        return await Back(db, pages, clock, id, "custom", posted, CustomFieldEndpoints.SetValuesAsync(db, id, input, ct), ct);
    }

    private static async Task<IResult> Back(
        IShopDb db, IShopPages pages, TimeProvider clock, long id, string form, IReadOnlyDictionary<string, string?> posted, Task<IResult> call, CancellationToken ct)
    {
        var outcome = ApiOutcome.Of(await call).In(PageText.For(pages.Language));
        if (outcome.Status == StatusCodes.Status404NotFound)
        {
            return PageResults.ContactNotFound(pages, id);
        }

        return outcome.Succeeded
            ? Results.Redirect($"{pages.BasePath}/{id}?done={form}")
            : await ContactDetailPage.RenderAsync(db, pages, clock, id, null, new FailedForm(form, outcome, posted), ct);
    }

    private static Dictionary<string, string?> Posted(IFormCollection form, params string[] names) =>
        names.ToDictionary(n => n, n => form.TryGetValue(n, out var v) && !string.IsNullOrWhiteSpace(v.ToString()) ? v.ToString() : null, StringComparer.Ordinal);

    /// <summary>An empty date means "now" for the API; a date field sends yyyy-MM-dd, taken at noon UTC so that no time zone moves its day.</summary>
    private static bool TryDate(string? text, out DateTimeOffset? date)
    {
        date = null;
        if (text is null)
        {
            return true;
        }

        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return false;
        }

        date = new DateTimeOffset(day.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero);
        return true;
    }
}
