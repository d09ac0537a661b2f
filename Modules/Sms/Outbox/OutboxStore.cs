using ModularCrm.Modules.Sms.Counting;
using ModularCrm.Sdk.Data;

namespace ModularCrm.Modules.Sms.Outbox;

/// <summary>Writes and reads <c>sms_outbox</c>, in whatever transaction the caller passes.</summary>
internal static class OutboxStore
{
    public static Task<long> EnqueueAsync(IShopSql tx, QueuedSms sms, DateTimeOffset now, CancellationToken ct) =>
        tx.InsertAsync(
            """
            INSERT INTO sms_outbox (shop_id, ref, kind, promotional, campaign_id, contact_id, to_number, sender, body, encoding, segments,
                status, attempts, next_attempt_at, created_at, stream)
            VALUES (@shop, @ref, @kind, @promotional, @campaignId, @contactId, @to, @sender, @body, @encoding, @segments, 'queued', 0, @due, @now, @stream)
            """,
            new
            {
                @ref = sms.Ref, kind = sms.Kind, promotional = sms.Promotional, campaignId = sms.CampaignId, contactId = sms.ContactId, to = sms.ToNumber,
                sender = sms.Sender, body = sms.Body, encoding = sms.Measure.Encoding.ToString(), segments = sms.Measure.Segments, due = sms.DueAt, now, stream = sms.Stream,
            },
            ct);

    /// <summary>The message a delivery report names, by our ref or by the provider's id.</summary>
    public static Task<OutboxRow?> FindAsync(IShopSql db, string? reference, string? providerId, CancellationToken ct) =>
        db.QueryFirstOrDefaultAsync<OutboxRow>(
            $"SELECT {OutboxRow.Columns} FROM sms_outbox WHERE shop_id = @shop AND (ref = @reference OR provider_id = @providerId)",
            new { reference = reference ?? string.Empty, providerId = providerId ?? string.Empty },
            ct);

    public static Task<OutboxRow?> FindByIdAsync(IShopSql db, long id, CancellationToken ct) =>
        db.QueryFirstOrDefaultAsync<OutboxRow>($"SELECT {OutboxRow.Columns} FROM sms_outbox WHERE shop_id = @shop AND id = @id", new { id }, ct);

    /// <summary>Records a delivery report on a message the provider took; a late report never undoes a final one.</summary>
    public static Task<int> ReportAsync(IShopSql db, long id, bool delivered, string? reason, DateTimeOffset now, CancellationToken ct) =>
        db.ExecuteAsync(
            "UPDATE sms_outbox SET status = @status, last_error = @reason, reported_at = @now WHERE shop_id = @shop AND id = @id AND status = 'sent'",
            new { id, status = delivered ? "delivered" : "failed", reason = Cut(reason, 1000), now },
            ct);

    /// <summary>The contacts we sent to <paramref name="number"/>, newest first, with the campaign of the last promotional message.</summary>
    public static Task<IReadOnlyList<OutboxRow>> SentToAsync(IShopSql db, string number, CancellationToken ct) =>
        db.QueryAsync<OutboxRow>(
            $"SELECT {OutboxRow.Columns} FROM sms_outbox WHERE shop_id = @shop AND to_number = @number AND sent_at IS NOT NULL ORDER BY sent_at DESC, id DESC",
            new { number },
            ct);

    /// <summary>Cancels the promotional messages still waiting for <paramref name="number"/> (after a STOP).</summary>
    public static Task<int> CancelPromotionalAsync(IShopSql db, string number, string reason, CancellationToken ct) =>
        db.ExecuteAsync(
            "UPDATE sms_outbox SET status = 'cancelled', last_error = @reason, lease_owner = NULL, lease_until = NULL WHERE shop_id = @shop AND to_number = @number AND status = 'queued' AND promotional = @yes",
            new { number, reason, yes = true },
            ct);

    public static string? Cut(string? text, int max) => text is { } t && t.Length > max ? t[..max] : text;

    public static SmsEncoding EncodingOf(OutboxRow row) => Enum.Parse<SmsEncoding>(row.Encoding);
}
