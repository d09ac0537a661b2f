using ModularCrm.Sdk.Data;

namespace ModularCrm.Modules.Loyalty.Data;

/// <summary><c>loyalty_movements</c>: the ledger of each card in each program.</summary>
internal static class MovementStore
{
    private const string Select =
        "SELECT card_id AS CardId, program_id AS ProgramId, kind AS Kind, units AS Units, amount AS Amount, invoice_id AS InvoiceId, " +
        "occurred_on AS OccurredOn, expires_on AS ExpiresOn FROM loyalty_movements";

    public static Task<IReadOnlyList<MovementRow>> OfCardAsync(IShopSql db, long cardId, CancellationToken ct) =>
        db.QueryAsync<MovementRow>($"{Select} WHERE shop_id = @shop AND card_id = @cardId ORDER BY id", new { cardId }, ct);

    public static Task<IReadOnlyList<MovementRow>> OfInvoiceAsync(IShopSql db, Guid invoiceId, CancellationToken ct) =>
        db.QueryAsync<MovementRow>($"{Select} WHERE shop_id = @shop AND invoice_id = @invoiceId ORDER BY id", new { invoiceId = invoiceId.ToString("N") }, ct);

    public static Task<long> AddAsync(IShopSql db, NewMovement m, DateTimeOffset now, CancellationToken ct) =>
        db.InsertAsync(
            """
            INSERT INTO loyalty_movements (shop_id, card_id, program_id, kind, units, amount, invoice_id, reward_id, occurred_on, expires_on, created_at)
            VALUES (@shop, @cardId, @programId, @kind, @units, @amount, @invoiceId, @rewardId, @occurredOn, @expiresOn, @now)
            """,
            new
            {
                cardId = m.CardId,
                programId = m.ProgramId,
                kind = m.Kind,
                units = m.Units,
                amount = m.Amount,
                invoiceId = m.InvoiceId?.ToString("N"),
                rewardId = m.RewardId,
                occurredOn = SqlValues.Date(m.OccurredOn),
                expiresOn = SqlValues.Date(m.ExpiresOn),
                now,
            },
            ct);
}
