using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ModularCrm.Modules.Newsletter.Issues;
using ModularCrm.Modules.Newsletter.Lists;
using ModularCrm.Sdk.Data;
using ModularCrm.Sdk.Web;

namespace ModularCrm.Modules.Newsletter.Web;

/// <summary>
/// The public archive of a newsletter: <c>GET /{slug}/archive</c> lists its sent issues, <c>GET /{slug}/archive/{id}</c>
/// shows one as it was sent (the web version, without anyone's links or tracking).
/// </summary>
internal static class ArchiveEndpoints
{
    public static void Map(IEndpointRouteBuilder routes)
    {
        routes.MapGet("/{slug}/archive", ListAsync);
        routes.MapGet("/{slug}/archive/{id:long}", ShowAsync);
    }

    private static async Task<IResult> ListAsync(HttpRequest request, IShopDb db, PublicPage page, NewsletterOptions options, ShopContext shop, string slug, CancellationToken ct)
    {
        if (await ListStore.FindBySlugAsync(db, slug, ct) is not { } list)
        {
            return await page.ShowAsync("Lettre introuvable", "<p>Cette boutique n'a pas de lettre d'information à cette adresse.</p>", StatusCodes.Status404NotFound, ct);
        }

        var links = PublicLinks.For(options, request, shop);
        var culture = CultureInfo.GetCultureInfo(shop.Culture);
        var items = (await IssueStore.SentAsync(db, list.Id, ct)).Select(i =>
            $"<li><a href=\"{Markup.Encode(links.ArchivedIssue(list.Slug, i.Id))}\">{Markup.Encode(i.Subject)}</a> " +
            $"<small>{i.SentAt?.ToString("d MMMM yyyy", culture)}</small></li>");
        var body = (items.Any() ? $"<ul>{string.Concat(items)}</ul>" : "<p>Aucun numéro envoyé pour l'instant.</p>") +
            $"<p><a href=\"{Markup.Encode(links.Subscribe(list.Slug))}\">S'inscrire</a></p>";
        return await page.ShowAsync($"{list.Name} : les numéros", body, ct: ct);
    }

    private static async Task<IResult> ShowAsync(IShopDb db, PublicPage page, string slug, long id, CancellationToken ct)
    {
        var list = await ListStore.FindBySlugAsync(db, slug, ct);
        return list is not null && await IssueStore.SnapshotAsync(db, list.Id, id, ct) is { } html
            ? page.Document(html)
            : await page.ShowAsync("Numéro introuvable", "<p>Ce numéro n'existe pas ou n'a pas encore été envoyé.</p>", StatusCodes.Status404NotFound, ct);
    }
}
