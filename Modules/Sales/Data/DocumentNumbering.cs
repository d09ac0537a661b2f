using ModularCrm.Modules.Sales.Domain.Common;
using ModularCrm.Modules.Sales.Domain.Numbering;
using ModularCrm.Sdk.Data;

namespace ModularCrm.Modules.Sales.Data;

/// <summary>
/// Gives the next number of a document type inside the validating transaction (see the remarks on
/// <see cref="NumberingCounterKey"/>): the UPDATE takes the row lock, a rollback gives the number back.
/// </summary>
internal static class DocumentNumbering
{
    public static async Task<NumberingMask> MaskAsync(IShopSql db, SalesDocumentType type, CancellationToken ct)
    {
        var text = await db.QueryFirstOrDefaultAsync<string>(
            "SELECT mask FROM sales_numbering_masks WHERE shop_id = @shop AND document_type = @type",
            new { type = type.ToString() },
            ct);
        return NumberingMask.Parse(text ?? DefaultNumberingMasks.For(type));
    }

    /// <summary>
    /// The number the next document of <paramref name="type"/> dated <paramref name="date"/> would get, read without
    /// taking it (a preview: a validation in between takes it first).
    /// </summary>
    public static async Task<string> PreviewAsync(IShopSql db, SalesDocumentType type, DateOnly date, CancellationToken ct)
    {
        var mask = await MaskAsync(db, type, ct);
        var last = await db.QueryFirstOrDefaultAsync<long?>(
            "SELECT last_value FROM sales_number_counters WHERE shop_id = @shop AND document_type = @type AND period = @period",
            new { type = type.ToString(), period = mask.Period(date) },
            ct);
        return mask.Format(date, (last ?? 0) + 1);
    }

    /// <summary>
    /// Refuses a date earlier than the last numbered document of the same type (numbers and dates must rise
    /// together), then increments the counter of the date's period and formats the number.
    /// </summary>
    public static async Task<string> NextAsync(IShopTransaction tx, SalesDocumentType type, string table, DateOnly date, CancellationToken ct, string dateColumn = "issue_date")
    {
        var mask = await MaskAsync(tx, type, ct);
        var key = mask.CounterKey(tx.ShopId, type, date);
        var args = new { type = type.ToString(), period = key.Period };
        var updated = await tx.ExecuteAsync(
            """
            UPDATE sales_number_counters SET last_value = last_value + 1
            WHERE shop_id = @shop AND document_type = @type AND period = @period
            """,
            args,
            ct);
        if (updated == 0)
        {
            // First number of the period. On SQLite writers are serialised; elsewhere a concurrent first insert
            // fails on the primary key and the caller's transaction rolls back (no number is lost).
            await tx.ExecuteAsync(
                "INSERT INTO sales_number_counters (shop_id, document_type, period, last_value) VALUES (@shop, @type, @period, 1)",
                args,
                ct);
        }

        var value = await tx.QueryFirstOrDefaultAsync<long>(
            "SELECT last_value FROM sales_number_counters WHERE shop_id = @shop AND document_type = @type AND period = @period",
            args,
            ct);

        // Checked after the lock is held, so the last date read cannot move under us.
        var lastDate = await tx.QueryFirstOrDefaultAsync<LastDateRow>(
            $"SELECT MAX({dateColumn}) AS LastDate FROM {table} WHERE shop_id = @shop AND document_type = @type AND number IS NOT NULL",
            args,
            ct);
        if (SqlDates.ReadOptional(lastDate?.LastDate) is { } last && date < last)
        {
            throw SalesDomainException.Of(
                "numbering.date_before_last",
                "date",
                $"La date du {date:dd/MM/yyyy} précède celle du dernier document numéroté ({last:dd/MM/yyyy}) : la numérotation doit suivre l'ordre des dates.");
        }

        return mask.Format(date, value);
    }
}
