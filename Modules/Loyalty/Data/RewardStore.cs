using System.Security.Cryptography;
using ModularCrm.Sdk.Data;

namespace ModularCrm.Modules.Loyalty.Data;

/// <summary><c>loyalty_rewards</c>: vouchers and gifts, used once.</summary>
internal static class RewardStore
{
    // No 0/O, 1/I/L: the code is read aloud at the till and typed in.
    private const string CodeAlphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

    private const string Select =
        "SELECT id AS Id, code AS Code, contact_id AS ContactId, card_id AS CardId, program_id AS ProgramId, meeting_id AS MeetingId, kind AS Kind, " +
        "value AS Value, label AS Label, issued_on AS IssuedOn, expires_on AS ExpiresOn, redeemed_at AS RedeemedAt, redeemed_document AS RedeemedDocument " +
        "FROM loyalty_rewards";

    public static Task<RewardRecord?> FindByCodeAsync(IShopSql db, string code, CancellationToken ct) =>
        db.QueryFirstOrDefaultAsync<RewardRecord>($"{Select} WHERE shop_id = @shop AND code = @code", new { code }, ct);

    public static Task<RewardRecord?> FindAsync(IShopSql db, long id, CancellationToken ct) =>
        db.QueryFirstOrDefaultAsync<RewardRecord>($"{Select} WHERE shop_id = @shop AND id = @id", new { id }, ct);

    public static Task<IReadOnlyList<RewardRecord>> OfContactAsync(IShopSql db, long contactId, CancellationToken ct) =>
        db.QueryAsync<RewardRecord>($"{Select} WHERE shop_id = @shop AND contact_id = @contactId ORDER BY id", new { contactId }, ct);

    public static async Task<RewardRecord> IssueAsync(IShopSql db, NewReward r, DateTimeOffset now, CancellationToken ct)
    {
        var id = await db.InsertAsync(
            """
            INSERT INTO loyalty_rewards (shop_id, code, contact_id, card_id, program_id, meeting_id, kind, value, label, issued_on, expires_on, created_at)
            VALUES (@shop, @code, @contactId, @cardId, @programId, @meetingId, @kind, @value, @label, @issuedOn, @expiresOn, @now)
            """,
            new
            {
                code = NewCode(),
                contactId = r.ContactId,
                cardId = r.CardId,
                programId = r.ProgramId,
                meetingId = r.MeetingId,
                kind = r.Kind,
                value = r.Value,
                label = r.Label,
                issuedOn = SqlValues.Date(r.IssuedOn),
                expiresOn = SqlValues.Date(r.ExpiresOn),
                now,
            },
            ct);
        return (await FindAsync(db, id, ct))!;
    }

    /// <summary>
    /// Marks the reward used, in one conditional UPDATE: of any number of simultaneous requests, the database lets exactly
    /// one change the row (the others find <c>redeemed_at</c> already set and change nothing). Returns whether this one did.
    /// </summary>
    public static async Task<bool> TryRedeemAsync(IShopSql db, string code, string? document, DateOnly today, DateTimeOffset now, CancellationToken ct) =>
        await db.ExecuteAsync(
            """
            UPDATE loyalty_rewards SET redeemed_at = @now, redeemed_document = @document
            WHERE shop_id = @shop AND code = @code AND redeemed_at IS NULL AND (expires_on IS NULL OR expires_on >= @today)
            """,
            new { code, document, today = SqlValues.Date(today), now },
            ct) == 1;

    public static string NewCode() =>
        "FID-" + new string(Enumerable.Range(0, 8).Select(_ => CodeAlphabet[RandomNumberGenerator.GetInt32(CodeAlphabet.Length)]).ToArray());
}
