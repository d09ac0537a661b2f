using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ModularCrm.Modules.Newsletter.Lists;
using ModularCrm.Sdk.Data;
using ModularCrm.Sdk.Web;
using static ModularCrm.Modules.Newsletter.Pages.PageHtml;

namespace ModularCrm.Modules.Newsletter.Pages;

/// <summary>
/// <c>/shops/{shop}/newsletter/{id}</c>: one newsletter, its name and description to edit (the identifier is fixed once
/// created), its public sign-up page and archive, and the HTML form to copy into the shop's own site.
/// </summary>
internal static class ListPage
{
    public static void Map(IEndpointRouteBuilder pages)
    {
        pages.MapGet("/{id:long}", (HttpRequest request, IShopDb db, IShopPages p, ShopContext shop, NewsletterOptions options, long id, CancellationToken ct) =>
            RenderAsync(request, db, p, shop, options, id, null, request.Query["saved"] == "1" ? null : ApiAnswer.None, ct));
        pages.MapPost("/{id:long}", UpdateAsync);
    }

    private static async Task<IResult> UpdateAsync(
        HttpRequest request, IShopDb db, IShopPages pages, ShopContext shop, NewsletterOptions options, TimeProvider clock, long id, IFormCollection form, CancellationToken ct)
    {
        var input = new ListInput(null, form["name"], form["description"]);
        var answer = await ApiAnswer.OfAsync(ListEndpoints.UpdateAsync(request, db, shop, options, clock, id, input, ct));
        return answer.Succeeded
            ? Results.Redirect($"{pages.BasePath}/{id}?saved=1")
            : await RenderAsync(request, db, pages, shop, options, id, input, answer, ct);
    }

    /// <param name="answer">The refused update, <see cref="ApiAnswer.None"/> for a plain view, null right after a save.</param>
    private static async Task<IResult> RenderAsync(
        HttpRequest request, IShopDb db, IShopPages pages, ShopContext shop, NewsletterOptions options, long id, ListInput? posted, ApiAnswer? answer, CancellationToken ct)
    {
        var t = PageText.For(pages.Language);
        if ((await ApiAnswer.OfAsync(ListEndpoints.GetAsync(request, db, shop, options, id, ct))).Value is not ListView list)
        {
            return pages.Page(t["newsletters"], $"<p>{E(t["not_found"])}</p>", StatusCodes.Status404NotFound);
        }

        var embed = (await ApiAnswer.OfAsync(ListEndpoints.EmbedAsync(request, db, shop, options, id, ct))).Value as EmbedView;
        var shown = answer ?? ApiAnswer.None;
        var notice = answer is null ? Notice(t["saved"], false) : Notice(shown.Succeeded ? null : shown.General ?? t["refused"], true);
        var links = $"""
            <p>{Link($"{pages.BasePath}/{id}/subscribers", t["subscribers"])} · {Link($"{pages.BasePath}/{id}/issues", t["issues"])}</p>
            <dl><dt>{E(t["slug"])}</dt><dd><code>{E(list.Slug)}</code></dd><dt>{E(t["topic"])}</dt><dd><code>{E(list.Topic)}</code></dd>
            <dt>{E(t["public_form"])}</dt><dd>{Link(list.SubscribeUrl, list.SubscribeUrl)}</dd><dt>{E(t["archive"])}</dt><dd>{Link(list.ArchiveUrl, list.ArchiveUrl)}</dd></dl>
            """;
        var edit = Form(
            pages,
            $"{pages.BasePath}/{id}",
            t["save"],
            Input("name", t["name"], posted?.Name ?? list.Name, shown),
            TextArea("description", t["description"], posted is null ? list.Description : posted.Description, shown, 3));
        var snippet = $"<div class=\"field\"><label for=\"embed\">{E(t["embed"])}</label><textarea id=\"embed\" rows=\"8\" readonly>{E(embed?.Html)}</textarea></div>";
        return pages.Page(list.Name, notice + links + edit + snippet, shown.Status);
    }
}
