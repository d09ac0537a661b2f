using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ModularCrm.Modules.Contacts.CustomFields;
using ModularCrm.Modules.Contacts.Pages.Shared;
using ModularCrm.Sdk.Data;
using ModularCrm.Sdk.Web;

namespace ModularCrm.Modules.Contacts.Pages;

/// <summary>
/// <c>/shops/{shop}/contacts/custom-fields</c>: the shop's custom fields; create, rename, delete (a field holding
/// values asks for a second confirmation, as the API does with <c>?withValues=true</c>).
/// </summary>
internal static class CustomFieldPages
{
    public static void Map(IEndpointRouteBuilder pages)
    {
        pages.MapGet("/custom-fields", (IShopDb db, IShopPages shop, CancellationToken ct) => RenderAsync(db, shop, null, ct));
        pages.MapPost("/custom-fields", CreateAsync);
        pages.MapPost("/custom-fields/{code}/label", RenameAsync);
        pages.MapPost("/custom-fields/{code}/delete", DeleteAsync);
    }

    private static async Task<IResult> CreateAsync(IShopDb db, IShopPages pages, IFormCollection form, CancellationToken ct)
    {
        var posted = new Dictionary<string, string?> { ["code"] = form["code"].ToString(), ["label"] = form["label"].ToString(), ["type"] = form["type"].ToString() };
        var outcome = ApiOutcome.Of(await CustomFieldEndpoints.CreateAsync(db, new CustomFieldInput(Blank(posted["code"]), Blank(posted["label"]), Blank(posted["type"])), ct));
        return outcome.Succeeded ? Results.Redirect($"{pages.BasePath}/custom-fields") : await RenderAsync(db, pages, new FailedForm("new", outcome, posted), ct);
    }

    private static async Task<IResult> RenameAsync(IShopDb db, IShopPages pages, string code, IFormCollection form, CancellationToken ct)
    {
        var posted = new Dictionary<string, string?> { ["label"] = form["label"].ToString() };
        var outcome = ApiOutcome.Of(await CustomFieldEndpoints.UpdateAsync(db, code, new CustomFieldInput(null, Blank(posted["label"]), null), ct));
        return outcome.Succeeded ? Results.Redirect($"{pages.BasePath}/custom-fields") : await RenderAsync(db, pages, new FailedForm("field-" + code, outcome, posted), ct);
    }

    private static async Task<IResult> DeleteAsync(IShopDb db, IShopPages pages, string code, IFormCollection form, CancellationToken ct)
    {
        var outcome = ApiOutcome.Of(await CustomFieldEndpoints.DeleteAsync(db, code, form["withValues"] == "true", ct));
        return outcome.Succeeded ? Results.Redirect($"{pages.BasePath}/custom-fields") : await RenderAsync(db, pages, new FailedForm("field-" + code, outcome, new Dictionary<string, string?>()), ct);
    }

    private static async Task<IResult> RenderAsync(IShopDb db, IShopPages pages, FailedForm? failed, CancellationToken ct)
    {
        var t = PageText.For(pages.Language);
        var fields = await CustomFieldEndpoints.ListAsync(db, ct);
        var model = new
        {
            T = t.Table,
            Base = pages.BasePath,
            Antiforgery = pages.Antiforgery,
            Fields = fields.Select(f => new
            {
                f.Code,
                Label = failed?.Value("field-" + f.Code, "label") ?? f.Label,
                Type = t["type_" + f.Type],
                LabelError = failed?.Error("field-" + f.Code, "label"),
                Problem = failed?.Problem("field-" + f.Code),
                AskValues = failed?.Form == "field-" + f.Code && failed.Outcome.Status == StatusCodes.Status409Conflict,
            }).ToList(),
            New = new
            {
                Code = failed?.Value("new", "code"),
                Label = failed?.Value("new", "label"),
                Types = CustomFieldTypes.All.Select(type => new { Value = type, Label = t["type_" + type], Selected = failed?.Value("new", "type") == type }).ToList(),
                CodeError = failed?.Error("new", "code") ?? failed?.Problem("new"),
                LabelError = failed?.Error("new", "label"),
                TypeError = failed?.Error("new", "type"),
            },
        };
        return await pages.RenderAsync(t["custom_fields"], "pages/custom-fields.html", model, failed is null ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest, ct);
    }

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
