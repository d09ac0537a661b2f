namespace ModularCrm.Host.Data.Dialects;

/// <summary>SQL Server 2017 or later (OFFSET/FETCH, MERGE, UPDLOCK).</summary>
public sealed class SqlServerDialect : SqlDialect
{
    /// <inheritdoc />
    public override string Name => "sqlserver";

    /// <inheritdoc />
    public override string TableExistsQuery =>
        "SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = SCHEMA_NAME() AND TABLE_NAME = @table";

    /// <inheritdoc />
    public override string Page(string orderedSelect, string offsetParameter = "offset", string limitParameter = "limit") =>
        $"{SqlText.TrimStatement(orderedSelect)} OFFSET @{SqlText.Identifier(offsetParameter, "offsetParameter")} ROWS FETCH NEXT @{SqlText.Identifier(limitParameter, "limitParameter")} ROWS ONLY";

    /// <inheritdoc />
    public override string Upsert(string table, IReadOnlyList<string> keyColumns, IReadOnlyList<string> updateColumns)
    {
        SqlText.CheckUpsert(table, keyColumns, updateColumns);
        var columns = keyColumns.Concat(updateColumns).ToList();
        var source = string.Join(", ", columns.Select(c => $"{SqlText.ParameterFor(c)} AS {c}"));
        var on = string.Join(" AND ", keyColumns.Select(c => $"target.{c} = source.{c}"));
        var update = updateColumns.Count == 0
            ? string.Empty
            : " WHEN MATCHED THEN UPDATE SET " + string.Join(", ", updateColumns.Select(c => $"target.{c} = source.{c}"));
        // HOLDLOCK: without it two concurrent MERGEs can both see "not matched" and one fails on the key.
        return $"MERGE INTO {table} WITH (HOLDLOCK) AS target USING (SELECT {source}) AS source ON {on}{update} " +
               $"WHEN NOT MATCHED THEN INSERT ({string.Join(", ", columns)}) VALUES ({string.Join(", ", columns.Select(c => "source." + c))});";
    }

    /// <inheritdoc />
    public override string SelectForUpdate(string table, string columns, string where) =>
        $"SELECT {columns} FROM {SqlText.Identifier(table, "table")} WITH (UPDLOCK, ROWLOCK) WHERE {where}";

    /// <inheritdoc />
    public override string InsertReturningId(string insert) =>
        $"{SqlText.TrimStatement(insert)}; SELECT CAST(SCOPE_IDENTITY() AS BIGINT)";

    /// <inheritdoc />
    public override string BooleanLiteral(bool value) => value ? "1" : "0";

    /// <inheritdoc />
    protected override string? Simple(string name) => name switch
    {
        "id" => "BIGINT IDENTITY(1,1) PRIMARY KEY",
        "int" => "INT",
        "bigint" => "BIGINT",
        "money" => "DECIMAL(19,4)",
        "text" => "NVARCHAR(MAX)",
        "guid" => "UNIQUEIDENTIFIER",
        "date" => "DATE",
        "timestamp" => "DATETIMEOFFSET(7)",
        "bool" => "BIT",
        _ => null,
    };

    /// <inheritdoc />
    protected override string BoundedText(int length) => length <= 4000 ? $"NVARCHAR({length})" : "NVARCHAR(MAX)";

    /// <inheritdoc />
    protected override string Decimal(int precision, int scale) => $"DECIMAL({precision},{scale})";
}
