using System.Text.Json;
using System.Text.Json.Nodes;
using ModularCrm.Sdk.Data;
using ModularCrm.Sdk.Privacy;

namespace ModularCrm.Modules.Emailing.Privacy;

/// <summary>
/// E-mailing's part of the rights of access and erasure. A person's messages are the outbox rows of their contact or
/// sent to one of their addresses (ignoring case). Export: each message (subject, text, status, dates) with its opens,
/// clicks, bounces and unsubscribes. Erasure: the rows stay, so a campaign's figures do not change, but address, name,
/// subject, bodies, headers and attachments are cleared, the contact link is cut, bounce reasons (which quote the
/// address) are cleared, and a message not yet sent is never sent.
/// </summary>
internal sealed class EmailingPersonalDataHandler : IPersonalDataHandler
{
    public const string ErasedSubject = "(effacé à la demande du destinataire)";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    // The person's rows: their contact, or one of their addresses. @contact and @emails are always bound.
    private const string Mine = "shop_id = @shop AND (contact_id = @contact OR LOWER(to_address) IN @emails)";

    public async Task<JsonNode?> ExportAsync(DataSubject subject, IShopSql db, CancellationToken cancellationToken)
    {
        var args = Args(subject);
        var messages = await db.QueryAsync<PersonalMessage>(
            $"""
            SELECT id AS Id, kind AS Kind, campaign_id AS CampaignId, stream AS Stream, to_address AS ToAddress, to_name AS ToName, subject AS Subject,
                   text_body AS Text, status AS Status, created_at AS CreatedAt, sent_at AS SentAt
            FROM emailing_outbox WHERE {Mine} ORDER BY id
            """,
            args,
            cancellationToken);
        if (messages.Count == 0)
        {
            return null;
        }

        var events = (await db.QueryAsync<PersonalEvent>(
            $"""
            SELECT outbox_id AS OutboxId, kind AS Kind, url AS Url, detail AS Detail, occurred_at AS OccurredAt
            FROM emailing_events WHERE shop_id = @shop AND outbox_id IN (SELECT id FROM emailing_outbox WHERE {Mine}) ORDER BY occurred_at, id
            """,
            args,
            cancellationToken)).ToLookup(e => e.OutboxId);
        foreach (var message in messages)
        {
            message.Events = [.. events[message.Id]];
        }

        return new JsonObject { ["messages"] = JsonSerializer.SerializeToNode(messages, Json) };
    }

    public async Task<string> EraseAsync(DataSubject subject, IShopTransaction db, CancellationToken cancellationToken)
    {
        var args = Args(subject);
        var bounces = await db.ExecuteAsync(
            $"""
            UPDATE emailing_events SET detail = NULL
            WHERE shop_id = @shop AND kind IN ('bounce_hard', 'bounce_soft') AND outbox_id IN (SELECT id FROM emailing_outbox WHERE {Mine})
            """,
            args,
            cancellationToken);
        var cancelled = await db.ExecuteAsync(
            $"UPDATE emailing_outbox SET status = 'failed', last_error = @why, lease_owner = NULL, lease_until = NULL WHERE {Mine} AND status = 'queued'",
            new Dictionary<string, object?>(args) { ["why"] = "Destinataire effacé (RGPD) avant l'envoi." },
            cancellationToken);
        // to_address is NOT NULL: an empty string is the cleared address. Last, because it removes what Mine matches on.
        var messages = await db.ExecuteAsync(
            $"""
            UPDATE emailing_outbox SET to_address = '', to_name = NULL, subject = @subject, html_body = NULL, text_body = NULL, headers_json = NULL,
                attachments_json = NULL, contact_id = NULL
            WHERE {Mine}
            """,
            new Dictionary<string, object?>(args) { ["subject"] = ErasedSubject },
            cancellationToken);
        return messages == 0
            ? "aucun message"
            : $"{messages} message(s) anonymisé(s) (adresse, nom, objet, contenu et pièces jointes effacés ; comptes des campagnes conservés), " +
              $"{cancelled} envoi(s) en attente annulé(s), {bounces} motif(s) de rebond effacé(s)";
    }

    // Lower-cased here so the query compares LOWER(column) with plain parameters on every database (Dapper expands an empty list portably).
    private static Dictionary<string, object?> Args(DataSubject subject) => new()
    {
        ["contact"] = subject.ContactId,
        ["emails"] = subject.Emails.Where(e => !string.IsNullOrWhiteSpace(e)).Select(e => e.Trim().ToLowerInvariant()).Distinct(StringComparer.Ordinal).ToArray(),
    };
}
