namespace ModularCrm.Host.Data.Dialects;

/// <summary>The <c>INSERT ... ON CONFLICT</c> upsert SQLite and PostgreSQL share.</summary>
internal static class OnConflict
{
    /// <summary>An upsert keyed by <paramref name="keyColumns"/>; DO NOTHING when there is nothing to update.</summary>
    public static string Upsert(string table, IReadOnlyList<string> keyColumns, IReadOnlyList<string> updateColumns)
    {
        SqlText.CheckUpsert(table, keyColumns, updateColumns);
        var columns = keyColumns.Concat(updateColumns).ToList();
        var action = updateColumns.Count == 0
            ? "DO NOTHING"
            : "DO UPDATE SET " + string.Join(", ", updateColumns.Select(c => $"{c} = excluded.{c}"));
        return $"INSERT INTO {table} ({string.Join(", ", columns)}) VALUES ({string.Join(", ", columns.Select(SqlText.ParameterFor))}) " +
               $"ON CONFLICT ({string.Join(", ", keyColumns)}) {action}";
    }
}
