using ModularCrm.Sdk.Data;

namespace GiftCards.Api;

/// <summary>The SQL of the gift cards table.</summary>
internal static class CardStore
{
    public static Task<IReadOnlyList<GiftCard>> ListAsync(IShopSql db, CancellationToken ct) =>
        db.QueryAsync<GiftCard>(
            "SELECT id AS Id, code AS Code, amount AS Amount, order_id AS OrderId FROM gift_cards_cards WHERE shop_id = @shop ORDER BY id",
            null, ct);

    public static Task<long> IssueAsync(IShopSql db, decimal amount, long? orderId, CancellationToken ct) =>
        db.InsertAsync(
            "INSERT INTO gift_cards_cards (shop_id, code, amount, order_id, created_at) VALUES (@shop, @code, @amount, @orderId, @createdAt)",
            new { code = Convert.ToHexString(Guid.NewGuid().ToByteArray())[..12], amount, orderId, createdAt = DateTimeOffset.UtcNow },
            ct);
}
