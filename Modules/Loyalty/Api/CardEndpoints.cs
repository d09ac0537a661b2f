using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ModularCrm.Modules.Loyalty.Data;
using ModularCrm.Modules.Loyalty.Pages;
using ModularCrm.Modules.Loyalty.Rules;
using ModularCrm.Sdk.Data;
using ModularCrm.Sdk.Templates;
using ModularCrm.Sdk.Web;

namespace ModularCrm.Modules.Loyalty.Api;

/// <summary>
/// Cards: <c>/api/shops/{shop}/loyalty/cards</c> (issue on demand, look up, holder details, Code 128 barcode as SVG)
/// and, public, <c>/balance?card=…&amp;email=…</c>, the customer's own lookup.
/// </summary>
internal static class CardEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        var cards = api.MapGroup("/cards").WithTags("Loyalty");
        cards.MapGet("/", ListAsync).WithName("loyalty.cards.list");
        cards.MapPost("/", IssueAsync).WithName("loyalty.cards.issue");
        cards.MapGet("/{number}", GetAsync).WithName("loyalty.cards.get");
        cards.MapPut("/{number}", UpdateAsync).WithName("loyalty.cards.update");
        cards.MapGet("/{number}/barcode.svg", BarcodeAsync).WithName("loyalty.cards.barcode");
    }

    /// <summary>
    /// The customer's own lookup, without an account (<c>/p/{shop}/loyalty/balance</c>): both the card number and its
    /// email are needed, and a wrong pair answers exactly like an unknown card.
    /// </summary>
    public static void MapPublic(IEndpointRouteBuilder routes) =>
        routes.MapGet("/balance", BalanceAsync).WithTags("Loyalty").WithName("loyalty.balance");

    private static async Task<IResult> ListAsync(IShopDb db, long? contactId, int? page, int? pageSize, CancellationToken ct)
    {
        var size = Math.Clamp(pageSize ?? 50, 1, 500);
        return Results.Ok(await CardStore.ListAsync(db, contactId, (Math.Max(page ?? 1, 1) - 1) * size, size, ct));
    }

    private static async Task<IResult> IssueAsync(IShopDb db, TimeProvider clock, CardInput input, CancellationToken ct) =>
        LoyaltyProblems.Answer(await IssueCardAsync(db, clock, input, ct), "Carte refusée", card => Results.Created($"cards/{card.Number}", card));

    /// <summary>Issues a card to a contact on demand (API and pages); a contact has one card at most.</summary>
    public static async Task<Outcome<CardView>> IssueCardAsync(IShopDb db, TimeProvider clock, CardInput input, CancellationToken ct)
    {
        var errors = new InputErrors();
        if (input.ContactId is not > 0)
        {
            errors.Add("contactId", "Le contact (identifiant du module contacts) est obligatoire.");
        }

        var name = errors.Text(input.HolderName, "holderName", 200, required: false);
        var email = Email(input.Email, errors);
        if (errors.Any)
        {
            return Outcome<CardView>.Invalid(errors);
        }

        var now = clock.GetUtcNow();
        var (card, created) = await db.InTransactionAsync(tx => CardStore.IssueAsync(tx, input.ContactId!.Value, name, email, "demand", now, ct), ct);
        if (!created)
        {
            return Refusal.Conflict("card.exists", "contactId", $"Le contact n° {card.ContactId} a déjà la carte {card.Number}.", new { number = card.Number });
        }

        return await CardViews.BuildAsync(db, card, Today(clock), ct);
    }

    private static async Task<IResult> GetAsync(IShopDb db, TimeProvider clock, string number, CancellationToken ct) =>
        await CardStore.FindByNumberAsync(db, CardNumbers.Normalize(number), ct) is { } card
            ? Results.Ok(await CardViews.BuildAsync(db, card, Today(clock), ct))
            : NotFound(number);

    private static async Task<IResult> UpdateAsync(IShopDb db, TimeProvider clock, string number, CardInput input, CancellationToken ct)
    {
        if (await CardStore.FindByNumberAsync(db, CardNumbers.Normalize(number), ct) is not { } card)
        {
            return NotFound(number);
        }

        var errors = new InputErrors();
        var name = errors.Text(input.HolderName, "holderName", 200, required: false);
        var email = Email(input.Email, errors);
        if (input.ContactId is { } contact && contact != card.ContactId)
        {
            errors.Add("contactId", "Une carte ne change pas de titulaire : émettez une carte au nouveau contact.");
        }

        if (errors.Any)
        {
            return LoyaltyProblems.Invalid(errors.Errors, "Carte refusée");
        }

        await CardStore.UpdateHolderAsync(db, card.Id, name, email, ct);
        return Results.Ok(await CardViews.BuildAsync(db, (await CardStore.FindByNumberAsync(db, card.Number, ct))!, Today(clock), ct));
    }

    private static async Task<IResult> BarcodeAsync(IShopDb db, string number, CancellationToken ct) =>
        await CardStore.FindByNumberAsync(db, CardNumbers.Normalize(number), ct) is { } card
            ? Results.Text(Code128.Svg(card.Number), "image/svg+xml")
            : NotFound(number);

    private static async Task<IResult> BalanceAsync(HttpContext http, IShopDb db, ITemplateRenderer templates, ShopContext shop, TimeProvider clock, string? card, string? email, CancellationToken ct)
    {
        if (PublicBalancePage.Wanted(http.Request))
        {
            // The first visit shows the empty form, not two "required" errors.
            var asked = !string.IsNullOrWhiteSpace(card) || !string.IsNullOrWhiteSpace(email);
            return await PublicBalancePage.RenderAsync(http.Request, templates, shop, card, email, asked ? await LookupAsync(db, clock, card, email, ct) : null, ct);
        }

        return LoyaltyProblems.Answer(await LookupAsync(db, clock, card, email, ct), "Consultation refusée", Results.Ok);
    }

    /// <summary>
    /// The customer's lookup (JSON and HTML alike). Unknown card and wrong e-mail get the same answer, so that the
    /// lookup does not confirm that a number exists.
    /// </summary>
    public static async Task<Outcome<PublicBalanceView>> LookupAsync(IShopSql db, TimeProvider clock, string? card, string? email, CancellationToken ct)
    {
        var errors = new InputErrors();
        var number = CardNumbers.Normalize(card);
        if (number.Length == 0)
        {
            errors.Add("card", "Le numéro de carte est obligatoire.");
        }
        else if (!CardNumbers.IsValid(number))
        {
            errors.Add("card", $"« {card} » n'est pas un numéro de carte valide ({CardNumbers.Length} chiffres, vérifiez la saisie).");
        }

        var address = errors.Text(email, "email", 254, required: true);
        if (errors.Any)
        {
            return Outcome<PublicBalanceView>.Invalid(errors);
        }

        var found = await CardStore.FindByNumberAsync(db, number, ct);
        if (found?.Email is null || !string.Equals(found.Email, address, StringComparison.OrdinalIgnoreCase))
        {
            return Refusal.NotFound("Carte introuvable", "Aucune carte ne correspond à ce numéro et à cette adresse e-mail.");
        }

        var view = await CardViews.BuildAsync(db, found, Today(clock), ct);
        return new PublicBalanceView(view.Number, view.HolderName, view.Programs, view.Rewards.Where(r => r.Status == "available").ToList());
    }

    private static string? Email(string? value, InputErrors errors)
    {
        var email = errors.Text(value, "email", 254, required: false);
        if (email is not null && (email.IndexOf('@', StringComparison.Ordinal) is < 1 || email.EndsWith('@')))
        {
            errors.Add("email", $"« {email} » n'est pas une adresse e-mail.");
        }

        return email;
    }

    internal static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    internal static Refusal Missing(string number) => Refusal.NotFound("Carte introuvable", $"Aucune carte n° {number} dans cette boutique.");

    internal static IResult NotFound(string number) => LoyaltyProblems.Of(Missing(number));
}
