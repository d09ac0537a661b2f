using ModularCrm.Modules.Sales.Domain.Quotes;
using ModularCrm.Sdk.Data;

namespace ModularCrm.Modules.Sales.Data;

/// <summary>Reads and writes quotes in <c>sales_quotes</c> and their lines.</summary>
internal static class QuoteStore
{
    public const string Table = "sales_quotes";
    public const string LineOwner = "quote";

    private const string Columns =
        "id AS Id, number AS Number, status AS Status, customer_id AS CustomerId, customer_name AS CustomerName, " +
        "customer_address AS CustomerAddress, issue_date AS IssueDate, valid_until AS ValidUntil, order_id AS OrderId";

    public static Task<StoredQuote?> FindAsync(IShopSql db, Guid id, CancellationToken ct, bool forUpdate = false) =>
        DocumentRows.FindAsync<QuoteRow, StoredQuote>(db, Table, Columns, id, forUpdate, RestoreAsync, ct);

    public static Task<IReadOnlyList<StoredQuote>> ListAsync(IShopSql db, string? status, CancellationToken ct) =>
        DocumentRows.ListAsync<QuoteRow, StoredQuote>(
            db,
            $"SELECT {Columns} FROM {Table} WHERE shop_id = @shop AND (@status IS NULL OR status = @status) ORDER BY created_at, id",
            new { status },
            RestoreAsync,
            ct);

    public static async Task InsertAsync(IShopTransaction tx, StoredQuote stored, DateTimeOffset now, CancellationToken ct)
    {
        var quote = stored.Quote;
        await tx.ExecuteAsync(
            $"""
            INSERT INTO {Table} (id, shop_id, document_type, number, status, customer_id, customer_name, customer_address, issue_date, valid_until,
                order_id, total_excl_vat, total_vat, total_incl_vat, created_at, updated_at)
            VALUES (@id, @shop, 'Quote', NULL, @status, @customerId, @customerName, @customerAddress, NULL, NULL, NULL,
                @totalExclVat, @totalVat, @totalInclVat, @now, @now)
            """,
            new
            {
                id = quote.Id.ToString(),
                status = quote.Status.ToString(),
                customerId = quote.CustomerId,
                customerName = stored.CustomerName,
                customerAddress = stored.CustomerAddress,
                totalExclVat = quote.Totals.TotalExclVat,
                totalVat = quote.Totals.TotalVat,
                totalInclVat = quote.Totals.TotalInclVat,
                now,
            },
            ct);
        await LineStore.WriteAsync(tx, LineOwner, quote.Id, quote.Lines, ct);
    }

    public static async Task UpdateAsync(IShopTransaction tx, Quote quote, bool linesChanged, DateTimeOffset now, CancellationToken ct)
    {
        await tx.ExecuteAsync(
            $"""
            UPDATE {Table}
            SET number = @number, status = @status, issue_date = @issueDate, valid_until = @validUntil, order_id = @orderId,
                total_excl_vat = @totalExclVat, total_vat = @totalVat, total_incl_vat = @totalInclVat, updated_at = @now
            WHERE shop_id = @shop AND id = @id
            """,
            new
            {
                id = quote.Id.ToString(),
                number = quote.Number,
                status = quote.Status.ToString(),
                issueDate = SqlDates.Write(quote.Date),
                validUntil = SqlDates.Write(quote.ValidUntil),
                orderId = quote.OrderId?.ToString(),
                totalExclVat = quote.Totals.TotalExclVat,
                totalVat = quote.Totals.TotalVat,
                totalInclVat = quote.Totals.TotalInclVat,
                now,
            },
            ct);
        if (linesChanged)
        {
            await LineStore.DeleteAsync(tx, LineOwner, quote.Id, ct);
            await LineStore.WriteAsync(tx, LineOwner, quote.Id, quote.Lines, ct);
        }
    }

    private static async Task<StoredQuote> RestoreAsync(IShopSql db, QuoteRow row, CancellationToken ct)
    {
        var lines = await LineStore.ReadAsync(db, LineOwner, row.Id, ct);
        var quote = Quote.Restore(
            Guid.Parse(row.Id),
            db.ShopId,
            row.CustomerId,
            Enum.Parse<QuoteStatus>(row.Status),
            row.Number,
            SqlDates.ReadOptional(row.IssueDate),
            SqlDates.ReadOptional(row.ValidUntil),
            lines,
            row.OrderId is null ? null : Guid.Parse(row.OrderId));
        return new StoredQuote(quote, row.CustomerName, row.CustomerAddress);
    }
}
