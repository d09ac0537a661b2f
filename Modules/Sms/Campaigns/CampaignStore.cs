using ModularCrm.Sdk.Data;

namespace ModularCrm.Modules.Sms.Campaigns;

/// <summary>The SQL of <c>sms_campaigns</c>.</summary>
internal static class CampaignStore
{
    public static Task<CampaignRow?> FindAsync(IShopSql db, long id, CancellationToken ct) =>
        db.QueryFirstOrDefaultAsync<CampaignRow>($"SELECT {CampaignRow.Columns} FROM sms_campaigns WHERE shop_id = @shop AND id = @id", new { id }, ct);

    public static Task<IReadOnlyList<CampaignRow>> ListAsync(IShopSql db, CancellationToken ct) =>
        db.QueryAsync<CampaignRow>($"SELECT {CampaignRow.Columns} FROM sms_campaigns WHERE shop_id = @shop ORDER BY id DESC", null, ct);

    public static Task<long> InsertAsync(IShopSql db, string name, string text, long segmentId, DateTimeOffset now, CancellationToken ct) =>
        db.InsertAsync(
            """
            INSERT INTO sms_campaigns (shop_id, name, text_template, segment_id, status, created_at, updated_at)
            VALUES (@shop, @name, @text, @segmentId, 'draft', @now, @now)
            """,
            new { name, text, segmentId, now },
            ct);

    /// <summary>Edits a draft; 0 when the campaign is not (or no longer) a draft.</summary>
    public static Task<int> UpdateDraftAsync(IShopSql db, long id, string name, string text, long segmentId, DateTimeOffset now, CancellationToken ct) =>
        db.ExecuteAsync(
            "UPDATE sms_campaigns SET name = @name, text_template = @text, segment_id = @segmentId, updated_at = @now WHERE shop_id = @shop AND id = @id AND status = 'draft'",
            new { id, name, text, segmentId, now },
            ct);

    /// <summary>The claim that makes a campaign go out once, whatever the number of requests or processes: 0 when someone else got it.</summary>
    public static Task<int> StartSendingAsync(IShopSql tx, long id, DateTimeOffset now, CancellationToken ct) =>
        tx.ExecuteAsync(
            "UPDATE sms_campaigns SET status = 'sending', updated_at = @now WHERE shop_id = @shop AND id = @id AND status = 'draft'",
            new { id, now },
            ct);

    public static Task<int> FinishAsync(IShopSql tx, long id, int recipients, string exclusionsJson, DateTimeOffset due, DateTimeOffset now, CancellationToken ct) =>
        tx.ExecuteAsync(
            """
            UPDATE sms_campaigns SET status = 'sent', recipients = @recipients, exclusions_json = @exclusionsJson, due_at = @due, enqueued_at = @now, updated_at = @now
            WHERE shop_id = @shop AND id = @id
            """,
            new { id, recipients, exclusionsJson, due, now },
            ct);
}
