using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ModularCrm.Modules.Loyalty.Data;
using ModularCrm.Modules.Loyalty.Rules;
using ModularCrm.Sdk.Data;

namespace ModularCrm.Modules.Loyalty.Api;

/// <summary>
/// <c>POST /cards/{number}/merge</c> <c>{from}</c>: a customer known twice (two contacts, two cards) keeps one card. In
/// one transaction the other card's movements, vouchers, purchases and hosted meetings move to the kept card and its
/// contact, and the other card is deleted. Deleting first, conditionally, makes two simultaneous merges of the same
/// card move things once: the second finds nothing to delete and changes nothing.
/// </summary>
internal static class CardMerge
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/cards/{number}/merge", MergeAsync).WithTags("Loyalty").WithName("loyalty.cards.merge");

    private static async Task<IResult> MergeAsync(IShopDb db, TimeProvider clock, string number, CardMergeInput input, CancellationToken ct) =>
        LoyaltyProblems.Answer(await MergeCardsAsync(db, clock, number, input, ct), "Fusion refusée", Results.Ok);

    /// <summary>Merges the card <c>input.From</c> into <paramref name="number"/> (API and pages).</summary>
    public static async Task<Outcome<CardView>> MergeCardsAsync(IShopDb db, TimeProvider clock, string number, CardMergeInput input, CancellationToken ct)
    {
        if (await CardStore.FindByNumberAsync(db, CardNumbers.Normalize(number), ct) is not { } keep)
        {
            return CardEndpoints.Missing(number);
        }

        var errors = new InputErrors();
        var from = CardNumbers.Normalize(input.From);
        if (from.Length == 0)
        {
            errors.Add("from", "Le numéro de la carte à fusionner est obligatoire.");
        }
        else if (from == keep.Number)
        {
            errors.Add("from", "Une carte ne se fusionne pas avec elle-même.");
        }

        if (errors.Any)
        {
            return Outcome<CardView>.Invalid(errors);
        }

        if (await CardStore.FindByNumberAsync(db, from, ct) is not { } gone)
        {
            return CardEndpoints.Missing(input.From!) with { Field = "from" };
        }

        var merged = await db.InTransactionAsync(tx => MoveAsync(tx, keep, gone, ct), ct);
        if (!merged)
        {
            return Refusal.Conflict("card.already_merged", "from", $"La carte {gone.Number} vient d'être fusionnée ou supprimée.");
        }

        return await CardViews.BuildAsync(db, (await CardStore.FindByNumberAsync(db, keep.Number, ct))!, CardEndpoints.Today(clock), ct);
    }

    private static async Task<bool> MoveAsync(IShopTransaction tx, CardRecord keep, CardRecord gone, CancellationToken ct)
    {
        var args = new { keep = keep.Id, gone = gone.Id, keepContact = keep.ContactId, goneContact = gone.ContactId, claim = Claims.Card(gone.ContactId) };
        if (await tx.ExecuteAsync("DELETE FROM loyalty_cards WHERE shop_id = @shop AND id = @gone", args, ct) == 0)
        {
            return false;
        }

        await tx.ExecuteAsync("UPDATE loyalty_movements SET card_id = @keep WHERE shop_id = @shop AND card_id = @gone", args, ct);
        await tx.ExecuteAsync(
            "UPDATE loyalty_rewards SET card_id = CASE WHEN card_id IS NULL THEN NULL ELSE @keep END, contact_id = @keepContact WHERE shop_id = @shop AND (card_id = @gone OR contact_id = @goneContact)",
            args,
            ct);
        await tx.ExecuteAsync("UPDATE loyalty_purchases SET contact_id = @keepContact WHERE shop_id = @shop AND contact_id = @goneContact", args, ct);
        await tx.ExecuteAsync("UPDATE loyalty_credits SET contact_id = @keepContact WHERE shop_id = @shop AND contact_id = @goneContact", args, ct);
        await tx.ExecuteAsync("UPDATE loyalty_meetings SET host_contact_id = @keepContact WHERE shop_id = @shop AND host_contact_id = @goneContact", args, ct);

        // The other contact may buy again (until the contacts module merges it): let a new card be issued to it then.
        await tx.ExecuteAsync("DELETE FROM loyalty_claims WHERE shop_id = @shop AND claim_key = @claim", args, ct);
        return true;
    }
}
