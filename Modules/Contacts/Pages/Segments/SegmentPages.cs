using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ModularCrm.Modules.Contacts.Api;
using ModularCrm.Modules.Contacts.Pages.Shared;
using ModularCrm.Modules.Contacts.Segments;
using ModularCrm.Sdk.Data;
using ModularCrm.Sdk.Web;

namespace ModularCrm.Modules.Contacts.Pages.Segments;

/// <summary>
/// <c>/shops/{shop}/contacts/segments</c>: saved filters with their counts and CSV export; a form to create or change
/// one, whose "count" button shows how many contacts it keeps without saving (no JavaScript needed).
/// </summary>
internal static class SegmentPages
{
    public static void Map(IEndpointRouteBuilder pages)
    {
        pages.MapGet("/segments", ListAsync);
        pages.MapGet("/segments/new", (IShopPages shop, CancellationToken ct) => FormAsync(shop, new SegmentForm(new Dictionary<string, string?>()), null, new Dictionary<string, string[]>(), StatusCodes.Status200OK, ct));
        pages.MapGet("/segments/{id:long}", EditAsync);
        pages.MapPost("/segments", PostAsync);
        pages.MapGet("/segments/{id:long}/export.csv", (IShopDb db, long id, CancellationToken ct) =>
            SegmentEndpoints.WithSegment(db, id, f => SegmentEndpoints.ExportAsync(db, f, ct), ct));
    }

    private static async Task<IResult> ListAsync(IShopDb db, IShopPages pages, string? done, CancellationToken ct)
    {
        var t = PageText.For(pages.Language);
        var culture = new PageCulture(pages.Language);
        var rows = new List<object>();
        foreach (var (id, name, filter) in await SegmentEndpoints.SavedAsync(db, ct))
        {
            rows.Add(new { Id = id, Name = name, Count = culture.Number(await SegmentEndpoints.CountOfAsync(db, filter, ct)) });
        }

        var model = new { T = t.Table, Base = pages.BasePath, Segments = rows, HasSegments = rows.Count > 0, Saved = done == "saved" };
        return await pages.RenderAsync(t["segments"], "pages/segments.html", model, cancellationToken: ct);
    }

    private static async Task<IResult> EditAsync(IShopDb db, IShopPages pages, long id, CancellationToken ct)
    {
        var saved = (await SegmentEndpoints.SavedAsync(db, ct)).Where(s => s.Id == id).ToList();
        if (saved.Count == 0)
        {
            return PageResults.NotFound(pages, "segment_not_found", PageText.For(pages.Language).Format("no_segment_n", id));
        }

        var form = SegmentForm.Of(saved[0].Name, saved[0].Filter, new PageCulture(pages.Language));
        return await FormAsync(pages, form, await SegmentEndpoints.CountOfAsync(db, saved[0].Filter, ct), new Dictionary<string, string[]>(), StatusCodes.Status200OK, ct);
    }

    private static async Task<IResult> PostAsync(IShopDb db, IShopPages pages, TimeProvider clock, IFormCollection posted, CancellationToken ct)
    {
        var t = PageText.For(pages.Language);
        var form = SegmentForm.Of(posted);
        var (filter, errors) = form.Read(t, new PageCulture(pages.Language));
        foreach (var (field, messages) in SegmentQuery.Validate(filter))
        {
            errors[field] = messages;
        }

        if (errors.Count > 0)
        {
            return await FormAsync(pages, form, null, errors, StatusCodes.Status400BadRequest, ct);
        }

        if (posted["action"] != "save")
        {
            return await FormAsync(pages, form, await SegmentEndpoints.CountOfAsync(db, filter, ct), errors, StatusCodes.Status200OK, ct);
        }

        var outcome = ApiOutcome.Of(await SegmentEndpoints.SaveAsync(db, clock, new SegmentInput(form["name"], filter), ct));
        return outcome.Succeeded
            ? Results.Redirect($"{pages.BasePath}/segments?done=saved")
            : await FormAsync(pages, form, null, outcome.In(PageText.For(pages.Language)).Errors.ToDictionary(), StatusCodes.Status400BadRequest, ct);
    }

    private static Task<IResult> FormAsync(IShopPages pages, SegmentForm form, long? count, Dictionary<string, string[]> errors, int status, CancellationToken ct)
    {
        var t = PageText.For(pages.Language);
        string? Error(string field) => errors.TryGetValue(field, out var m) ? string.Join(" ", m) : null;
        FormOption Choice(string field, string value, string label) => new(value, label, form[field] == value);
        FormInput Text(string field, string type = "text") => new(field, field, t["segment_" + field], form[field], Error(field), type);
        FormSelect Select(string field, IEnumerable<FormOption> options) => new(field, field, t["segment_" + field], options.ToList(), Error(field));
        var model = new
        {
            T = t.Table,
            Base = pages.BasePath,
            Antiforgery = pages.Antiforgery,
            Texts = new[] { Text("name"), Text("city"), Text("tag"), Text("minAnnualRevenue"), Text("lastPurchaseBefore", "date") },
            Selects = new[]
            {
                Select("kind", [Choice("kind", "person", t["kind_person"]), Choice("kind", "company", t["kind_company"])]),
                Select("lifecycle", ContactValidator.Lifecycles.Select(l => Choice("lifecycle", l, t["lifecycle_" + l]))),
                Select("isHost", [Choice("isHost", "true", t["yes"]), Choice("isHost", "false", t["no"])]),
                Select("consent", Consents.Consents.Channels.Select(c => Choice("consent", c, t["channel_" + c]))),
            },
            HasCount = count is not null,
            Count = count is { } n ? t.Format("segment_count", new PageCulture(pages.Language).Number(n)) : null,
            HasErrors = errors.Count > 0,
        };
        return pages.RenderAsync(t["segment_title"], "pages/segment-form.html", model, status, ct);
    }
}
