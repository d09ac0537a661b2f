using System.Net.Mail;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ModularCrm.Modules.Newsletter.Lists;
using ModularCrm.Modules.Newsletter.Subscriptions;
using ModularCrm.Sdk.Data;
using ModularCrm.Sdk.Web;

namespace ModularCrm.Modules.Newsletter.Web;

/// <summary>
/// Public sign-up under <c>/p/{shop}/newsletter</c>: <c>GET /{slug}</c> (the page with the form),
/// <c>POST /{slug}/subscribe</c> (from that page or a form embedded in another site), <c>GET /confirm/{token}</c> (a
/// one-button page: mail scanners follow GET links, so a GET never confirms) and <c>POST /confirm/{token}</c>.
/// </summary>
/// <remarks>
/// No antiforgery token on the sign-up post: the form is embedded in other sites' pages, where the host's cookie and
/// token cannot be. What a forged or scripted post can do is what anyone typing an address can do: have one
/// confirmation e-mail sent to it. Double opt-in makes that harmless (no consent, no contact until the link in the
/// mailbox is followed), the per-address limit and the per-client limit bound it, and the honeypot field drops naive bots.
/// </remarks>
internal static class SignupEndpoints
{
    public static void Map(IEndpointRouteBuilder routes)
    {
        routes.MapGet("/{slug}", PageAsync);
        routes.MapPost("/{slug}/subscribe", SubscribeAsync).DisableAntiforgery();
        routes.MapGet("/confirm/{token}", ConfirmPageAsync);
        routes.MapPost("/confirm/{token}", ConfirmAsync).DisableAntiforgery();
    }

    private static async Task<IResult> PageAsync(HttpRequest request, IShopDb db, PublicPage page, NewsletterOptions options, ShopContext shop, string slug, CancellationToken ct)
    {
        if (await ListStore.FindBySlugAsync(db, slug, ct) is not { } list)
        {
            return await NoSuchListAsync(page, ct);
        }

        var links = PublicLinks.For(options, request, shop);
        return await page.ShowAsync(list.Name, Intro(list, links) + EmbedForm.Html(list, links), ct: ct);
    }

    private static async Task<IResult> SubscribeAsync(
        HttpRequest request, IShopDb db, PublicPage page, SignupService signups, SignupLimiter limiter, NewsletterOptions options, ShopContext shop, string slug, CancellationToken ct)
    {
        if (await ListStore.FindBySlugAsync(db, slug, ct) is not { } list)
        {
            return await NoSuchListAsync(page, ct);
        }

        var links = PublicLinks.For(options, request, shop);
        var form = request.HasFormContentType ? await request.ReadFormAsync(ct) : null;
        var email = form?["email"].ToString().Trim() ?? string.Empty;
        if (!IsAddress(email))
        {
            var error = email.Length == 0 ? "Adresse e-mail : indiquez votre adresse." : $"Adresse e-mail : « {email} » n'est pas une adresse valide.";
            return await page.ShowAsync(list.Name, Intro(list, links) + EmbedForm.Html(list, links, error, email), StatusCodes.Status400BadRequest, ct);
        }

        if (!limiter.TryAcquire(shop.ShopId, request.HttpContext.Connection.RemoteIpAddress?.ToString()))
        {
            return await page.ShowAsync("Trop de demandes", "<p>Trop d'inscriptions depuis votre connexion. Réessayez dans quelques minutes.</p>", StatusCodes.Status429TooManyRequests, ct);
        }

        if (string.IsNullOrEmpty(form?[EmbedForm.Honeypot].ToString()))
        {
            await signups.RequestAsync(list, email, Field(form, "firstName", 100), Field(form, "lastName", 100), links, Problems.BaseUrl(request), ct);
        }

        // The same answer whether the address was new, pending, already subscribed or a bot's: nothing leaks.
        return await page.ShowAsync(
            "Vérifiez votre boîte de réception",
            $"<p>Si {Markup.Encode(email)} peut recevoir « {Markup.Encode(list.Name)} », un e-mail de confirmation vient de lui être envoyé. " +
            "Cliquez sur le lien qu'il contient pour confirmer votre inscription.</p>",
            ct: ct);
    }

    private static async Task<IResult> ConfirmPageAsync(IShopDb db, PublicPage page, NewsletterOptions options, string token, CancellationToken ct)
    {
        var signer = await ConfirmationSigner.ForAsync(db, options, ct);
        if (signer.Verify(token) is null)
        {
            return await page.InvalidLinkAsync(ct);
        }

        return await page.ShowAsync(
            "Confirmer l'inscription",
            "<form method=\"post\"><button type=\"submit\" name=\"confirm\" value=\"1\">Je confirme mon inscription</button></form>",
            ct: ct);
    }

    private static async Task<IResult> ConfirmAsync(HttpRequest request, PublicPage page, SignupService signups, NewsletterOptions options, ShopContext shop, string token, CancellationToken ct)
    {
        var proof = $"adresse IP {request.HttpContext.Connection.RemoteIpAddress?.ToString() ?? "inconnue"}";
        if (await signups.ConfirmAsync(token, proof, ct) is not var (list, row))
        {
            return await page.InvalidLinkAsync(ct);
        }

        var links = PublicLinks.For(options, request, shop);
        return await page.ShowAsync(
            "Inscription confirmée",
            $"<p>{Markup.Encode(row.Email)} recevra « {Markup.Encode(list.Name)} ». Chaque lettre contient un lien pour se désinscrire.</p>" +
            $"<p><a href=\"{Markup.Encode(links.Archive(list.Slug))}\">Lire les numéros précédents</a></p>",
            ct: ct);
    }

    private static string Intro(NewsletterList list, PublicLinks links) =>
        (list.Description is { } d ? $"<p>{Markup.Encode(d)}</p>" : string.Empty) +
        $"<p><a href=\"{Markup.Encode(links.Archive(list.Slug))}\">Les numéros précédents</a></p>";

    private static Task<IResult> NoSuchListAsync(PublicPage page, CancellationToken ct) =>
        page.ShowAsync("Lettre introuvable", "<p>Cette boutique n'a pas de lettre d'information à cette adresse.</p>", StatusCodes.Status404NotFound, ct);

    private static bool IsAddress(string email) =>
        email.Length is > 0 and <= 254 && MailAddress.TryCreate(email, out var parsed) && parsed.Address == email && parsed.Host.Contains('.', StringComparison.Ordinal);

    private static string? Field(IFormCollection? form, string name, int max) =>
        form?[name].ToString().Trim() is { Length: > 0 } value ? value[..Math.Min(value.Length, max)] : null;
}
