using ModularCrm.Modules.Sales.Domain.Money;
using ModularCrm.Sdk.Data;

namespace ModularCrm.Modules.Sales.Data;

/// <summary>The lines of any document in <c>sales_document_lines</c>, keyed by owner type and owner id.</summary>
internal static class LineStore
{
    public static async Task<IReadOnlyList<DocumentLine>> ReadAsync(IShopSql db, string owner, string ownerId, CancellationToken ct)
    {
        var rows = await db.QueryAsync<LineRow>(
            """
            SELECT line_no AS LineNo, product_id AS ProductId, description AS Description, quantity AS Quantity,
                   unit_price_excl_vat AS UnitPriceExclVat, discount_percent AS DiscountPercent, vat_rate AS VatRate, source_line_no AS SourceLineNo
            FROM sales_document_lines WHERE shop_id = @shop AND owner_type = @owner AND owner_id = @ownerId ORDER BY line_no
            """,
            new { owner, ownerId },
            ct);
        return rows.Select(ToLine).ToList();
    }

    public static async Task WriteAsync(IShopTransaction tx, string owner, Guid ownerId, IReadOnlyList<DocumentLine> lines, CancellationToken ct)
    {
        var lineNo = 0;
        foreach (var line in lines)
        {
            lineNo++;
            await tx.ExecuteAsync(
                """
                INSERT INTO sales_document_lines (shop_id, owner_type, owner_id, line_no, product_id, description, quantity, unit_price_excl_vat,
                    discount_percent, vat_rate, source_line_no, total_excl_vat)
                VALUES (@shop, @owner, @ownerId, @lineNo, @productId, @description, @quantity, @unitPrice, @discount, @vatRate, @sourceLineNo, @total)
                """,
                new
                {
                    owner,
                    ownerId = ownerId.ToString(),
                    lineNo,
                    productId = line.ProductId,
                    description = line.Description,
                    quantity = line.Quantity,
                    unitPrice = line.UnitPriceExclVat,
                    discount = line.DiscountPercent,
                    vatRate = line.VatRate.Percent,
                    sourceLineNo = line.SourceLineNo,
                    total = line.TotalExclVat,
                },
                ct);
        }
    }

    public static Task DeleteAsync(IShopTransaction tx, string owner, Guid ownerId, CancellationToken ct) =>
        tx.ExecuteAsync(
            "DELETE FROM sales_document_lines WHERE shop_id = @shop AND owner_type = @owner AND owner_id = @ownerId",
            new { owner, ownerId = ownerId.ToString() },
            ct);

    private static DocumentLine ToLine(LineRow l)
    {
        var rate = VatRate.FromPercent(SqlNumbers.Decimal(l.VatRate));
        var (quantity, price, discount) = (SqlNumbers.Decimal(l.Quantity), SqlNumbers.Decimal(l.UnitPriceExclVat), SqlNumbers.Decimal(l.DiscountPercent));
        return l.ProductId is { } productId
            ? DocumentLine.Product(productId, l.Description, quantity, price, rate, discount, l.LineNo, l.SourceLineNo)
            : DocumentLine.FreeText(l.Description, quantity, price, rate, discount, l.LineNo, l.SourceLineNo);
    }
}
