namespace ModularCrm.Sdk.Data;

/// <summary>
/// SQL scoped to one shop. Every statement must use the <c>@shop</c> parameter (for example
/// <c>WHERE shop_id = @shop</c>); the host binds it to the current shop and refuses statements without it,
/// and refuses arguments that try to set it. Parameters are named (<c>@name</c>) and bound from
/// <c>args</c> (an anonymous object or a dictionary); never build SQL from values.
/// </summary>
public interface IShopSql
{
    /// <summary>The shop every statement is bound to.</summary>
    long ShopId { get; }

    /// <summary>The SQL dialect of the database behind this shop.</summary>
    ISqlDialect Dialect { get; }

    /// <summary>Runs a query and maps each row to <typeparamref name="T"/> (columns to properties by name).</summary>
    Task<IReadOnlyList<T>> QueryAsync<T>(string sql, object? args = null, CancellationToken cancellationToken = default);

    /// <summary>Runs a query and returns the first row, or default when there is none.</summary>
    Task<T?> QueryFirstOrDefaultAsync<T>(string sql, object? args = null, CancellationToken cancellationToken = default);

    /// <summary>Runs a statement and returns the number of rows affected.</summary>
    Task<int> ExecuteAsync(string sql, object? args = null, CancellationToken cancellationToken = default);

    /// <summary>Runs an INSERT into a table whose primary key is an <c>id</c> identity column and returns the new id.</summary>
    Task<long> InsertAsync(string sql, object? args = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Prepares <paramref name="sql"/> (which must use <c>@shop</c>) to run many times with new values set through
    /// <see cref="IShopStatement.Set"/>. The host keeps one command and re-binds only the values; this default runs
    /// each execution as a separate statement, so that other implementations stay correct, only slower.
    /// </summary>
    Task<IShopStatement> PrepareAsync(string sql, CancellationToken cancellationToken = default) =>
        Task.FromResult<IShopStatement>(new ArgumentsShopStatement(this, sql));
}
