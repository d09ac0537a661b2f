using ModularCrm.Sdk.Data;

namespace ModularCrm.Modules.Contacts.Interactions;

/// <summary>Writes interactions and keeps the contact's last interaction date (retention uses it).</summary>
internal static class InteractionStore
{
    public static readonly string[] Kinds = ["call", "meeting", "email_sent", "sms_sent", "note"];

    public const string Columns =
        "id AS Id, contact_id AS ContactId, kind AS Kind, occurred_at AS OccurredAt, subject AS Subject, body AS Body, source_module AS SourceModule, external_ref AS ExternalRef";

    public static async Task<long> AddAsync(IShopSql tx, long contactId, string kind, DateTimeOffset occurredAt, string? subject, string? body, string source, string? externalRef, CancellationToken ct)
    {
        var id = await tx.InsertAsync(
            """
            INSERT INTO contacts_interactions (shop_id, contact_id, kind, occurred_at, subject, body, source_module, external_ref)
            VALUES (@shop, @contactId, @kind, @occurredAt, @subject, @body, @source, @externalRef)
            """,
            new { contactId, kind, occurredAt, subject, body, source, externalRef },
            ct);
        await tx.ExecuteAsync(
            """
            UPDATE contacts_contacts SET last_interaction_at = @occurredAt
            WHERE shop_id = @shop AND id = @contactId AND (last_interaction_at IS NULL OR last_interaction_at < @occurredAt)
            """,
            new { contactId, occurredAt },
            ct);
        return id;
    }

    /// <summary>
    /// Adds an interaction another module asked for, texts cut to the column sizes; with <paramref name="externalRef"/>,
    /// only once per (module, reference). Returns false when it was already there.
    /// </summary>
    public static async Task<bool> AddOnceAsync(IShopSql tx, long contactId, string kind, DateTimeOffset occurredAt, string? subject, string? body, string source, string? externalRef, CancellationToken ct)
    {
        if (externalRef is { } reference)
        {
            var seen = await tx.QueryFirstOrDefaultAsync<long>(
                "SELECT COUNT(*) FROM contacts_interactions WHERE shop_id = @shop AND source_module = @source AND external_ref = @reference",
                new { source, reference },
                ct);
            if (seen > 0)
            {
                return false;
            }
        }

        await AddAsync(tx, contactId, kind, occurredAt, Cut(subject, 200), Cut(body, 4000), Cut(source, 50)!, Cut(externalRef, 100), ct);
        return true;
    }

    private static string? Cut(string? text, int max) => text is { } t && t.Length > max ? t[..max] : text;
}
