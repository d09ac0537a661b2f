namespace ModularCrm.Sdk.Data;

/// <summary>
/// One shop statement prepared once and run many times with new parameter values: bulk work (an import of a
/// million rows) that would otherwise pay for parsing, planning and parameter binding on every row. Obtain it from
/// <see cref="IShopSql.PrepareAsync"/>; the same <c>@shop</c> rule applies and the host binds <c>@shop</c> itself.
/// Not thread-safe; dispose it before the transaction it came from ends.
/// </summary>
public interface IShopStatement : IAsyncDisposable
{
    /// <summary>Sets the named parameter <c>@<paramref name="name"/></c> for the next runs; null binds SQL NULL.</summary>
    /// <exception cref="ArgumentException">The name is blank or is <c>shop</c>, which the host binds.</exception>
    void Set(string name, object? value);

    /// <summary>Runs the statement with the current values and returns the number of rows affected.</summary>
    Task<int> ExecuteAsync(CancellationToken cancellationToken = default);

    /// <summary>Runs the statement and returns the first column of its first row, or default when there is none.</summary>
    Task<T?> ScalarAsync<T>(CancellationToken cancellationToken = default);
}
