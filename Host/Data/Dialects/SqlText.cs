using System.Text.RegularExpressions;

namespace ModularCrm.Host.Data.Dialects;

/// <summary>Checks and small rewrites shared by the dialects.</summary>
internal static partial class SqlText
{
    /// <summary>Refuses anything but a plain identifier, since these names are spliced into SQL.</summary>
    internal static string Identifier(string name, string what)
    {
        if (string.IsNullOrEmpty(name) || !IdentifierPattern().IsMatch(name))
        {
            throw new ArgumentException($"{what} '{name}' is not a plain identifier (letters, digits, underscores).", what);
        }

        return name;
    }

    /// <summary>The parameter a column is bound from: its own name, except <c>shop_id</c> which reads <c>@shop</c>.</summary>
    internal static string ParameterFor(string column) =>
        string.Equals(column, "shop_id", StringComparison.OrdinalIgnoreCase) ? "@shop" : "@" + column;

    /// <summary>Validates the arguments every upsert shares.</summary>
    internal static void CheckUpsert(string table, IReadOnlyList<string> keyColumns, IReadOnlyList<string> updateColumns)
    {
        Identifier(table, "table");
        if (keyColumns.Count == 0)
        {
            throw new ArgumentException("An upsert needs at least one key column.", nameof(keyColumns));
        }

        foreach (var column in keyColumns.Concat(updateColumns))
        {
            Identifier(column, "column");
        }
    }

    /// <summary>Removes trailing whitespace and semicolons so that a clause can be appended.</summary>
    internal static string TrimStatement(string sql) => sql.TrimEnd().TrimEnd(';').TrimEnd();

    [GeneratedRegex(@"^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex IdentifierPattern();
}
