using ModularCrm.Modules.Loyalty.Rules;
using ModularCrm.Sdk.Data;

namespace ModularCrm.Modules.Loyalty.Data;

/// <summary><c>loyalty_cards</c>: one card per contact.</summary>
internal static class CardStore
{
    private const string Select =
        "SELECT id AS Id, contact_id AS ContactId, number AS Number, holder_name AS HolderName, email AS Email, issued_how AS IssuedHow, issued_at AS IssuedAt FROM loyalty_cards";

    public static Task<CardRecord?> FindByContactAsync(IShopSql db, long contactId, CancellationToken ct) =>
        db.QueryFirstOrDefaultAsync<CardRecord>($"{Select} WHERE shop_id = @shop AND contact_id = @contactId", new { contactId }, ct);

    public static Task<CardRecord?> FindByIdAsync(IShopSql db, long id, CancellationToken ct) =>
        db.QueryFirstOrDefaultAsync<CardRecord>($"{Select} WHERE shop_id = @shop AND id = @id", new { id }, ct);

    public static Task<CardRecord?> FindByNumberAsync(IShopSql db, string number, CancellationToken ct) =>
        db.QueryFirstOrDefaultAsync<CardRecord>($"{Select} WHERE shop_id = @shop AND number = @number", new { number }, ct);

    public static Task<IReadOnlyList<CardRecord>> WithEmailAsync(IShopSql db, string email, CancellationToken ct) =>
        db.QueryAsync<CardRecord>($"{Select} WHERE shop_id = @shop AND email = @email ORDER BY id", new { email }, ct);

    public static async Task<IReadOnlyList<CardRecord>> ListAsync(IShopSql db, long? contactId, int offset, int limit, CancellationToken ct) =>
        await db.QueryAsync<CardRecord>(
            db.Dialect.Page(contactId is null
                ? $"{Select} WHERE shop_id = @shop ORDER BY id"
                : $"{Select} WHERE shop_id = @shop AND contact_id = @contactId ORDER BY id"),
            new { contactId, offset, limit },
            ct);

    /// <summary>
    /// The contact's card, issued now if it has none (the claim makes two concurrent first purchases issue one card).
    /// <c>Created</c> says whether this call issued it.
    /// </summary>
    public static async Task<(CardRecord Card, bool Created)> IssueAsync(
        IShopTransaction tx, long contactId, string? holderName, string? email, string how, DateTimeOffset now, CancellationToken ct)
    {
        if (!await Claims.TryTakeAsync(tx, Claims.Card(contactId), ct))
        {
            return ((await FindByContactAsync(tx, contactId, ct))!, false);
        }

        if (holderName is null || email is null)
        {
            var known = await tx.QueryFirstOrDefaultAsync<KnownContact>(
                "SELECT display_name AS DisplayName, email AS Email FROM loyalty_contacts WHERE shop_id = @shop AND contact_id = @contactId",
                new { contactId },
                ct);
            holderName ??= known?.DisplayName;
            email ??= known?.Email;
        }

        await tx.InsertAsync(
            """
            INSERT INTO loyalty_cards (shop_id, contact_id, number, holder_name, email, issued_how, issued_at)
            VALUES (@shop, @contactId, @number, @holderName, @email, @how, @now)
            """,
            new { contactId, number = CardNumbers.New(), holderName, email = email?.Trim().ToLowerInvariant(), how, now },
            ct);
        return ((await FindByContactAsync(tx, contactId, ct))!, true);
    }

    public static Task<int> UpdateHolderAsync(IShopSql db, long id, string? holderName, string? email, CancellationToken ct) =>
        db.ExecuteAsync(
            "UPDATE loyalty_cards SET holder_name = @holderName, email = @email WHERE shop_id = @shop AND id = @id",
            new { id, holderName, email = email?.Trim().ToLowerInvariant() },
            ct);
}
