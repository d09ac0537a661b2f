using ModularCrm.Sdk.Data;

namespace ModularCrm.Modules.Emailing.Campaigns;

/// <summary>The SQL of <c>emailing_campaigns</c>.</summary>
internal static class CampaignStore
{
    public static Task<CampaignRow?> FindAsync(IShopSql db, long id, CancellationToken ct) =>
        db.QueryFirstOrDefaultAsync<CampaignRow>($"SELECT {CampaignRow.Columns} FROM emailing_campaigns WHERE shop_id = @shop AND id = @id", new { id }, ct);

    public static Task<IReadOnlyList<CampaignRow>> ListAsync(IShopSql db, CancellationToken ct) =>
        db.QueryAsync<CampaignRow>($"SELECT {CampaignRow.Columns} FROM emailing_campaigns WHERE shop_id = @shop ORDER BY id DESC", null, ct);

    public static Task<IReadOnlyList<long>> DueAsync(IShopSql db, DateTimeOffset now, CancellationToken ct) =>
        db.QueryAsync<long>(
            "SELECT id FROM emailing_campaigns WHERE shop_id = @shop AND status = 'scheduled' AND scheduled_at <= @now ORDER BY scheduled_at, id", new { now }, ct);

    public static Task<long> InsertAsync(IShopSql db, ValidCampaign c, DateTimeOffset now, CancellationToken ct) =>
        db.InsertAsync(
            """
            INSERT INTO emailing_campaigns (shop_id, name, subject, html_template, text_template, segment_id, topic, use_soft_opt_in, status, created_at, updated_at)
            VALUES (@shop, @Name, @Subject, @Html, @Text, @SegmentId, @Topic, @UseSoftOptIn, 'draft', @now, @now)
            """,
            Args(c, now, 0),
            ct);

    /// <summary>Edits a draft; 0 when the campaign is not (or no longer) a draft.</summary>
    public static Task<int> UpdateDraftAsync(IShopSql db, long id, ValidCampaign c, DateTimeOffset now, CancellationToken ct) =>
        db.ExecuteAsync(
            """
            UPDATE emailing_campaigns SET name = @Name, subject = @Subject, html_template = @Html, text_template = @Text, segment_id = @SegmentId,
                topic = @Topic, use_soft_opt_in = @UseSoftOptIn, updated_at = @now
            WHERE shop_id = @shop AND id = @id AND status = 'draft'
            """,
            Args(c, now, id),
            ct);

    /// <summary>Schedules a draft (or moves a scheduled one); 0 when it is already being sent or sent.</summary>
    public static Task<int> ScheduleAsync(IShopSql db, long id, DateTimeOffset at, string baseUrl, DateTimeOffset now, CancellationToken ct) =>
        db.ExecuteAsync(
            "UPDATE emailing_campaigns SET status = 'scheduled', scheduled_at = @at, base_url = @baseUrl, updated_at = @now WHERE shop_id = @shop AND id = @id AND status IN ('draft', 'scheduled')",
            new { id, at, baseUrl, now },
            ct);

    /// <summary>The claim that makes sending happen once, whatever the number of processes: 0 when someone else got it.</summary>
    public static Task<int> StartSendingAsync(IShopSql tx, long id, DateTimeOffset now, CancellationToken ct) =>
        tx.ExecuteAsync(
            "UPDATE emailing_campaigns SET status = 'sending', updated_at = @now WHERE shop_id = @shop AND id = @id AND status IN ('draft', 'scheduled')",
            new { id, now },
            ct);

    public static Task<int> FinishAsync(IShopSql tx, long id, int recipients, string exclusionsJson, DateTimeOffset now, CancellationToken ct) =>
        tx.ExecuteAsync(
            "UPDATE emailing_campaigns SET status = 'sent', recipients = @recipients, exclusions_json = @exclusionsJson, enqueued_at = @now, updated_at = @now WHERE shop_id = @shop AND id = @id",
            new { id, recipients, exclusionsJson, now },
            ct);

    private static Dictionary<string, object?> Args(ValidCampaign c, DateTimeOffset now, long id) => new()
    {
        ["id"] = id, ["now"] = now, ["Name"] = c.Name, ["Subject"] = c.Subject, ["Html"] = c.Html, ["Text"] = c.Text,
        ["SegmentId"] = c.SegmentId, ["Topic"] = c.Topic, ["UseSoftOptIn"] = c.UseSoftOptIn,
    };
}
