using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ModularCrm.Modules.Newsletter.Lists;
using ModularCrm.Sdk.Data;
using ModularCrm.Sdk.Web;
using static ModularCrm.Modules.Newsletter.Pages.PageHtml;

namespace ModularCrm.Modules.Newsletter.Pages;

/// <summary><c>/shops/{shop}/newsletter</c>: the shop's newsletters with their links, and the form that creates one.</summary>
internal static class ListsPage
{
    public static void Map(IEndpointRouteBuilder pages)
    {
        pages.MapGet("/", (HttpRequest request, IShopDb db, IShopPages p, ShopContext shop, NewsletterOptions options, CancellationToken ct) =>
            RenderAsync(request, db, p, shop, options, null, ApiAnswer.None, ct));
        pages.MapPost("/", CreateAsync);
    }

    private static async Task<IResult> CreateAsync(
        HttpRequest request, IShopDb db, IShopPages pages, ShopContext shop, NewsletterOptions options, TimeProvider clock, IFormCollection form, CancellationToken ct)
    {
        var input = new ListInput(form["slug"], form["name"], form["description"]);
        var answer = await ApiAnswer.OfAsync(ListEndpoints.CreateAsync(request, db, shop, options, clock, input, ct));
        return answer.Value is ListView created
            ? Results.Redirect($"{pages.BasePath}/{created.Id}?saved=1")
            : await RenderAsync(request, db, pages, shop, options, input, answer, ct);
    }

    private static async Task<IResult> RenderAsync(
        HttpRequest request, IShopDb db, IShopPages pages, ShopContext shop, NewsletterOptions options, ListInput? posted, ApiAnswer answer, CancellationToken ct)
    {
        var t = PageText.For(pages.Language);
        var lists = (await ApiAnswer.OfAsync(ListEndpoints.AllAsync(request, db, shop, options, ct))).Value as IReadOnlyList<ListView> ?? [];
        var table = lists.Count == 0
            ? $"<p>{E(t["none"])}</p>"
            : Table(
                [t["name"], t["slug"], t["subscribers"], t["issues"], t["public_form"]],
                lists.Select(l => new[]
                {
                    Link($"{pages.BasePath}/{l.Id}", l.Name), $"<code>{E(l.Slug)}</code>", Link($"{pages.BasePath}/{l.Id}/subscribers", t["subscribers"]),
                    Link($"{pages.BasePath}/{l.Id}/issues", t["issues"]), Link(l.SubscribeUrl, l.SubscribeUrl),
                }));
        var create = Form(
            pages,
            pages.BasePath,
            t["create_list"],
            Input("slug", t["slug"], posted?.Slug, answer),
            Input("name", t["name"], posted?.Name, answer),
            TextArea("description", t["description"], posted?.Description, answer, 3));
        var body = Notice(answer.Succeeded ? null : answer.General ?? t["refused"], true) + table + Section("new-list", t["new_list"], create);
        return pages.Page(t["newsletters"], body, answer.Status);
    }
}
