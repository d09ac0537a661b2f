using ModularCrm.Modules.Sales.Domain.Deliveries;
using ModularCrm.Modules.Sales.Domain.Money;
using ModularCrm.Sdk.Data;

namespace ModularCrm.Modules.Sales.Data;

/// <summary>
/// Delivery notes in <c>sales_delivery_notes</c>; their lines go to <c>sales_document_lines</c> with the order line
/// in <c>source_line_no</c> and no price (a delivery note says what left, not what it costs).
/// </summary>
internal static class DeliveryNoteStore
{
    public const string Table = "sales_delivery_notes";
    public const string LineOwner = "delivery_note";

    private const string Columns =
        "id AS Id, number AS Number, order_id AS OrderId, customer_id AS CustomerId, delivery_date AS DeliveryDate, invoice_id AS InvoiceId";

    public static Task<DeliveryNote?> FindAsync(IShopSql db, Guid id, CancellationToken ct) =>
        DocumentRows.FindAsync<DeliveryNoteRow, DeliveryNote>(db, Table, Columns, id, forUpdate: false, RestoreAsync, ct);

    public static Task<IReadOnlyList<DeliveryNote>> ForOrderAsync(IShopSql db, Guid orderId, CancellationToken ct) =>
        DocumentRows.ListAsync<DeliveryNoteRow, DeliveryNote>(
            db,
            $"SELECT {Columns} FROM {Table} WHERE shop_id = @shop AND order_id = @orderId ORDER BY number",
            new { orderId = orderId.ToString() },
            RestoreAsync,
            ct);

    public static async Task InsertAsync(IShopTransaction tx, DeliveryNote note, long customerId, DateTimeOffset now, CancellationToken ct)
    {
        await tx.ExecuteAsync(
            $"""
            INSERT INTO {Table} (id, shop_id, document_type, number, order_id, customer_id, delivery_date, invoice_id, created_at)
            VALUES (@id, @shop, 'DeliveryNote', @number, @orderId, @customerId, @date, NULL, @now)
            """,
            new { id = note.Id.ToString(), number = note.Number, orderId = note.OrderId.ToString(), customerId, date = SqlDates.Write(note.Date), now },
            ct);
        var lines = note.Lines.Select((l, i) => l.ProductId is { } productId
            ? DocumentLine.Product(productId, l.Description, l.Quantity, 0m, VatRate.Zero, 0m, i + 1, l.OrderLineNo)
            : DocumentLine.FreeText(l.Description, l.Quantity, 0m, VatRate.Zero, 0m, i + 1, l.OrderLineNo)).ToList();
        await LineStore.WriteAsync(tx, LineOwner, note.Id, lines, ct);
    }

    public static Task MarkInvoicedAsync(IShopTransaction tx, DeliveryNote note, CancellationToken ct) =>
        tx.ExecuteAsync(
            $"UPDATE {Table} SET invoice_id = @invoiceId WHERE shop_id = @shop AND id = @id",
            new { id = note.Id.ToString(), invoiceId = note.InvoiceId?.ToString() },
            ct);

    private static async Task<DeliveryNote> RestoreAsync(IShopSql db, DeliveryNoteRow row, CancellationToken ct)
    {
        var lines = await LineStore.ReadAsync(db, LineOwner, row.Id, ct);
        return DeliveryNote.Restore(
            Guid.Parse(row.Id),
            Guid.Parse(row.OrderId),
            row.Number,
            SqlDates.Read(row.DeliveryDate),
            lines.Select(l => new DeliveryNoteLine(l.SourceLineNo ?? 0, l.ProductId, l.Description, l.Quantity)),
            row.InvoiceId is null ? null : Guid.Parse(row.InvoiceId));
    }
}
