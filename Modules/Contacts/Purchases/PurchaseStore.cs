using System.Globalization;
using ModularCrm.Sdk.Data;
using ModularCrm.Sdk.Events;

namespace ModularCrm.Modules.Contacts.Purchases;

/// <summary>Records validated sales documents (idempotent per document) and reads a contact's purchases.</summary>
internal static class PurchaseStore
{
    public static Func<EventDelivery<SalesDocumentValidated>, IShopTransaction, CancellationToken, Task> Handler(string kind) =>
        (delivery, tx, ct) => RecordAsync(tx, kind, delivery.Payload, ct);

    public static async Task RecordAsync(IShopSql tx, string kind, SalesDocumentValidated doc, CancellationToken ct)
    {
        var exists = await tx.QueryFirstOrDefaultAsync<long>(
            "SELECT COUNT(*) FROM contacts_purchases WHERE shop_id = @shop AND document_kind = @kind AND document_ref = @reference",
            new { kind, reference = doc.DocumentId.ToString("D") },
            ct);
        var contact = await tx.QueryFirstOrDefaultAsync<long>(
            "SELECT COUNT(*) FROM contacts_contacts WHERE shop_id = @shop AND id = @contactId", new { contactId = doc.ContactId }, ct);
        if (exists > 0 || contact == 0)
        {
            return;
        }

        var sign = kind == "credit_note" ? -1 : 1;
        await tx.ExecuteAsync(
            """
            INSERT INTO contacts_purchases (shop_id, contact_id, document_kind, document_id, document_ref, total_incl_vat, total_excl_vat, purchase_date)
            VALUES (@shop, @contactId, @kind, @id, @reference, @incl, @excl, @date)
            """,
            new
            {
                contactId = doc.ContactId,
                kind,
                id = LegacyNumber(doc.DocumentId),
                reference = doc.DocumentId.ToString("D"),
                incl = sign * Math.Abs(doc.TotalInclVat),
                excl = sign * Math.Abs(doc.TotalExclVat),
                date = doc.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            },
            ct);
        if (kind == "invoice")
        {
            await tx.ExecuteAsync(
                "UPDATE contacts_contacts SET lifecycle = 'customer' WHERE shop_id = @shop AND id = @contactId AND lifecycle = 'prospect'",
                new { contactId = doc.ContactId },
                ct);
        }
    }

    // The 0002 column is a number with a UNIQUE constraint: 63 bits of the guid keep it unique in practice, and
    // document_ref (with its own unique index) is what the module reads.
    private static long LegacyNumber(Guid id) => BitConverter.ToInt64(id.ToByteArray(), 0) & long.MaxValue;

    public static Task<IReadOnlyList<PurchaseRecord>> ForContactAsync(IShopSql db, long contactId, CancellationToken ct) =>
        db.QueryAsync<PurchaseRecord>(
            """
            SELECT document_kind AS DocumentKind, document_ref AS DocumentId, total_incl_vat * 1.0 AS TotalInclVat,
                   total_excl_vat * 1.0 AS TotalExclVat, purchase_date AS PurchaseDate
            FROM contacts_purchases WHERE shop_id = @shop AND contact_id = @contactId ORDER BY purchase_date, id
            """,
            new { contactId },
            ct);
}
