namespace ModularCrm.Host.Data.Dialects;

/// <summary>
/// SQLite 3.50. Row locks do not exist: writers serialise because every host transaction starts with
/// <c>BEGIN IMMEDIATE</c>, so <see cref="SelectForUpdate"/> is a plain SELECT inside such a transaction.
/// </summary>
public sealed class SqliteDialect : StandardDialect
{
    /// <inheritdoc />
    public override string Name => "sqlite";

    /// <inheritdoc />
    public override string TableExistsQuery => "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = @table";

    /// <inheritdoc />
    public override string SelectForUpdate(string table, string columns, string where) =>
        $"SELECT {columns} FROM {SqlText.Identifier(table, "table")} WHERE {where}";

    /// <inheritdoc />
    public override string BooleanLiteral(bool value) => value ? "1" : "0";

    /// <inheritdoc />
    protected override string? Simple(string name) => name switch
    {
        "id" => "INTEGER PRIMARY KEY AUTOINCREMENT",
        "int" or "bigint" or "bool" => "INTEGER",
        // NUMERIC affinity keeps comparisons and ORDER BY numeric; values come back exact to 15 digits.
        "money" => "NUMERIC",
        "text" or "guid" or "date" => "TEXT",
        // ISO 8601 text in UTC: sorts chronologically as text.
        "timestamp" => "TEXT",
        _ => null,
    };

    /// <inheritdoc />
    protected override string BoundedText(int length) => "TEXT";

    /// <inheritdoc />
    protected override string Decimal(int precision, int scale) => "NUMERIC";
}
