using ModularCrm.Modules.Loyalty.Rules;
using ModularCrm.Sdk.Data;

namespace ModularCrm.Modules.Loyalty.Data;

/// <summary><c>loyalty_purchases</c>: every validated invoice, net of its credit notes.</summary>
internal static class PurchaseStore
{
    public static async Task<IReadOnlyList<Purchase>> BetweenAsync(IShopSql db, DateOnly from, DateOnly to, CancellationToken ct) =>
        (await db.QueryAsync<PurchaseRow>(
            """
            SELECT p.contact_id AS ContactId, p.purchase_date AS PurchaseDate,
                   p.amount - COALESCE((SELECT SUM(c.amount) FROM loyalty_credits c WHERE c.shop_id = p.shop_id AND c.invoice_id = p.invoice_id), 0) AS Amount
            FROM loyalty_purchases p
            WHERE p.shop_id = @shop AND p.purchase_date >= @from AND p.purchase_date <= @to
            """,
            new { from = SqlValues.Date(from), to = SqlValues.Date(to) },
            ct))
        .Select(r => r.ToPurchase())
        .Where(p => p.Amount > 0)
        .ToList();

    /// <summary>A contact's recorded purchases (gross amounts), oldest first: their part of an RGPD access request.</summary>
    public static Task<IReadOnlyList<PurchaseRow>> OfContactAsync(IShopSql db, long contactId, CancellationToken ct) =>
        db.QueryAsync<PurchaseRow>(
            "SELECT invoice_id AS InvoiceId, contact_id AS ContactId, purchase_date AS PurchaseDate, amount AS Amount FROM loyalty_purchases WHERE shop_id = @shop AND contact_id = @contactId ORDER BY purchase_date",
            new { contactId },
            ct);
}
