namespace ModularCrm.Sdk.Data;

/// <summary>The few places where SQL differs between the supported database engines.</summary>
public interface ISqlDialect
{
    /// <summary>Engine name: <c>sqlite</c>, <c>sqlserver</c> or <c>postgres</c>.</summary>
    string Name { get; }

    /// <summary>
    /// Appends paging to a query that already has an ORDER BY, reading the parameters
    /// <paramref name="offsetParameter"/> and <paramref name="limitParameter"/>.
    /// </summary>
    string Page(string orderedSelect, string offsetParameter = "offset", string limitParameter = "limit");

    /// <summary>
    /// An insert-or-update of one row keyed by <paramref name="keyColumns"/>; parameters are named after the columns,
    /// except <c>shop_id</c>, which reads <c>@shop</c> so that the statement passes the shop check of <see cref="IShopSql"/>.
    /// </summary>
    string Upsert(string table, IReadOnlyList<string> keyColumns, IReadOnlyList<string> updateColumns);

    /// <summary>
    /// A SELECT of <paramref name="columns"/> from <paramref name="table"/> filtered by <paramref name="where"/>,
    /// that locks the selected rows until the transaction ends (readers who use it queue behind each other).
    /// </summary>
    string SelectForUpdate(string table, string columns, string where);

    /// <summary>The engine's column type for a portable type name (<c>id</c>, <c>money</c>, <c>text(n)</c>, ...).</summary>
    string TypeName(string portableType);
}
