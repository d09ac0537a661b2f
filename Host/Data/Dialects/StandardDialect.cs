namespace ModularCrm.Host.Data.Dialects;

/// <summary>
/// What SQLite and PostgreSQL write alike: <c>LIMIT/OFFSET</c> paging, <c>INSERT ... ON CONFLICT</c> upserts and
/// <c>RETURNING id</c> (SQLite has had both since 3.35).
/// </summary>
public abstract class StandardDialect : SqlDialect
{
    /// <inheritdoc />
    public sealed override string Page(string orderedSelect, string offsetParameter = "offset", string limitParameter = "limit") =>
        $"{SqlText.TrimStatement(orderedSelect)} LIMIT @{SqlText.Identifier(limitParameter, "limitParameter")} OFFSET @{SqlText.Identifier(offsetParameter, "offsetParameter")}";

    /// <inheritdoc />
    public sealed override string Upsert(string table, IReadOnlyList<string> keyColumns, IReadOnlyList<string> updateColumns)
    {
        SqlText.CheckUpsert(table, keyColumns, updateColumns);
        var columns = keyColumns.Concat(updateColumns).ToList();
        var action = updateColumns.Count == 0
            ? "DO NOTHING"
            : "DO UPDATE SET " + string.Join(", ", updateColumns.Select(c => $"{c} = excluded.{c}"));
        return $"INSERT INTO {table} ({string.Join(", ", columns)}) VALUES ({string.Join(", ", columns.Select(SqlText.ParameterFor))}) " +
               $"ON CONFLICT ({string.Join(", ", keyColumns)}) {action}";
    }

    /// <inheritdoc />
    public sealed override string InsertReturningId(string insert) => $"{SqlText.TrimStatement(insert)} RETURNING id";
}
