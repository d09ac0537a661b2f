using ModularCrm.Sdk.Data;

namespace ModularCrm.Modules.Sales.Data;

/// <summary>
/// Links between documents (<c>sales_document_links</c>), written in the transaction that creates the follow-up
/// and read both ways: a document's sources and its follow-ups.
/// </summary>
internal static class DocumentLinks
{
    public static Task WriteAsync(IShopTransaction tx, string sourceType, Guid sourceId, string targetType, Guid targetId, CancellationToken ct) =>
        tx.ExecuteAsync(
            """
            INSERT INTO sales_document_links (shop_id, source_type, source_id, target_type, target_id)
            VALUES (@shop, @sourceType, @sourceId, @targetType, @targetId)
            """,
            new { sourceType, sourceId = sourceId.ToString(), targetType, targetId = targetId.ToString() },
            ct);

    public static Task RemoveTargetAsync(IShopTransaction tx, Guid targetId, CancellationToken ct) =>
        tx.ExecuteAsync("DELETE FROM sales_document_links WHERE shop_id = @shop AND target_id = @targetId", new { targetId = targetId.ToString() }, ct);

    /// <summary>The documents linked to <paramref name="id"/>: those it came from and those that follow it.</summary>
    public static Task<IReadOnlyList<LinkRow>> ForAsync(IShopSql db, Guid id, CancellationToken ct) =>
        db.QueryAsync<LinkRow>(
            """
            SELECT 'source' AS Direction, source_type AS Type, source_id AS Id FROM sales_document_links WHERE shop_id = @shop AND target_id = @id
            UNION ALL
            SELECT 'follow_up' AS Direction, target_type AS Type, target_id AS Id FROM sales_document_links WHERE shop_id = @shop AND source_id = @id
            """,
            new { id = id.ToString() },
            ct);
}
