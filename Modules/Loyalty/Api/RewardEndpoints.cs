using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ModularCrm.Modules.Loyalty.Data;
using ModularCrm.Modules.Loyalty.Rules;
using ModularCrm.Sdk.Data;

namespace ModularCrm.Modules.Loyalty.Api;

/// <summary>Rewards: <c>/api/shops/{shop}/loyalty/rewards</c>; redeeming is one conditional UPDATE, so a voucher is used once.</summary>
internal static class RewardEndpoints
{
    private const decimal DefaultVatRate = 20m;

    public static void Map(IEndpointRouteBuilder api)
    {
        var rewards = api.MapGroup("/rewards").WithTags("Loyalty");
        rewards.MapGet("/", ListAsync).WithName("loyalty.rewards.list");
        rewards.MapGet("/{code}", GetAsync).WithName("loyalty.rewards.get");
        rewards.MapPost("/{code}/redeem", RedeemAsync).WithName("loyalty.rewards.redeem");
    }

    private static async Task<IResult> ListAsync(IShopDb db, TimeProvider clock, long? contactId, CancellationToken ct)
    {
        if (contactId is not { } contact)
        {
            return LoyaltyProblems.Invalid("contactId", "Précisez le contact dont vous voulez les bons et cadeaux.");
        }

        var today = CardEndpoints.Today(clock);
        return Results.Ok((await RewardStore.OfContactAsync(db, contact, ct)).Select(r => RewardView.From(r, today)));
    }

    private static async Task<IResult> GetAsync(IShopDb db, TimeProvider clock, string code, CancellationToken ct) =>
        await RewardStore.FindByCodeAsync(db, Normalize(code), ct) is { } reward
            ? Results.Ok(RewardView.From(reward, CardEndpoints.Today(clock)))
            : NotFound(code);

    private static async Task<IResult> RedeemAsync(IShopDb db, TimeProvider clock, string code, RedeemInput? input, CancellationToken ct) =>
        LoyaltyProblems.Answer(await RedeemCodeAsync(db, clock, code, input ?? new RedeemInput(null, null, null), ct), "Utilisation refusée", r => Results.Ok(new { reward = r.Reward, line = r.Line }));

    /// <summary>Uses a voucher or gift once (API and pages): the discount line to put on the document, or why not.</summary>
    public static async Task<Outcome<Redemption>> RedeemCodeAsync(IShopSql db, TimeProvider clock, string code, RedeemInput input, CancellationToken ct)
    {
        var errors = new InputErrors();
        var document = errors.Text(input.Document, "document", 80, required: false);
        if (input.DocumentTotalInclVat is < 0)
        {
            errors.Add("documentTotalInclVat", $"Le total du document ne peut pas être négatif (reçu {input.DocumentTotalInclVat}).");
        }

        if (input.VatRate is < 0 or > 100)
        {
            errors.Add("vatRate", $"Un taux de TVA entre 0 et 100 (reçu {input.VatRate}).");
        }

        if (string.IsNullOrWhiteSpace(code))
        {
            errors.Add("code", "Le code du bon est obligatoire.");
        }

        if (errors.Any)
        {
            return Outcome<Redemption>.Invalid(errors);
        }

        if (await RewardStore.FindByCodeAsync(db, Normalize(code), ct) is not { } reward)
        {
            return Missing(code) with { Field = "code" };
        }

        var line = RewardLines.For(reward.Code, reward.Kind, SqlValues.Money(reward.Value), reward.Label, input.DocumentTotalInclVat, input.VatRate ?? DefaultVatRate, out var missing);
        if (line is null)
        {
            errors.Add(missing!, "Un bon en pourcentage a besoin du total TTC du document pour calculer la remise.");
            return Outcome<Redemption>.Invalid(errors);
        }

        var today = CardEndpoints.Today(clock);
        if (await RewardStore.TryRedeemAsync(db, reward.Code, document, today, clock.GetUtcNow(), ct))
        {
            return new Redemption(RewardView.From((await RewardStore.FindByCodeAsync(db, reward.Code, ct))!, today), line);
        }

        var current = RewardView.From((await RewardStore.FindByCodeAsync(db, reward.Code, ct))!, today);
        return current.Status == "redeemed"
            ? Refusal.Conflict("reward.already_redeemed", "code", $"Le bon {current.Code} a déjà été utilisé le {current.RedeemedAt:dd/MM/yyyy HH:mm} ({current.RedeemedDocument ?? "document non précisé"}).", current)
            : Refusal.Conflict("reward.expired", "code", $"Le bon {current.Code} a expiré le {current.ExpiresOn:dd/MM/yyyy}.", current);
    }

    private static string Normalize(string code) => code.Trim().ToUpperInvariant();

    private static Refusal Missing(string code) => Refusal.NotFound("Bon introuvable", $"Aucun bon ou cadeau « {code} » dans cette boutique.");

    private static IResult NotFound(string code) => LoyaltyProblems.Of(Missing(code));
}
