namespace ModularCrm.Sdk.Data;

/// <summary>
/// The default <see cref="IShopStatement"/>: keeps the values and runs each execution through the
/// <see cref="IShopSql"/> it came from, so implementations without prepared commands keep working.
/// </summary>
internal sealed class ArgumentsShopStatement(IShopSql sql, string text) : IShopStatement
{
    private readonly Dictionary<string, object?> values = new(StringComparer.OrdinalIgnoreCase);

    public void Set(string name, object? value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (string.Equals(name.TrimStart('@', ':'), "shop", StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentException("'shop' is bound by the host to the current shop; it cannot be set.", nameof(name));
        }

        values[name] = value;
    }

    public Task<int> ExecuteAsync(CancellationToken cancellationToken = default) => sql.ExecuteAsync(text, values, cancellationToken);

    public Task<T?> ScalarAsync<T>(CancellationToken cancellationToken = default) => sql.QueryFirstOrDefaultAsync<T>(text, values, cancellationToken);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
