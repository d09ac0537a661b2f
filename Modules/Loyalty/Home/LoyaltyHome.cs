using ModularCrm.Modules.Loyalty.Api;
using ModularCrm.Modules.Loyalty.Data;
using ModularCrm.Sdk.Data;
using ModularCrm.Sdk.Home;

namespace ModularCrm.Modules.Loyalty.Home;

/// <summary>
/// The home page's loyalty figures: cards whose holder bought in the last <see cref="ActiveDays"/> days, and vouchers
/// still to be used (not redeemed, not expired), both counted by the database.
/// </summary>
internal static class LoyaltyHome
{
    public const int ActiveDays = 90;

    public static async Task<IReadOnlyList<HomeFigure>> FiguresAsync(IShopDb db, TimeProvider clock, CancellationToken ct)
    {
        var today = CardEndpoints.Today(clock);
        var active = await db.QueryFirstOrDefaultAsync<long>(
            """
            SELECT COUNT(*) FROM loyalty_cards c
            WHERE c.shop_id = @shop AND EXISTS (
                SELECT 1 FROM loyalty_purchases p WHERE p.shop_id = c.shop_id AND p.contact_id = c.contact_id AND p.purchase_date >= @since)
            """,
            new { since = SqlValues.Date(today.AddDays(-ActiveDays)) },
            ct);
        var toUse = await db.QueryFirstOrDefaultAsync<long>(
            "SELECT COUNT(*) FROM loyalty_rewards WHERE shop_id = @shop AND redeemed_at IS NULL AND (expires_on IS NULL OR expires_on >= @today)",
            new { today = SqlValues.Date(today) },
            ct);
        return
        [
            new HomeFigure($"Cartes actives ({ActiveDays} jours)", $"Active cards ({ActiveDays} days)", active, FigureKind.Count, "cards"),
            new HomeFigure("Bons de fidélité à utiliser", "Loyalty vouchers to use", toUse, FigureKind.Count, "redeem"),
        ];
    }
}
