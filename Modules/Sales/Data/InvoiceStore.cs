using ModularCrm.Modules.Sales.Domain.Invoices;
using ModularCrm.Modules.Sales.Domain.Money;
using ModularCrm.Modules.Sales.Domain.Payments;
using ModularCrm.Sdk.Data;

namespace ModularCrm.Modules.Sales.Data;

/// <summary>Reads and writes invoices (header, lines, payments) in <c>sales_invoices</c> and its child tables.</summary>
internal static class InvoiceStore
{
    public const string Table = "sales_invoices";
    public const string LineOwner = "invoice";
    private const string DeliveryNoteSource = "delivery_note";
    private const string PreviousDepositSource = "previous_deposit";

    private const string Columns =
        "id AS Id, kind AS Kind, number AS Number, status AS Status, customer_id AS CustomerId, customer_name AS CustomerName, " +
        "customer_address AS CustomerAddress, issue_date AS IssueDate, due_date AS DueDate, payment_terms_kind AS PaymentTermsKind, " +
        "payment_terms_days AS PaymentTermsDays, order_id AS OrderId";

    public static Task<StoredInvoice?> FindAsync(IShopSql db, Guid id, CancellationToken ct, bool forUpdate = false) =>
        DocumentRows.FindAsync<InvoiceRow, StoredInvoice>(db, Table, Columns, id, forUpdate, RestoreAsync, ct);

    public static Task<IReadOnlyList<StoredInvoice>> ListAsync(IShopSql db, string? status, CancellationToken ct) =>
        DocumentRows.ListAsync<InvoiceRow, StoredInvoice>(
            db,
            $"SELECT {Columns} FROM {Table} WHERE shop_id = @shop AND (@status IS NULL OR status = @status) ORDER BY created_at, id",
            new { status },
            RestoreAsync,
            ct);

    public static async Task InsertAsync(IShopTransaction tx, StoredInvoice stored, DateTimeOffset now, CancellationToken ct)
    {
        var invoice = stored.Invoice;
        await tx.ExecuteAsync(
            $"""
            INSERT INTO {Table} (id, shop_id, document_type, kind, number, status, order_id, customer_id, customer_name, customer_address,
                issue_date, due_date, payment_terms_kind, payment_terms_days, total_excl_vat, total_vat, total_incl_vat, amount_paid,
                validated_at, created_at, updated_at)
            VALUES (@id, @shop, 'Invoice', @kind, NULL, @status, @orderId, @customerId, @customerName, @customerAddress,
                NULL, NULL, NULL, NULL, @totalExclVat, @totalVat, @totalInclVat, 0, NULL, @now, @now)
            """,
            new
            {
                id = invoice.Id.ToString(),
                kind = invoice.Kind.ToString(),
                status = invoice.Status.ToString(),
                orderId = invoice.OrderId?.ToString(),
                customerId = invoice.CustomerId,
                customerName = stored.CustomerName,
                customerAddress = stored.CustomerAddress,
                totalExclVat = invoice.Totals.TotalExclVat,
                totalVat = invoice.Totals.TotalVat,
                totalInclVat = invoice.Totals.TotalInclVat,
                now,
            },
            ct);
        await LineStore.WriteAsync(tx, LineOwner, invoice.Id, invoice.Lines, ct);
        await VatSummaryStore.WriteAsync(tx, LineOwner, invoice.Id, invoice.DepositSummary, ct);
        foreach (var (kind, ids) in new[] { (DeliveryNoteSource, invoice.DeliveryNoteIds), (PreviousDepositSource, invoice.PreviousDepositInvoiceIds) })
        {
            foreach (var sourceId in ids)
            {
                await tx.ExecuteAsync(
                    "INSERT INTO sales_invoice_sources (shop_id, invoice_id, source_kind, source_id) VALUES (@shop, @id, @kind, @sourceId)",
                    new { id = invoice.Id.ToString(), kind, sourceId = sourceId.ToString() },
                    ct);
            }
        }

        await WriteDeductionsAsync(tx, invoice, ct);
    }

    /// <summary>Writes the header's state and, for a draft, its lines again.</summary>
    public static async Task UpdateAsync(IShopTransaction tx, Invoice invoice, bool linesChanged, DateTimeOffset now, CancellationToken ct)
    {
        await tx.ExecuteAsync(
            $"""
            UPDATE {Table}
            SET number = @number, status = @status, issue_date = @issueDate, due_date = @dueDate, payment_terms_kind = @termsKind,
                payment_terms_days = @termsDays, total_excl_vat = @totalExclVat, total_vat = @totalVat, total_incl_vat = @totalInclVat,
                amount_paid = @amountPaid, validated_at = COALESCE(validated_at, @validatedAt), updated_at = @now
            WHERE shop_id = @shop AND id = @id
            """,
            new
            {
                id = invoice.Id.ToString(),
                number = invoice.Number,
                status = invoice.Status.ToString(),
                issueDate = SqlDates.Write(invoice.IssueDate),
                dueDate = SqlDates.Write(invoice.DueDate),
                termsKind = invoice.PaymentTerms?.Kind.ToString(),
                termsDays = invoice.PaymentTerms?.Days,
                totalExclVat = invoice.Totals.TotalExclVat,
                totalVat = invoice.Totals.TotalVat,
                totalInclVat = invoice.Totals.TotalInclVat,
                amountPaid = invoice.AmountPaid,
                validatedAt = invoice.IsFrozen ? now : (DateTimeOffset?)null,
                now,
            },
            ct);
        if (linesChanged)
        {
            await LineStore.DeleteAsync(tx, LineOwner, invoice.Id, ct);
            await LineStore.WriteAsync(tx, LineOwner, invoice.Id, invoice.Lines, ct);
            await WriteDeductionsAsync(tx, invoice, ct);
        }
    }

