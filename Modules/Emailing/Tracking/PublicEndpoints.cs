using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ModularCrm.Modules.Emailing.Campaigns;
using ModularCrm.Modules.Emailing.Outbox;
using ModularCrm.Modules.Emailing.Settings;
using ModularCrm.Sdk.Audience;
using ModularCrm.Sdk.Data;
using ModularCrm.Sdk.Web;

namespace ModularCrm.Modules.Emailing.Tracking;

/// <summary>
/// What recipients reach without an account, under <c>/p/{shop}/emailing</c>: <c>/u/{token}</c> (unsubscribe page, GET,
/// and its POST, which is also the RFC 8058 one-click target), <c>/o/{token}</c> (open pixel), <c>/c/{token}</c> (click
/// redirect, only to the shop's allowed hosts). Every token is signed: nothing else is trusted from the URL.
/// </summary>
internal static class PublicEndpoints
{
    private static readonly byte[] Pixel = Convert.FromBase64String("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7");

    public static void Map(IEndpointRouteBuilder routes)
    {
        // Link scanners fetch GET links: the visible link shows a one-button page, the unsubscription itself is a POST.
        routes.MapGet("/u/{token}", UnsubscribePageAsync);
        routes.MapPost("/u/{token}", UnsubscribeAsync).DisableAntiforgery();
        routes.MapGet("/o/{token}", OpenAsync);
        routes.MapGet("/c/{token}", ClickAsync);
    }

    private static async Task<IResult> UnsubscribePageAsync(IShopDb db, EmailingOptions options, ShopContext shop, string token, CancellationToken ct)
    {
        var (message, campaign) = await ResolveAsync(db, options, shop, LinkSigner.Unsubscribe, token, ct);
        if (message is null)
        {
            return PublicPage.InvalidLink();
        }

        var topic = TopicOf(message, campaign) is { } t
            ? $"""
              <p><label><input type="radio" name="scope" value="topic" checked> Ne plus recevoir « {WebUtility.HtmlEncode(message.TopicLabel ?? t)} »</label><br>
              <label><input type="radio" name="scope" value="all"> Ne plus recevoir aucun e-mail de {WebUtility.HtmlEncode(shop.Name)}</label></p>
              """
            : string.Empty;
        return PublicPage.Show(
            "Se désabonner",
            $"""
            <p>Adresse : {WebUtility.HtmlEncode(message.ToAddress)}</p>
            <form method="post">{topic}<button type="submit" name="confirm" value="1">Me désabonner</button></form>
            """);
    }

    private static async Task<IResult> UnsubscribeAsync(HttpRequest request, IShopDb db, IAudience audience, EmailingOptions options, ShopContext shop, TimeProvider clock, string token, CancellationToken ct)
    {
        var (message, campaign) = await ResolveAsync(db, options, shop, LinkSigner.Unsubscribe, token, ct);
        if (message is null)
        {
            return PublicPage.InvalidLink();
        }

        var form = request.HasFormContentType ? await request.ReadFormAsync(ct) : null;
        var topic = form?["scope"].ToString() == "all" ? null : TopicOf(message, campaign);
        var now = clock.GetUtcNow();
        var source = form?.ContainsKey("confirm") == true ? "emailing:unsubscribe-page" : "emailing:one-click";
        await db.InTransactionAsync(
            async tx =>
            {
                if (message.ContactId is { } contact)
                {
                    var proof = $"message {message.Id} ({message.ToAddress}), campagne {message.CampaignId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-"}";
                    await audience.WithdrawConsentAsync(tx, new ConsentWithdrawal(contact, AudienceChannel.Email, topic, source, proof, now), ct);
                }

                await EventStore.AddAsync(tx, message, "unsubscribe", null, topic is null ? "global" : "topic:" + topic, now, ct);
                await tx.PublishAsync(Unsubscribed.EventName, new Unsubscribed(message.Id, message.ContactId, message.ToAddress, topic, source, now), ct);
                return 0;
            },
            ct);
        var what = topic is null ? $"tous les e-mails de {shop.Name}" : $"« {message.TopicLabel ?? topic} »";
        return PublicPage.Show("Désabonnement enregistré", $"<p>{WebUtility.HtmlEncode(message.ToAddress)} ne recevra plus {WebUtility.HtmlEncode(what)}.</p>");
    }

    private static async Task<IResult> OpenAsync(IShopDb db, EmailingOptions options, ShopContext shop, TimeProvider clock, string token, CancellationToken ct)
    {
        var (message, _) = await ResolveAsync(db, options, shop, LinkSigner.Open, token, ct);
        if (message is not null)
        {
            await EventStore.AddAsync(db, message, "open", null, null, clock.GetUtcNow(), ct);
        }

        return Results.File(Pixel, "image/gif");
    }

    private static async Task<IResult> ClickAsync(IShopDb db, EmailingOptions options, ShopContext shop, TimeProvider clock, string token, CancellationToken ct)
    {
        var settings = await SettingsStore.GetAsync(db, ct);
        var payload = ShopLinks.For(options, string.Empty, shop, settings).Signer.Verify(LinkSigner.Click, token);
        var parts = payload?.Split('\n', 2);
        if (parts is not { Length: 2 } || !Uri.TryCreate(parts[1], UriKind.Absolute, out var target))
        {
            return PublicPage.InvalidLink();
        }

        // Signed by us, and still checked: a host removed from the allowed list stops redirecting at once.
        if (!settings.Allows(target))
        {
            return PublicPage.Show("Lien désactivé", "<p>Ce lien mène hors des sites de la boutique : il n'est plus suivi.</p>", StatusCodes.Status400BadRequest);
        }

        if (await OutboxStore.FindByRefAsync(db, parts[0], ct) is { } message)
        {
            await EventStore.AddAsync(db, message, "click", target.AbsoluteUri, null, clock.GetUtcNow(), ct);
        }

        return Results.Redirect(target.AbsoluteUri);
    }

    // A message queued through IMailOutbox carries its list; a campaign's messages take the campaign's.
    private static string? TopicOf(OutboxRef message, CampaignRow? campaign) => message.Topic ?? campaign?.Topic;

    private static async Task<(OutboxRef? Message, CampaignRow? Campaign)> ResolveAsync(
        IShopDb db, EmailingOptions options, ShopContext shop, string purpose, string token, CancellationToken ct)
    {
        var settings = await SettingsStore.GetAsync(db, ct);
        var reference = ShopLinks.For(options, string.Empty, shop, settings).Signer.Verify(purpose, token);
        var message = reference is null ? null : await OutboxStore.FindByRefAsync(db, reference, ct);
        var campaign = message?.CampaignId is { } id ? await CampaignStore.FindAsync(db, id, ct) : null;
        return (message, campaign);
    }
}
