using ModularCrm.Modules.Sales.Domain.CreditNotes;
using ModularCrm.Sdk.Data;

namespace ModularCrm.Modules.Sales.Data;

/// <summary>Credit notes in <c>sales_credit_notes</c>, their lines and their VAT summary (<c>sales_vat_summaries</c>).</summary>
internal static class CreditNoteStore
{
    public const string Table = "sales_credit_notes";
    public const string LineOwner = "credit_note";

    private const string Columns =
        "id AS Id, number AS Number, status AS Status, invoice_id AS InvoiceId, customer_id AS CustomerId, reason AS Reason, issue_date AS IssueDate";

    public static Task<CreditNote?> FindAsync(IShopSql db, Guid id, CancellationToken ct, bool forUpdate = false) =>
        DocumentRows.FindAsync<CreditNoteRow, CreditNote>(db, Table, Columns, id, forUpdate, RestoreAsync, ct);

    public static Task<IReadOnlyList<CreditNote>> ListAsync(IShopSql db, Guid? invoiceId, CancellationToken ct) =>
        DocumentRows.ListAsync<CreditNoteRow, CreditNote>(
            db,
            $"SELECT {Columns} FROM {Table} WHERE shop_id = @shop AND (@invoiceId IS NULL OR invoice_id = @invoiceId) ORDER BY created_at, id",
            new { invoiceId = invoiceId?.ToString() },
            RestoreAsync,
            ct);

    public static async Task InsertAsync(IShopTransaction tx, CreditNote note, DateTimeOffset now, CancellationToken ct)
    {
        var totals = note.Totals;
        await tx.ExecuteAsync(
            $"""
            INSERT INTO {Table} (id, shop_id, document_type, number, status, invoice_id, customer_id, reason, issue_date,
                total_excl_vat, total_vat, total_incl_vat, created_at, updated_at)
            VALUES (@id, @shop, 'CreditNote', NULL, @status, @invoiceId, @customerId, @reason, NULL, @totalExclVat, @totalVat, @totalInclVat, @now, @now)
            """,
            new
            {
                id = note.Id.ToString(),
                status = note.Status.ToString(),
                invoiceId = note.InvoiceId.ToString(),
                customerId = note.CustomerId,
                reason = note.Reason,
                totalExclVat = totals.TotalExclVat,
                totalVat = totals.TotalVat,
                totalInclVat = totals.TotalInclVat,
                now,
            },
            ct);
        await LineStore.WriteAsync(tx, LineOwner, note.Id, note.Lines, ct);
        await VatSummaryStore.WriteAsync(tx, LineOwner, note.Id, note.VatSummary, ct);
    }

    public static async Task UpdateAsync(IShopTransaction tx, CreditNote note, bool linesChanged, DateTimeOffset now, CancellationToken ct)
    {
        await DocumentRows.UpdateHeaderAsync(tx, Table, note.Id, note.Number, note.Status.ToString(), note.Date, note.Totals, now, ct);
        if (linesChanged)
        {
            await LineStore.DeleteAsync(tx, LineOwner, note.Id, ct);
            await LineStore.WriteAsync(tx, LineOwner, note.Id, note.Lines, ct);
        }

        await VatSummaryStore.WriteAsync(tx, LineOwner, note.Id, note.VatSummary, ct);
    }

    public static async Task DeleteAsync(IShopTransaction tx, Guid id, CancellationToken ct)
    {
        await LineStore.DeleteAsync(tx, LineOwner, id, ct);
        await VatSummaryStore.WriteAsync(tx, LineOwner, id, [], ct);
        await DocumentLinks.RemoveTargetAsync(tx, id, ct);
        await tx.ExecuteAsync($"DELETE FROM {Table} WHERE shop_id = @shop AND id = @id AND status = 'Draft'", new { id = id.ToString() }, ct);
    }

    private static async Task<CreditNote> RestoreAsync(IShopSql db, CreditNoteRow row, CancellationToken ct)
    {
        var lines = await LineStore.ReadAsync(db, LineOwner, row.Id, ct);
        var summary = await VatSummaryStore.ReadAsync(db, LineOwner, row.Id, ct);
        return CreditNote.Restore(
            Guid.Parse(row.Id),
            db.ShopId,
            row.CustomerId,
            Guid.Parse(row.InvoiceId),
            Enum.Parse<CreditNoteStatus>(row.Status),
            row.Number,
            SqlDates.ReadOptional(row.IssueDate),
            row.Reason,
            lines,
            summary);
    }
}
