using ModularCrm.Modules.Loyalty.Rules;
using ModularCrm.Sdk.Data;

namespace ModularCrm.Modules.Loyalty.Data;

/// <summary><c>loyalty_programs</c>.</summary>
internal static class ProgramStore
{
    private const string Columns =
        "id AS Id, name AS Name, kind AS Kind, earn_on AS EarnOn, valid_from AS ValidFrom, valid_until AS ValidUntil, " +
        "expiry_days AS ExpiryDays, points_per_euro AS PointsPerEuro, threshold AS Threshold, reward_kind AS RewardKind, " +
        "reward_value AS RewardValue, reward_label AS RewardLabel, voucher_validity_days AS VoucherValidityDays, " +
        "auto_issue_cards AS AutoIssueCards, active AS Active, send_messages AS SendMessages";

    public static async Task<IReadOnlyList<LoyaltyProgram>> ListAsync(IShopSql db, CancellationToken ct) =>
        (await db.QueryAsync<ProgramRow>($"SELECT {Columns} FROM loyalty_programs WHERE shop_id = @shop ORDER BY id", null, ct))
            .Select(r => r.ToProgram()).ToList();

    public static async Task<LoyaltyProgram?> FindAsync(IShopSql db, long id, CancellationToken ct) =>
        (await db.QueryFirstOrDefaultAsync<ProgramRow>($"SELECT {Columns} FROM loyalty_programs WHERE shop_id = @shop AND id = @id", new { id }, ct))?.ToProgram();

    public static Task<long> InsertAsync(IShopSql db, LoyaltyProgram p, DateTimeOffset now, CancellationToken ct) =>
        db.InsertAsync(
            """
            INSERT INTO loyalty_programs (shop_id, name, kind, earn_on, valid_from, valid_until, expiry_days, points_per_euro, threshold,
                reward_kind, reward_value, reward_label, voucher_validity_days, auto_issue_cards, active, send_messages, created_at, updated_at)
            VALUES (@shop, @name, @kind, @earnOn, @validFrom, @validUntil, @expiryDays, @pointsPerEuro, @threshold,
                @rewardKind, @rewardValue, @rewardLabel, @voucherValidityDays, @autoIssueCards, @active, @sendMessages, @now, @now)
            """,
            Args(p, now),
            ct);

    public static Task<int> UpdateAsync(IShopSql db, LoyaltyProgram p, DateTimeOffset now, CancellationToken ct) =>
        db.ExecuteAsync(
            """
            UPDATE loyalty_programs SET name = @name, kind = @kind, earn_on = @earnOn, valid_from = @validFrom, valid_until = @validUntil,
                expiry_days = @expiryDays, points_per_euro = @pointsPerEuro, threshold = @threshold, reward_kind = @rewardKind,
                reward_value = @rewardValue, reward_label = @rewardLabel, voucher_validity_days = @voucherValidityDays,
                auto_issue_cards = @autoIssueCards, active = @active, send_messages = @sendMessages, updated_at = @now
            WHERE shop_id = @shop AND id = @id
            """,
            Args(p, now),
            ct);

    private static object Args(LoyaltyProgram p, DateTimeOffset now) => new
    {
        id = p.Id,
        name = p.Name,
        kind = p.Kind,
        earnOn = p.EarnOn,
        validFrom = SqlValues.Date(p.ValidFrom),
        validUntil = SqlValues.Date(p.ValidUntil),
        expiryDays = p.ExpiryDays,
        pointsPerEuro = p.PointsPerEuro,
        threshold = p.Threshold,
        rewardKind = p.RewardKind,
        rewardValue = p.RewardValue,
        rewardLabel = p.RewardLabel,
        voucherValidityDays = p.VoucherValidityDays,
        autoIssueCards = p.AutoIssueCards,
        active = p.Active,
        sendMessages = p.SendMessages,
        now,
    };
}
