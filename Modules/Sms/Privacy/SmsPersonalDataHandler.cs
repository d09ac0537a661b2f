using System.Text.Json;
using System.Text.Json.Nodes;
using ModularCrm.Sdk.Data;
using ModularCrm.Sdk.Privacy;

namespace ModularCrm.Modules.Sms.Privacy;

/// <summary>
/// The SMS module's part of the rights of access and erasure. The subject's texts are those queued for their contact id
/// or sent to one of their numbers (a text may predate the contact, or a number may have changed since); their STOP
/// replies are the events from those numbers. Erasure keeps each text's status, segments and campaign (the campaign's
/// figures and the operator's invoice still add up) but clears the number, the body and the contact; a text still
/// waiting is cancelled. STOP replies lose their number and text; the withdrawal itself stays in the contacts module's
/// consent log, which that module anonymises.
/// </summary>
internal sealed class SmsPersonalDataHandler : IPersonalDataHandler
{
    public const string ErasedBody = "[effacé à la demande du destinataire]";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<JsonNode?> ExportAsync(DataSubject subject, IShopSql db, CancellationToken cancellationToken)
    {
        var messages = new List<PersonalText>();
        var seen = new HashSet<long>();
        foreach (var (filter, args) in Filters(subject))
        {
            var rows = await db.QueryAsync<PersonalText>(
                $"""
                SELECT id AS Id, kind AS Kind, promotional AS Promotional, campaign_id AS CampaignId, stream AS Stream, to_number AS ToNumber,
                       sender AS Sender, body AS Body, status AS Status, created_at AS CreatedAt, sent_at AS SentAt, reported_at AS ReportedAt
                FROM sms_outbox WHERE shop_id = @shop AND {filter} ORDER BY created_at, id
                """,
                args,
                cancellationToken);
            messages.AddRange(rows.Where(r => seen.Add(r.Id)));
        }

        var replies = new List<PersonalReply>();
        foreach (var number in Numbers(subject))
        {
            replies.AddRange(await db.QueryAsync<PersonalReply>(
                "SELECT from_number AS FromNumber, detail AS Text, occurred_at AS OccurredAt FROM sms_events WHERE shop_id = @shop AND kind = 'stop' AND from_number = @number ORDER BY occurred_at, id",
                new { number },
                cancellationToken));
        }

        return messages.Count == 0 && replies.Count == 0
            ? null
            : new JsonObject
            {
                ["messages"] = JsonSerializer.SerializeToNode(messages.OrderBy(m => m.CreatedAt).ThenBy(m => m.Id), Json),
                ["stopReplies"] = JsonSerializer.SerializeToNode(replies, Json),
            };
    }

    public async Task<string> EraseAsync(DataSubject subject, IShopTransaction db, CancellationToken cancellationToken)
    {
        int cancelled = 0, cleared = 0, replies = 0;
        foreach (var (filter, args) in Filters(subject))
        {
            cancelled += await db.ExecuteAsync(
                $"UPDATE sms_outbox SET status = 'cancelled', last_error = @reason, lease_owner = NULL, lease_until = NULL WHERE shop_id = @shop AND status = 'queued' AND {filter}",
                new Dictionary<string, object?>(args) { ["reason"] = "Effacement RGPD avant l'envoi." },
                cancellationToken);

            // to_number and body are NOT NULL: an empty number and a placeholder are the cleared values.
            cleared += await db.ExecuteAsync(
                $"UPDATE sms_outbox SET to_number = '', body = @erased, contact_id = NULL WHERE shop_id = @shop AND {filter}",
                new Dictionary<string, object?>(args) { ["erased"] = ErasedBody },
                cancellationToken);
        }

        foreach (var number in Numbers(subject))
        {
            replies += await db.ExecuteAsync(
                "UPDATE sms_events SET from_number = NULL, detail = NULL WHERE shop_id = @shop AND from_number = @number", new { number }, cancellationToken);
        }

        return cleared == 0 && replies == 0
            ? "aucun SMS"
            : $"{cleared} SMS anonymisé(s) (numéro, texte et contact effacés ; statut et nombre de SMS gardés pour les statistiques), dont {cancelled} en attente annulé(s) ; {replies} réponse(s) STOP anonymisée(s)";
    }

    // One statement per key (the contact, then each number) rather than a variable IN list: every parameter is named.
    private static IEnumerable<(string Filter, Dictionary<string, object?> Args)> Filters(DataSubject subject) =>
        Numbers(subject).Select(n => ("to_number = @number", new Dictionary<string, object?> { ["number"] = (object?)n }))
            .Prepend(("contact_id = @contactId", new Dictionary<string, object?> { ["contactId"] = subject.ContactId }));

    private static IEnumerable<string> Numbers(DataSubject subject) =>
        subject.Phones.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p.Trim()).Distinct(StringComparer.Ordinal);

    // Classes rather than positional records: Dapper maps SQLite's integers and texts onto settable properties.
    private sealed class PersonalText
    {
        public long Id { get; init; }

        public string Kind { get; init; } = string.Empty;

        public bool Promotional { get; init; }

        public long? CampaignId { get; init; }

        public string? Stream { get; init; }

        public string ToNumber { get; init; } = string.Empty;

        public string Sender { get; init; } = string.Empty;

        public string Body { get; init; } = string.Empty;

        public string Status { get; init; } = string.Empty;

        public DateTimeOffset CreatedAt { get; init; }

        public DateTimeOffset? SentAt { get; init; }

        public DateTimeOffset? ReportedAt { get; init; }
    }

    private sealed class PersonalReply
    {
        public string? FromNumber { get; init; }

        public string? Text { get; init; }

        public DateTimeOffset OccurredAt { get; init; }
    }
}
