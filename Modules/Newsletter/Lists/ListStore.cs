using ModularCrm.Sdk.Data;

namespace ModularCrm.Modules.Newsletter.Lists;

/// <summary>The SQL of <c>newsletter_lists</c>.</summary>
internal static class ListStore
{
    public static Task<IReadOnlyList<NewsletterList>> ListAsync(IShopSql db, CancellationToken ct) =>
        db.QueryAsync<NewsletterList>($"SELECT {NewsletterList.Columns} FROM newsletter_lists WHERE shop_id = @shop ORDER BY name", null, ct);

    public static Task<NewsletterList?> FindAsync(IShopSql db, long id, CancellationToken ct) =>
        db.QueryFirstOrDefaultAsync<NewsletterList>($"SELECT {NewsletterList.Columns} FROM newsletter_lists WHERE shop_id = @shop AND id = @id", new { id }, ct);

    public static Task<NewsletterList?> FindBySlugAsync(IShopSql db, string slug, CancellationToken ct) =>
        db.QueryFirstOrDefaultAsync<NewsletterList>(
            $"SELECT {NewsletterList.Columns} FROM newsletter_lists WHERE shop_id = @shop AND slug = @slug", new { slug = slug.ToLowerInvariant() }, ct);

    public static Task<long> InsertAsync(IShopSql db, string slug, string name, string? description, DateTimeOffset now, CancellationToken ct) =>
        db.InsertAsync(
            "INSERT INTO newsletter_lists (shop_id, slug, name, description, created_at, updated_at) VALUES (@shop, @slug, @name, @description, @now, @now)",
            new { slug, name, description, now },
            ct);

    public static Task<int> UpdateAsync(IShopSql db, long id, string name, string? description, DateTimeOffset now, CancellationToken ct) =>
        db.ExecuteAsync(
            "UPDATE newsletter_lists SET name = @name, description = @description, updated_at = @now WHERE shop_id = @shop AND id = @id",
            new { id, name, description, now },
            ct);
}
