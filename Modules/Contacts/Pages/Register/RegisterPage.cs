using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ModularCrm.Modules.Contacts.Pages.Shared;
using ModularCrm.Sdk.Web;

namespace ModularCrm.Modules.Contacts.Pages.Register;

/// <summary>
/// <c>/shops/{shop}/contacts/register</c>: the processing activities of the customer file (RGPD art. 30), as the
/// module declares them in its manifest. The descriptions are the manifest's, in French: they are the register's text.
/// </summary>
internal static class RegisterPage
{
    public static void Map(IEndpointRouteBuilder pages) => pages.MapGet("/register", RenderAsync);

    private static async Task<IResult> RenderAsync(IShopPages pages, ModuleManifestFile manifest, CancellationToken ct)
    {
        var t = PageText.For(pages.Language);
        var activities = (await manifest.ProcessingAsync(ct)).Select(a => new
        {
            Name = ModuleManifestFile.Line(a, "name"),
            Rows = new[] { "purpose", "legalBasis", "dataSubjects", "dataCategories", "recipients", "retention" }
                .Select(p => new { Label = t["register_" + p], Value = ModuleManifestFile.Line(a, p) }).ToList(),
        }).ToList();
        return await pages.RenderAsync(t["register"], "pages/register.html", new { T = t.Table, Base = pages.BasePath, Activities = activities }, cancellationToken: ct);
    }
}
