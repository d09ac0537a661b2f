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
            "SELECT COUNT(*) FROM contacts_purchases WHERE shop_id = @shop AND document_kind = @kind AND document_id = @id",
            new { kind, id = doc.InvoiceId },
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
            INSERT INTO contacts_purchases (shop_id, contact_id, document_kind, document_id, total_incl_vat, total_excl_vat, purchase_date)
            VALUES (@shop, @contactId, @kind, @id, @incl, @excl, @date)
            """,
            new
            {
                contactId = doc.ContactId,
                kind,
                id = doc.InvoiceId,
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

    public static Task<IReadOnlyList<PurchaseRecord>> ForContactAsync(IShopSql db, long contactId, CancellationToken ct) =>
        db.QueryAsync<PurchaseRecord>(
            """
            SELECT document_kind AS DocumentKind, document_id AS DocumentId, total_incl_vat * 1.0 AS TotalInclVat,
                   total_excl_vat * 1.0 AS TotalExclVat, purchase_date AS PurchaseDate
            FROM contacts_purchases WHERE shop_id = @shop AND contact_id = @contactId ORDER BY purchase_date, id
            """,
            new { contactId },
            ct);
}
