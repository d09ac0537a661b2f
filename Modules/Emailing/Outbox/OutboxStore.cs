using System.Text.Json;
using ModularCrm.Sdk.Data;

namespace ModularCrm.Modules.Emailing.Outbox;

/// <summary>Writes messages to <c>emailing_outbox</c>, in whatever transaction the caller passes.</summary>
internal static class OutboxStore
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Enqueues <paramref name="message"/>, due now; returns the outbox id.</summary>
    public static Task<long> EnqueueAsync(IShopSql tx, OutgoingMessage message, DateTimeOffset now, CancellationToken ct) =>
        tx.InsertAsync(
            """
            INSERT INTO emailing_outbox (shop_id, ref, message_id, kind, campaign_id, contact_id, to_address, to_name, from_address, from_name,
                subject, html_body, text_body, headers_json, attachments_json, status, attempts, next_attempt_at, created_at)
            VALUES (@shop, @ref, @messageId, @kind, @campaignId, @contactId, @to, @toName, @from, @fromName,
                @subject, @html, @text, @headers, @attachments, 'queued', 0, @now, @now)
            """,
            new
            {
                @ref = message.Ref, messageId = message.MessageId, kind = message.Kind, campaignId = message.CampaignId, contactId = message.ContactId,
                to = message.ToAddress, toName = Cut(message.ToName, 200), from = message.FromAddress, fromName = Cut(message.FromName, 200),
                subject = Cut(message.Subject, 500), html = message.Html, text = message.Text,
                headers = message.Headers.Count == 0 ? null : JsonSerializer.Serialize(message.Headers, Json),
                attachments = message.Attachments.Count == 0 ? null : JsonSerializer.Serialize(message.Attachments, Json),
                now,
            },
            ct);

    /// <summary>The outbox row a signed link refers to, or null.</summary>
    public static Task<OutboxRef?> FindByRefAsync(IShopSql db, string reference, CancellationToken ct) =>
        db.QueryFirstOrDefaultAsync<OutboxRef>(
            "SELECT id AS Id, campaign_id AS CampaignId, contact_id AS ContactId, to_address AS ToAddress, kind AS Kind FROM emailing_outbox WHERE shop_id = @shop AND ref = @reference",
            new { reference },
            ct);

    public static string? Cut(string? text, int max) => text is { } t && t.Length > max ? t[..max] : text;
}
