using ModularCrm.Modules.Sales.Domain.Money;
using ModularCrm.Sdk.Data;

namespace ModularCrm.Modules.Sales.Data;

/// <summary>The reads every document store shares: one header row by id (locked when asked), or a list, each restored with its children.</summary>
internal static class DocumentRows
{
    /// <summary>The header row of <paramref name="id"/> in <paramref name="table"/>, restored; null when this shop has none.</summary>
    public static async Task<T?> FindAsync<TRow, T>(IShopSql db, string table, string columns, Guid id, bool forUpdate, Func<IShopSql, TRow, CancellationToken, Task<T>> restore, CancellationToken ct)
        where T : class
    {
        var sql = forUpdate
            ? db.Dialect.SelectForUpdate(table, columns, "shop_id = @shop AND id = @id")
            : $"SELECT {columns} FROM {table} WHERE shop_id = @shop AND id = @id";
        var row = await db.QueryFirstOrDefaultAsync<TRow>(sql, new { id = id.ToString() }, ct);
        return row is null ? null : await restore(db, row, ct);
    }

    /// <summary>The rows <paramref name="sql"/> selects, each restored.</summary>
    public static async Task<IReadOnlyList<T>> ListAsync<TRow, T>(IShopSql db, string sql, object? args, Func<IShopSql, TRow, CancellationToken, Task<T>> restore, CancellationToken ct)
    {
        var rows = await db.QueryAsync<TRow>(sql, args, ct);
        var result = new List<T>(rows.Count);
        foreach (var row in rows)
        {
            result.Add(await restore(db, row, ct));
        }

        return result;
    }

    /// <summary>Writes the state every numbered document header shares (orders, credit notes): number, status, date and totals.</summary>
    public static Task UpdateHeaderAsync(IShopTransaction tx, string table, Guid id, string? number, string status, DateOnly? issueDate, DocumentTotals totals, DateTimeOffset now, CancellationToken ct) =>
        tx.ExecuteAsync(
            $"""
            UPDATE {table}
            SET number = @number, status = @status, issue_date = @issueDate, total_excl_vat = @totalExclVat, total_vat = @totalVat,
                total_incl_vat = @totalInclVat, updated_at = @now
            WHERE shop_id = @shop AND id = @id
            """,
            new
            {
                id = id.ToString(),
                number,
                status,
                issueDate = SqlDates.Write(issueDate),
                totalExclVat = totals.TotalExclVat,
                totalVat = totals.TotalVat,
                totalInclVat = totals.TotalInclVat,
                now,
            },
            ct);
}
