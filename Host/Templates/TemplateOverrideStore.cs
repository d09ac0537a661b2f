using Dapper;
using ModularCrm.Host.Data;

namespace ModularCrm.Host.Templates;

/// <summary>The rows of <c>core_template_overrides</c>; always for one shop.</summary>
internal sealed class TemplateOverrideStore(Database db)
{
    private const string Columns = "template_name AS TemplateName, body AS Body, updated_at AS UpdatedAt, updated_by AS UpdatedBy";

    public async Task<TemplateOverride?> FindAsync(long shopId, string fullName, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        return await connection.QuerySingleOrDefaultAsync<TemplateOverride>(new CommandDefinition(
            $"SELECT {Columns} FROM core_template_overrides WHERE shop_id = @shop AND template_name = @name",
            new { shop = shopId, name = fullName },
            cancellationToken: ct));
    }

    public async Task<IReadOnlySet<string>> NamesAsync(long shopId, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        var names = await connection.QueryAsync<string>(new CommandDefinition(
            "SELECT template_name FROM core_template_overrides WHERE shop_id = @shop",
            new { shop = shopId },
            cancellationToken: ct));
        return names.ToHashSet(StringComparer.Ordinal);
    }

    public async Task SaveAsync(long shopId, string fullName, string body, DateTimeOffset at, long? by, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        var sql = db.Dialect.Upsert("core_template_overrides", ["shop_id", "template_name"], ["body", "updated_at", "updated_by"]);
        await connection.ExecuteAsync(new CommandDefinition(
            sql,
            new { shop = shopId, template_name = fullName, body, updated_at = at, updated_by = by },
            cancellationToken: ct));
    }

    public async Task<bool> DeleteAsync(long shopId, string fullName, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        return await connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM core_template_overrides WHERE shop_id = @shop AND template_name = @name",
            new { shop = shopId, name = fullName },
            cancellationToken: ct)) > 0;
    }
}
