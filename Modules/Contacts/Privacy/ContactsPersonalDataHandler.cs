using System.Text.Json;
using System.Text.Json.Nodes;
using ModularCrm.Modules.Contacts.Consents;
using ModularCrm.Modules.Contacts.CustomFields;
using ModularCrm.Modules.Contacts.Data;
using ModularCrm.Modules.Contacts.Interactions;
using ModularCrm.Modules.Contacts.Purchases;
using ModularCrm.Sdk.Data;
using ModularCrm.Sdk.Privacy;

namespace ModularCrm.Modules.Contacts.Privacy;

/// <summary>
/// The contacts module's part of the rights of access and erasure. Erasure anonymises rather than deletes: the
/// purchase history stays (accounting obligation) and so does the consent log (proof), both tied to an anonymous row.
/// </summary>
internal sealed class ContactsPersonalDataHandler : IPersonalDataHandler
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<JsonNode?> ExportAsync(DataSubject subject, IShopSql db, CancellationToken cancellationToken)
    {
        var contacts = new JsonArray();
        foreach (var id in await SubjectIdsAsync(subject, db, cancellationToken))
        {
            var contact = await ContactStore.FindAsync(db, id, cancellationToken);
            var consents = await db.QueryAsync<ConsentRecord>(
                "SELECT channel AS Channel, status AS Status, given_at AS GivenAt, source AS Source, proof AS Proof, recorded_at AS RecordedAt FROM contacts_consent_log WHERE shop_id = @shop AND contact_id = @id ORDER BY id",
                new { id },
                cancellationToken);
            var interactions = await db.QueryAsync<InteractionRecord>(
                $"SELECT {InteractionStore.Columns} FROM contacts_interactions WHERE shop_id = @shop AND contact_id = @id ORDER BY occurred_at",
                new { id },
                cancellationToken);
            contacts.Add(new JsonObject
            {
                ["contact"] = JsonSerializer.SerializeToNode(contact, Json),
                ["tags"] = JsonSerializer.SerializeToNode(await ContactStore.TagsAsync(db, id, cancellationToken), Json),
                ["customValues"] = JsonSerializer.SerializeToNode(await CustomFieldEndpoints.ValuesAsync(db, id, cancellationToken), Json),
                ["consents"] = JsonSerializer.SerializeToNode(consents, Json),
                ["interactions"] = JsonSerializer.SerializeToNode(interactions, Json),
                ["purchases"] = JsonSerializer.SerializeToNode(await PurchaseStore.ForContactAsync(db, id, cancellationToken), Json),
            });
        }

        return contacts.Count == 0 ? null : contacts;
    }

    public async Task<string> EraseAsync(DataSubject subject, IShopTransaction db, CancellationToken cancellationToken)
    {
        var ids = await SubjectIdsAsync(subject, db, cancellationToken);
        foreach (var id in ids)
        {
            await AnonymiseAsync(db, id, DateTimeOffset.UtcNow, cancellationToken);
        }

        return ids.Count == 0
            ? "aucun contact"
            : $"{ids.Count} contact(s) anonymisé(s) (n° {string.Join(", ", ids)}) ; échanges, étiquettes et consentements en cours supprimés, achats et journal des consentements conservés sans identité";
    }

    public static async Task AnonymiseAsync(IShopSql tx, long id, DateTimeOffset now, CancellationToken ct)
    {
        foreach (var table in ContactChildren.Tables)
        {
            await tx.ExecuteAsync($"DELETE FROM {table} WHERE shop_id = @shop AND contact_id = @id", new { id }, ct);
        }

        await tx.ExecuteAsync("UPDATE contacts_consent_log SET proof = NULL, source = NULL WHERE shop_id = @shop AND contact_id = @id", new { id }, ct);
        await tx.ExecuteAsync(
            """
            UPDATE contacts_contacts
            SET civility = NULL, first_name = NULL, last_name = 'Anonyme', company_name = CASE WHEN kind = 'company' THEN 'Anonyme' ELSE NULL END,
                email = NULL, phone = NULL, mobile = NULL, address = NULL, birth_date = NULL, siren = NULL, vat_number = NULL,
                ambassador_name = NULL, external_id = NULL, remarks = NULL, name_key = NULL, annual_revenue = NULL,
                search_last = 'anonyme', search_first = NULL, search_company = NULL,
                erased_at = @now, updated_at = @now
            WHERE shop_id = @shop AND id = @id
            """,
            new { id, now },
            ct);
    }

    // The subject's contact when it exists here; otherwise the contacts holding one of its e-mails or phones (a
    // shared family landline must not erase the whole family when the contact itself is known).
    private static async Task<IReadOnlyList<long>> SubjectIdsAsync(DataSubject subject, IShopSql db, CancellationToken ct)
    {
        if (await ContactStore.FindAsync(db, subject.ContactId, ct) is not null)
        {
            return [subject.ContactId];
        }

        var ids = new SortedSet<long>();

        foreach (var email in subject.Emails.Where(e => !string.IsNullOrWhiteSpace(e)))
        {
            ids.UnionWith(await db.QueryAsync<long>(
                "SELECT id FROM contacts_contacts WHERE shop_id = @shop AND email = @email", new { email = email.Trim().ToLowerInvariant() }, ct));
        }

        foreach (var phone in subject.Phones.Where(p => !string.IsNullOrWhiteSpace(p)))
        {
            ids.UnionWith(await db.QueryAsync<long>(
                "SELECT id FROM contacts_contacts WHERE shop_id = @shop AND (phone = @phone OR mobile = @phone)", new { phone }, ct));
        }

        return ids.ToList();
    }
}
