using ModularCrm.Sdk.Data;

namespace MyModule.Api;

/// <summary>The SQL of the notes table: always named parameters, always the shop.</summary>
internal static class NoteStore
{
    public static Task<IReadOnlyList<Note>> ListAsync(IShopSql db, CancellationToken ct) =>
        db.QueryAsync<Note>("SELECT id AS Id, text AS Text FROM mymodule_notes WHERE shop_id = @shop ORDER BY id", null, ct);

    public static Task<long> AddAsync(IShopSql db, string text, CancellationToken ct) =>
        db.InsertAsync(
            "INSERT INTO mymodule_notes (shop_id, text, created_at) VALUES (@shop, @text, @createdAt)",
            new { text, createdAt = DateTimeOffset.UtcNow },
            ct);
}
