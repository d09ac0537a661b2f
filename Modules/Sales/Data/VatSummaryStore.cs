using ModularCrm.Modules.Sales.Domain.Money;
using ModularCrm.Sdk.Data;

namespace ModularCrm.Modules.Sales.Data;

/// <summary>
/// Base and VAT per rate that a document fixed rather than computed from its lines (a deposit invoice's split, a
/// credit note's summary), in <c>sales_vat_summaries</c>.
/// </summary>
internal static class VatSummaryStore
{
    public static async Task<IReadOnlyList<VatBreakdownLine>> ReadAsync(IShopSql db, string owner, string ownerId, CancellationToken ct) =>
        (await ReadManyAsync(db, owner, [ownerId], ct)).SelectMany(kv => kv.Value).ToList();

    /// <summary>The summaries of several documents of one type, by owner id (absent owners have no entry).</summary>
    public static async Task<IReadOnlyDictionary<string, List<VatBreakdownLine>>> ReadManyAsync(IShopSql db, string owner, IReadOnlyCollection<string> ownerIds, CancellationToken ct)
    {
        var result = new Dictionary<string, List<VatBreakdownLine>>();
        if (ownerIds.Count == 0)
        {
            return result;
        }

        var rows = await db.QueryAsync<VatSummaryRow>(
            """
            SELECT owner_id AS OwnerId, vat_rate AS VatRate, base_excl_vat AS BaseExclVat, vat AS Vat
            FROM sales_vat_summaries WHERE shop_id = @shop AND owner_type = @owner AND owner_id IN @ownerIds ORDER BY owner_id, vat_rate DESC
            """,
            new { owner, ownerIds },
            ct);
        foreach (var row in rows)
        {
            var line = new VatBreakdownLine(VatRate.FromPercent(SqlNumbers.Decimal(row.VatRate)), SqlNumbers.Decimal(row.BaseExclVat), SqlNumbers.Decimal(row.Vat));
            if (!result.TryGetValue(row.OwnerId, out var list))
            {
                result[row.OwnerId] = list = [];
            }

            list.Add(line);
        }

        return result;
    }

    /// <summary>Replaces the summary of a document.</summary>
    public static async Task WriteAsync(IShopTransaction tx, string owner, Guid ownerId, IEnumerable<VatBreakdownLine> summary, CancellationToken ct)
    {
        await tx.ExecuteAsync(
            "DELETE FROM sales_vat_summaries WHERE shop_id = @shop AND owner_type = @owner AND owner_id = @ownerId",
            new { owner, ownerId = ownerId.ToString() },
            ct);
        foreach (var line in summary)
        {
            await tx.ExecuteAsync(
                """
                INSERT INTO sales_vat_summaries (shop_id, owner_type, owner_id, vat_rate, base_excl_vat, vat)
                VALUES (@shop, @owner, @ownerId, @rate, @base, @vat)
                """,
                new { owner, ownerId = ownerId.ToString(), rate = line.Rate.Percent, @base = line.BaseExclVat, vat = line.Vat },
                ct);
        }
    }
}