    public static async Task DeleteAsync(IShopTransaction tx, Guid id, CancellationToken ct)
    {
        await LineStore.DeleteAsync(tx, LineOwner, id, ct);
        await VatSummaryStore.WriteAsync(tx, LineOwner, id, [], ct);
        await tx.ExecuteAsync("DELETE FROM sales_invoice_sources WHERE shop_id = @shop AND invoice_id = @id", new { id = id.ToString() }, ct);
        await tx.ExecuteAsync("DELETE FROM sales_invoice_deposits WHERE shop_id = @shop AND invoice_id = @id", new { id = id.ToString() }, ct);
        await DocumentLinks.RemoveTargetAsync(tx, id, ct);
        await tx.ExecuteAsync($"DELETE FROM {Table} WHERE shop_id = @shop AND id = @id AND status = 'Draft'", new { id = id.ToString() }, ct);
    }

    public static Task InsertPaymentAsync(IShopTransaction tx, Guid invoiceId, Payment payment, DateTimeOffset now, CancellationToken ct) =>
        tx.ExecuteAsync(
            """
            INSERT INTO sales_payments (id, shop_id, invoice_id, payment_date, amount, method, reference, created_at)
            VALUES (@id, @shop, @invoiceId, @date, @amount, @method, @reference, @now)
            """,
            new
            {
                id = payment.Id.ToString(),
                invoiceId = invoiceId.ToString(),
                date = SqlDates.Write(payment.Date),
                amount = payment.Amount,
                method = payment.Method.ToString(),
                reference = payment.Reference,
                now,
            },
            ct);

    private static async Task WriteDeductionsAsync(IShopTransaction tx, Invoice invoice, CancellationToken ct)
    {
        await tx.ExecuteAsync("DELETE FROM sales_invoice_deposits WHERE shop_id = @shop AND invoice_id = @id", new { id = invoice.Id.ToString() }, ct);
        foreach (var deposit in invoice.DeductedDepositInvoiceIds)
        {
            await tx.ExecuteAsync(
                "INSERT INTO sales_invoice_deposits (shop_id, invoice_id, deposit_invoice_id) VALUES (@shop, @id, @deposit)",
                new { id = invoice.Id.ToString(), deposit = deposit.ToString() },
                ct);
        }
    }

    private static async Task<StoredInvoice> RestoreAsync(IShopSql db, InvoiceRow row, CancellationToken ct)
    {
        var lines = await LineStore.ReadAsync(db, LineOwner, row.Id, ct);
        var payments = await db.QueryAsync<PaymentRow>(
            """
            SELECT id AS Id, payment_date AS PaymentDate, amount AS Amount, method AS Method, reference AS Reference
            FROM sales_payments WHERE shop_id = @shop AND invoice_id = @id ORDER BY payment_date, created_at
            """,
            new { id = row.Id },
            ct);
        var sources = await db.QueryAsync<(string Kind, string Id)>(
            "SELECT source_kind, source_id FROM sales_invoice_sources WHERE shop_id = @shop AND invoice_id = @id ORDER BY source_kind, source_id",
            new { id = row.Id },
            ct);
        var deducted = await db.QueryAsync<string>(
            "SELECT deposit_invoice_id FROM sales_invoice_deposits WHERE shop_id = @shop AND invoice_id = @id ORDER BY deposit_invoice_id",
            new { id = row.Id },
            ct);
        var creditNotes = await db.QueryAsync<string>(
            "SELECT id FROM sales_credit_notes WHERE shop_id = @shop AND invoice_id = @id AND status = 'Validated' ORDER BY number",
            new { id = row.Id },
            ct);
        var credited = await VatSummaryStore.ReadManyAsync(db, CreditNoteStore.LineOwner, creditNotes, ct);
        var terms = row.PaymentTermsKind is null ? null : PaymentTerms.Create(Enum.Parse<PaymentTermsKind>(row.PaymentTermsKind), row.PaymentTermsDays ?? 0);
        var data = new InvoiceData(
            Guid.Parse(row.Id),
            db.ShopId,
            row.CustomerId,
            Enum.Parse<InvoiceKind>(row.Kind),
            Enum.Parse<InvoiceStatus>(row.Status),
            row.Number,
            SqlDates.ReadOptional(row.IssueDate),
            SqlDates.ReadOptional(row.DueDate),
            terms,
            lines,
            row.OrderId is null ? null : Guid.Parse(row.OrderId),
            Sources(sources, DeliveryNoteSource),
            await VatSummaryStore.ReadAsync(db, LineOwner, row.Id, ct),
            TotalsCalculator.Group((await VatSummaryStore.ReadManyAsync(db, LineOwner, deducted, ct)).SelectMany(kv => kv.Value)).Values.ToList(),
            deducted.Select(Guid.Parse).ToList(),
            payments.Select(p => Payment.Create(SqlDates.Read(p.PaymentDate), SqlNumbers.Decimal(p.Amount), Enum.Parse<PaymentMethod>(p.Method), p.Reference, Guid.Parse(p.Id))).ToList(),
            creditNotes.Select(c => new AppliedCreditNote(Guid.Parse(c), credited.GetValueOrDefault(c) ?? [])).ToList(),
            Sources(sources, PreviousDepositSource));
        return new StoredInvoice(Invoice.Restore(data), row.CustomerName, row.CustomerAddress);
    }

    private static List<Guid> Sources(IReadOnlyList<(string Kind, string Id)> sources, string kind) =>
        sources.Where(s => s.Kind == kind).Select(s => Guid.Parse(s.Id)).ToList();
}
