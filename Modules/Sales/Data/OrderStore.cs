using ModularCrm.Modules.Sales.Domain.Orders;
using ModularCrm.Sdk.Data;

namespace ModularCrm.Modules.Sales.Data;

/// <summary>
/// Reads and writes orders in <c>sales_orders</c>, their lines and <c>sales_order_progress</c>. Deposits of an
/// order are not stored on it: they are its validated deposit invoices, and the deducted ones those named in
/// <c>sales_invoice_deposits</c> by a validated invoice.
/// </summary>
internal static class OrderStore
{
    public const string Table = "sales_orders";
    public const string LineOwner = "order";

    private const string Columns =
        "id AS Id, number AS Number, status AS Status, quote_id AS QuoteId, customer_id AS CustomerId, customer_name AS CustomerName, " +
        "customer_address AS CustomerAddress, issue_date AS IssueDate";

    public static Task<StoredOrder?> FindAsync(IShopSql db, Guid id, CancellationToken ct, bool forUpdate = false) =>
        DocumentRows.FindAsync<OrderRow, StoredOrder>(db, Table, Columns, id, forUpdate, RestoreAsync, ct);

    public static Task<IReadOnlyList<StoredOrder>> ListAsync(IShopSql db, string? status, CancellationToken ct) =>
        DocumentRows.ListAsync<OrderRow, StoredOrder>(
            db,
            $"SELECT {Columns} FROM {Table} WHERE shop_id = @shop AND (@status IS NULL OR status = @status) ORDER BY created_at, id",
            new { status },
            RestoreAsync,
            ct);

    public static async Task InsertAsync(IShopTransaction tx, StoredOrder stored, DateTimeOffset now, CancellationToken ct)
    {
        var order = stored.Order;
        await tx.ExecuteAsync(
            $"""
            INSERT INTO {Table} (id, shop_id, document_type, number, status, quote_id, customer_id, customer_name, customer_address, issue_date,
                total_excl_vat, total_vat, total_incl_vat, created_at, updated_at)
            VALUES (@id, @shop, 'Order', NULL, @status, @quoteId, @customerId, @customerName, @customerAddress, NULL,
                @totalExclVat, @totalVat, @totalInclVat, @now, @now)
            """,
            new
            {
                id = order.Id.ToString(),
                status = order.Status.ToString(),
                quoteId = order.QuoteId?.ToString(),
                customerId = order.CustomerId,
                customerName = stored.CustomerName,
                customerAddress = stored.CustomerAddress,
                totalExclVat = order.Totals.TotalExclVat,
                totalVat = order.Totals.TotalVat,
                totalInclVat = order.Totals.TotalInclVat,
                now,
            },
            ct);
        await LineStore.WriteAsync(tx, LineOwner, order.Id, order.Lines, ct);
    }

    /// <summary>Writes the header's state, the delivered/invoiced quantities and, for a draft, its lines again.</summary>
    public static async Task UpdateAsync(IShopTransaction tx, SalesOrder order, bool linesChanged, DateTimeOffset now, CancellationToken ct)
    {
        await DocumentRows.UpdateHeaderAsync(tx, Table, order.Id, order.Number, order.Status.ToString(), order.Date, order.Totals, now, ct);
        if (linesChanged)
        {
            await LineStore.DeleteAsync(tx, LineOwner, order.Id, ct);
            await LineStore.WriteAsync(tx, LineOwner, order.Id, order.Lines, ct);
        }

        await tx.ExecuteAsync("DELETE FROM sales_order_progress WHERE shop_id = @shop AND order_id = @id", new { id = order.Id.ToString() }, ct);
        foreach (var p in order.Progress.Where(p => p.Delivered > 0m || p.Invoiced > 0m))
        {
            await tx.ExecuteAsync(
                """
                INSERT INTO sales_order_progress (shop_id, order_id, line_no, delivered, invoiced)
                VALUES (@shop, @id, @lineNo, @delivered, @invoiced)
                """,
                new { id = order.Id.ToString(), lineNo = p.LineNo, delivered = p.Delivered, invoiced = p.Invoiced },
                ct);
        }
    }

    private static async Task<StoredOrder> RestoreAsync(IShopSql db, OrderRow row, CancellationToken ct)
    {
        var lines = await LineStore.ReadAsync(db, LineOwner, row.Id, ct);
        var progress = await db.QueryAsync<ProgressRow>(
            "SELECT line_no AS LineNo, delivered AS Delivered, invoiced AS Invoiced FROM sales_order_progress WHERE shop_id = @shop AND order_id = @id",
            new { id = row.Id },
            ct);
        var deposits = await db.QueryAsync<string>(
            "SELECT id FROM sales_invoices WHERE shop_id = @shop AND order_id = @id AND kind = 'Deposit' AND number IS NOT NULL",
            new { id = row.Id },
            ct);
        var deducted = await db.QueryAsync<string>(
            """
            SELECT d.deposit_invoice_id FROM sales_invoice_deposits d
            JOIN sales_invoices i ON i.id = d.invoice_id AND i.shop_id = d.shop_id
            WHERE d.shop_id = @shop AND i.order_id = @id AND i.number IS NOT NULL
            """,
            new { id = row.Id },
            ct);
        var order = SalesOrder.Restore(
            Guid.Parse(row.Id),
            db.ShopId,
            row.CustomerId,
            Enum.Parse<OrderStatus>(row.Status),
            row.Number,
            SqlDates.ReadOptional(row.IssueDate),
            lines,
            row.QuoteId is null ? null : Guid.Parse(row.QuoteId),
            progress.Select(p => new OrderLineProgress(p.LineNo, 0m, SqlNumbers.Decimal(p.Delivered), SqlNumbers.Decimal(p.Invoiced))),
            deposits.Select(Guid.Parse),
            deducted.Select(Guid.Parse));
        return new StoredOrder(order, row.CustomerName, row.CustomerAddress);
    }
}
