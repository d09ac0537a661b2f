using System.Text;
using Microsoft.AspNetCore.Mvc;
using ModularCrm.Host.Auth;
using ModularCrm.Host.Pages.Layout;
using ModularCrm.Host.Shops;
using ModularCrm.Host.Templates;
using ModularCrm.Host.Web;
using static ModularCrm.Host.Pages.Layout.Html;

namespace ModularCrm.Host.Pages.ShopAdmin;

/// <summary>
/// The template editor: the templates of the modules enabled for the shop, each editable with a preview against
/// its sample data. Saving goes through <see cref="ShopTemplates.SaveAsync"/>, which refuses a text that does not
/// parse or render; the problems are shown under the text with their line and column.
/// </summary>
internal static class TemplatesPage
{
    public static void Map(IEndpointRouteBuilder admin)
    {
        admin.MapGet("/templates", ListAsync);
        admin.MapGet("/templates/edit", async (HttpContext http, RequestShop current, ShopModules modules, TemplateCatalog catalog, TemplateOverrideStore store, string? name, CancellationToken ct) =>
        {
            var template = await FindAsync(current, modules, catalog, name, ct);
            if (template is null)
            {
                return Results.NotFound();
            }

            var custom = await store.FindAsync(current.Shop.ShopId, template.FullName, ct);
            return Editor(http, current, template, custom?.Body ?? template.DefaultText, custom is not null, null, null, null);
        });
        admin.MapPost("/templates/edit", PostAsync);
    }

    private static async Task<IResult> ListAsync(HttpContext http, RequestShop current, ShopModules modules, TemplateCatalog catalog, TemplateOverrideStore store, CancellationToken ct)
    {
        var t = PageSession.For(http).Text;
        var enabled = await EnabledAsync(current, modules, ct);
        var overridden = await store.NamesAsync(current.Shop.ShopId, ct);
        var rows = new StringBuilder();
        foreach (var template in catalog.All.Where(x => enabled.Contains(x.ModuleId)).OrderBy(x => x.FullName, StringComparer.Ordinal))
        {
            var href = $"{Root(current)}/edit?name={Uri.EscapeDataString(template.FullName)}";
            rows.Append($"<tr><th scope=\"row\"><a href=\"{E(href)}\">{E(template.FullName)}</a></th><td>{E(template.Mode.ToString())}</td><td>{E(overridden.Contains(template.FullName) ? t.Customised : t.Default)}</td></tr>");
        }

        var body = rows.Length == 0
            ? $"<p>{E(t.NoTemplates)}</p>"
            : $"<div class=\"table-wrap\"><table><thead><tr><th scope=\"col\">{E(t.Template)}</th><th scope=\"col\">{E(t.Mode)}</th><th scope=\"col\">{E(t.State)}</th></tr></thead><tbody>{rows}</tbody></table></div>";
        return new LayoutResult(t.Templates, body);
    }

    private static async Task<IResult> PostAsync(
        HttpContext http, RequestShop current, ShopModules modules, TemplateCatalog catalog, ShopTemplates templates,
        [FromForm] string? name, [FromForm] string? text, [FromForm] string? action, CancellationToken ct)
    {
        var t = PageSession.For(http).Text;
        var template = await FindAsync(current, modules, catalog, name, ct);
        if (template is null)
        {
            return Results.NotFound();
        }

        text ??= string.Empty;
        switch (action)
        {
            case "reset":
                await templates.DeleteAsync(current.Shop, template, ct);
                return Editor(http, current, template, template.DefaultText, false, null, t.TemplateReset, null);
            case "save":
                var saved = await templates.SaveAsync(current.Shop, template, text, ShopAccess.UserId(http.User), ct);
                return saved.Succeeded
                    ? Editor(http, current, template, text, true, saved.Output, t.TemplateSaved, null)
                    : Editor(http, current, template, text, false, null, null, Problems(saved, t.TemplateRefused), StatusCodes.Status400BadRequest);
            default:
                var check = ShopTemplates.Check(current.Shop, template, text, SampleModel.Parse(template.SampleJson), ct);
                return check.Succeeded
                    ? Editor(http, current, template, text, false, check.Output, null, null)
                    : Editor(http, current, template, text, false, null, null, Problems(check, t.PreviewFailed), StatusCodes.Status400BadRequest);
        }
    }

    private static string Problems(TemplateCheck check, string title) =>
        title + " " + string.Join(" ; ", check.Problems.Select(p => p.ToString()));

    private static LayoutResult Editor(
        HttpContext http, RequestShop current, ModuleTemplate template, string text, bool overridden, string? preview, string? message, string? error, int status = StatusCodes.Status200OK)
    {
        var session = PageSession.For(http);
        var t = session.Text;
        var previewHtml = preview is null ? string.Empty : $"<h2>{E(t.Preview)}</h2><pre class=\"preview\">{E(preview)}</pre>";
        var body = $"""
            {Notice(message, error: false)}
            <p>{E(overridden ? t.Customised : t.Default)} — {E(template.Mode.ToString())}</p>
            <form class="stack" method="post" action="{Root(current)}/edit" novalidate>
            {Antiforgery(session.Antiforgery)}
            <input type="hidden" name="name" value="{E(template.FullName)}">
            {TextArea("text", t.TemplateText, text, error)}
            <button type="submit" name="action" value="preview" class="secondary">{E(t.Preview)}</button>
            <button type="submit" name="action" value="save">{E(t.Save)}</button>
            <button type="submit" name="action" value="reset" class="secondary">{E(t.ResetTemplate)}</button>
            </form>
            {previewHtml}
            """;
        return new LayoutResult(template.FullName, body, status);
    }

    private static string Root(RequestShop current) => $"/shops/{Uri.EscapeDataString(current.Shop.Slug)}/{PageLayout.AdminSegment}/templates";

    private static async Task<HashSet<string>> EnabledAsync(RequestShop current, ShopModules modules, CancellationToken ct) =>
        (await modules.ListAsync(current.Shop.ShopId, ct)).Where(m => m.State == ShopModuleState.Enabled).Select(m => m.Id).ToHashSet(StringComparer.Ordinal);

    private static async Task<ModuleTemplate?> FindAsync(RequestShop current, ShopModules modules, TemplateCatalog catalog, string? name, CancellationToken ct) =>
        name is not null && catalog.Find(name) is { } template && (await EnabledAsync(current, modules, ct)).Contains(template.ModuleId) ? template : null;
}
