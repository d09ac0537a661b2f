using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ModularCrm.Modules.Newsletter.Subscriptions;
using ModularCrm.Modules.Newsletter.Web;
using ModularCrm.Sdk.Data;
using ModularCrm.Sdk.Web;

namespace ModularCrm.Modules.Newsletter.Lists;

/// <summary><c>/lists</c>: the shop's newsletters, their subscribers and the form to embed in another site.</summary>
internal static partial class ListEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/lists").WithTags("Newsletter");
        group.MapGet("/", AllAsync).WithName("newsletter.lists.list");
        group.MapPost("/", CreateAsync).WithName("newsletter.lists.create");
        group.MapGet("/{id:long}", GetAsync).WithName("newsletter.lists.get");
        group.MapPut("/{id:long}", UpdateAsync).WithName("newsletter.lists.update");
        group.MapGet("/{id:long}/subscribers", SubscribersAsync).WithName("newsletter.lists.subscribers");
        group.MapGet("/{id:long}/subscribers.csv", SubscriberExport.ExportAsync).WithName("newsletter.lists.subscribers.csv");
        group.MapGet("/{id:long}/embed", EmbedAsync).WithName("newsletter.lists.embed");
    }

    internal static async Task<IResult> AllAsync(HttpRequest request, IShopDb db, ShopContext shop, NewsletterOptions options, CancellationToken ct) =>
        Results.Ok((await ListStore.ListAsync(db, ct)).Select(l => View(l, PublicLinks.For(options, request, shop))).ToList());

    internal static Task<IResult> GetAsync(HttpRequest request, IShopDb db, ShopContext shop, NewsletterOptions options, long id, CancellationToken ct) =>
        WithList(db, id, l => Results.Ok(View(l, PublicLinks.For(options, request, shop))), ct);

    internal static Task<IResult> SubscribersAsync(IShopDb db, long id, string? status, CancellationToken ct) =>
        WithListAsync(db, id, async _ => Results.Ok((await SubscriptionStore.ListAsync(db, id, status, ct)).Select(Subscriber).ToList()), ct);

    internal static Task<IResult> EmbedAsync(HttpRequest request, IShopDb db, ShopContext shop, NewsletterOptions options, long id, CancellationToken ct) =>
        WithList(db, id, l => Results.Ok(new EmbedView(EmbedForm.Html(l, PublicLinks.For(options, request, shop)))), ct);

    internal static async Task<IResult> CreateAsync(HttpRequest request, IShopDb db, ShopContext shop, NewsletterOptions options, TimeProvider clock, ListInput input, CancellationToken ct)
    {
        var errors = Validate(input, creating: true);
        var slug = input.Slug?.Trim().ToLowerInvariant() ?? string.Empty;
        if (errors.Count == 0 && await ListStore.FindBySlugAsync(db, slug, ct) is not null)
        {
            errors["slug"] = [$"Une lettre « {slug} » existe déjà dans cette boutique."];
        }

        if (errors.Count > 0)
        {
            return Problems.Invalid("Lettre refusée", errors);
        }

        var id = await ListStore.InsertAsync(db, slug, input.Name!.Trim(), Blank(input.Description), clock.GetUtcNow(), ct);
        return Results.Created($"lists/{id}", View((await ListStore.FindAsync(db, id, ct))!, PublicLinks.For(options, request, shop)));
    }

    internal static async Task<IResult> UpdateAsync(HttpRequest request, IShopDb db, ShopContext shop, NewsletterOptions options, TimeProvider clock, long id, ListInput input, CancellationToken ct)
    {
        var errors = Validate(input, creating: false);
        if (errors.Count > 0)
        {
            return Problems.Invalid("Lettre refusée", errors);
        }

        return await WithListAsync(db, id, async current =>
        {
            if (input.Slug is { } slug && !string.Equals(slug.Trim(), current.Slug, StringComparison.OrdinalIgnoreCase))
            {
                return Problems.Invalid("Lettre refusée", "slug", "L'identifiant d'une lettre ne change pas : il figure dans les liens déjà publiés et dans les désabonnements.");
            }

            await ListStore.UpdateAsync(db, id, input.Name!.Trim(), Blank(input.Description), clock.GetUtcNow(), ct);
            return Results.Ok(View((await ListStore.FindAsync(db, id, ct))!, PublicLinks.For(options, request, shop)));
        }, ct);
    }

    private static Dictionary<string, string[]> Validate(ListInput input, bool creating)
    {
        var errors = new Dictionary<string, string[]>();
        if (creating && (input.Slug is null || !Slug().IsMatch(input.Slug.Trim().ToLowerInvariant()) || input.Slug.Trim() == "confirm"))
        {
            errors["slug"] = ["Identifiant requis : 1 à 50 caractères, lettres minuscules sans accent, chiffres et tirets (ex. « actus-boutique »), autre que « confirm »."];
        }

        if (string.IsNullOrWhiteSpace(input.Name) || input.Name.Trim().Length > 200)
        {
            errors["name"] = ["Nom requis, 200 caractères au plus."];
        }

        if (input.Description?.Length > 1000)
        {
            errors["description"] = ["Description : 1000 caractères au plus."];
        }

        return errors;
    }

    private static ListView View(NewsletterList list, PublicLinks links) =>
        new(list.Id, list.Slug, list.Name, list.Description, list.Topic, links.Subscribe(list.Slug), links.Archive(list.Slug));

    private static SubscriberView Subscriber(SubscriptionRow s) =>
        new(s.Id, s.Email, s.FirstName, s.LastName, s.Status, s.ContactId, s.RequestedAt, s.ExpiresAt, s.ConfirmationsSent, s.ConfirmedAt, s.UnsubscribedAt, SubscriptionRow.ConsentSource);

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static Task<IResult> WithList(IShopDb db, long id, Func<NewsletterList, IResult> then, CancellationToken ct) =>
        WithListAsync(db, id, l => Task.FromResult(then(l)), ct);

    private static async Task<IResult> WithListAsync(IShopDb db, long id, Func<NewsletterList, Task<IResult>> then, CancellationToken ct) =>
        await ListStore.FindAsync(db, id, ct) is { } list ? await then(list) : Problems.ListNotFound(id);

    [GeneratedRegex("^[a-z0-9](?:[a-z0-9-]{0,48}[a-z0-9])?$")]
    private static partial Regex Slug();
}
