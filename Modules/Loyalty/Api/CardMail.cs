using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using ModularCrm.Modules.Loyalty.Data;
using ModularCrm.Modules.Loyalty.Messages;
using ModularCrm.Modules.Loyalty.Rules;
using ModularCrm.Sdk.Audience;
using ModularCrm.Sdk.Data;
using ModularCrm.Sdk.Mail;
using ModularCrm.Sdk.Templates;
using ModularCrm.Sdk.Web;

namespace ModularCrm.Modules.Loyalty.Api;

/// <summary>
/// <c>POST /cards/{number}/email</c>: e-mails the printable card to its holder through the e-mailing module's outbox
/// (transactional: the customer's own card). The card is the message's HTML body: <c>MailRequest</c> has no
/// attachments yet, so the PDF is not attached.
/// </summary>
internal static class CardMail
{
    public const string Stream = "loyalty:card";

    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/cards/{number}/email", async (HttpContext http, IShopDb db, IAudience audience, ITemplateRenderer templates, ShopContext shop, string number, CancellationToken ct) =>
            LoyaltyProblems.Answer(await SendCardAsync(http.RequestServices, db, audience, templates, shop, number, ct), "Envoi refusé", sent => Results.Accepted(value: sent)))
            .WithTags("Loyalty").WithName("loyalty.cards.email");

    /// <summary>Queues the card's e-mail (API and card page); refused without the e-mailing module or an address.</summary>
    public static async Task<Outcome<CardMailSent>> SendCardAsync(
        IServiceProvider services, IShopDb db, IAudience audience, ITemplateRenderer templates, ShopContext shop, string number, CancellationToken ct)
    {
        if (await CardStore.FindByNumberAsync(db, CardNumbers.Normalize(number), ct) is not { } card)
        {
            return Refusal.NotFound("Carte introuvable", $"Aucune carte n° {number} dans cette boutique.");
        }

        if (await LoyaltyStartup.EnabledAsync<IMailOutbox>(services, "emailing", ct) is not { } mail)
        {
            return Refusal.Conflict("mail.unavailable", null, "Le module e-mailing n'est pas activé pour cette boutique : la carte ne peut pas être envoyée par e-mail.");
        }

        var member = await audience.FindAsync(db, card.ContactId, AudienceChannel.Email, ct);
        if ((card.Email ?? member?.Address) is not { } address)
        {
            return Refusal.Conflict("card.no_email", "email", "Ni la carte ni le contact n'ont d'adresse e-mail : ajoutez-en une à la carte.");
        }

        var html = (await CardPrintEndpoints.HtmlAsync(db, templates, shop, card.Number, ct))!;
        var subject = (await templates.RenderAsync("messages/card-subject.txt", MessageModel.For(shop.Name, card, member, null), ct)).Trim();
        var receipt = await mail.EnqueueAsync(db, new MailRequest(MailPurpose.Transactional, Stream, address, card.HolderName ?? member?.DisplayName, card.ContactId, subject, html), ct);
        return new CardMailSent(card.Number, address, receipt.MessageId);
    }
}
