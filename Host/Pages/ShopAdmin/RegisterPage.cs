using System.Text;
using ModularCrm.Host.Core;
using ModularCrm.Host.Pages.Layout;
using ModularCrm.Host.Shops;
using ModularCrm.Host.Web;
using static ModularCrm.Host.Pages.Layout.Html;

namespace ModularCrm.Host.Pages.ShopAdmin;

/// <summary>
/// The shop's register of processing activities (registre des traitements, RGPD art. 30) as a page for its admins:
/// one section per activity declared in the manifests of the modules enabled for the shop, as the API
/// <c>/api/shops/{shop}/privacy/register</c> lists them, so the register follows what the shop actually runs.
/// </summary>
internal static class RegisterPage
{
    public static void Map(IEndpointRouteBuilder admin) =>
        admin.MapGet("/register", RenderAsync);

    private static async Task<IResult> RenderAsync(HttpContext http, RequestShop current, ShopModules shopModules, ModuleRuntime modules, TimeProvider clock, CancellationToken ct)
    {
        var session = PageSession.For(http);
        var r = RegisterText.For(session.Language);
        var enabled = (await shopModules.ListAsync(current.Shop.ShopId, ct)).Where(s => s.State == ShopModuleState.Enabled).Select(s => s.Id).ToHashSet();
        var activities = modules.Catalog.Modules
            .Where(m => enabled.Contains(m.Id) && m.Manifest is not null)
            .SelectMany(m => m.Manifest!.Processing.Select(p => (Module: m.Manifest.DisplayName, Activity: p)))
            .ToList();

        var body = new StringBuilder();
        body.Append($"<p>{E(string.Format(session.Text.Culture, r.Intro, current.Shop.Name))}</p>");
        body.Append($"<dl><dt>{E(r.Controller)}</dt><dd>{E(current.Shop.Name)}</dd><dt>{E(r.Generated)}</dt><dd>{E(session.Formats.DateTime(clock.GetUtcNow()))}</dd></dl>");
        if (activities.Count == 0)
        {
            body.Append($"<p>{E(r.Empty)}</p>");
        }
        else
        {
            body.Append($"<p class=\"muted\">{E(r.Declared)}</p>");
        }

        var index = 0;
        foreach (var (module, a) in activities)
        {
            var id = $"activity-{++index}";
            body.Append($"<section aria-labelledby=\"{id}\"><h2 id=\"{id}\">{E(a.Name)}</h2><dl>");
            Row(body, r.Module, module);
            Row(body, r.Purpose, a.Purpose);
            Row(body, r.LegalBasis, r.LegalBases.GetValueOrDefault(a.LegalBasis, a.LegalBasis));
            Row(body, r.Subjects, string.Join(", ", a.DataSubjects));
            Row(body, r.Categories, string.Join(", ", a.DataCategories));
            Row(body, r.Recipients, string.Join(", ", a.Recipients));
            Row(body, r.Retention, a.Retention);
            body.Append("</dl></section>");
        }

        return new LayoutResult(r.Title, body.ToString());
    }

    private static void Row(StringBuilder body, string term, string value) => body.Append($"<dt>{E(term)}</dt><dd>{E(value)}</dd>");
}
