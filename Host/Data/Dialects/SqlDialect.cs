using System.Text.RegularExpressions;
using ModularCrm.Sdk.Data;

namespace ModularCrm.Host.Data.Dialects;

/// <summary>
/// The SDK's <see cref="ISqlDialect"/> plus what the host alone needs (identity retrieval, boolean literals,
/// table lookup). Shared checks live here so the three engines differ only where their SQL does.
/// </summary>
public abstract partial class SqlDialect : ISqlDialect
{
    /// <inheritdoc />
    public abstract string Name { get; }

    /// <inheritdoc />
    public abstract string Page(string orderedSelect, string offsetParameter = "offset", string limitParameter = "limit");

    /// <inheritdoc />
    public abstract string Upsert(string table, IReadOnlyList<string> keyColumns, IReadOnlyList<string> updateColumns);

    /// <inheritdoc />
    public abstract string SelectForUpdate(string table, string columns, string where);

    /// <summary>Turns one INSERT into a statement whose single result is the new <c>id</c>.</summary>
    public abstract string InsertReturningId(string insert);

    /// <summary>The literal for a boolean constant (defaults in migrations).</summary>
    public abstract string BooleanLiteral(bool value);

    /// <summary>A query counting tables named <c>@table</c> in the current database or schema.</summary>
    public abstract string TableExistsQuery { get; }

    /// <summary>
    /// Makes <c>column IN @list</c> (Dapper's list parameter) valid on this engine. Dapper expands it into one parameter
    /// per item, except for providers that take arrays (Npgsql), where it binds one array that <c>IN</c> cannot read.
    /// </summary>
    public virtual string ListParameters(string sql) => sql;

    /// <inheritdoc />
    public string TypeName(string portableType)
    {
        ArgumentNullException.ThrowIfNull(portableType);
        var match = PortableTypePattern().Match(portableType.Trim());
        if (!match.Success)
        {
            throw new ArgumentException(
                $"Unknown portable type '{portableType}'. Known: id, int, bigint, money, decimal(p,s), text, text(n), timestamp, date, bool, guid.",
                nameof(portableType));
        }

        var name = match.Groups["name"].Value.ToLowerInvariant();
        var first = match.Groups["a"].Success ? int.Parse(match.Groups["a"].Value, System.Globalization.CultureInfo.InvariantCulture) : (int?)null;
        var second = match.Groups["b"].Success ? int.Parse(match.Groups["b"].Value, System.Globalization.CultureInfo.InvariantCulture) : (int?)null;
        return (name, first, second) switch
        {
            ("text", int length, null) when length > 0 => BoundedText(length),
            ("decimal", int precision, int scale) when precision is > 0 and <= 38 && scale >= 0 && scale <= precision => Decimal(precision, scale),
            (_, null, null) => Simple(name) ?? throw new ArgumentException($"Unknown portable type '{portableType}'.", nameof(portableType)),
            _ => throw new ArgumentException(
                $"Portable type '{portableType}' has invalid arguments (text(n) needs n > 0; decimal(p,s) needs 0 < p <= 38 and 0 <= s <= p).",
                nameof(portableType)),
        };
    }

    /// <summary>The engine type for a portable type without arguments, or null if unknown.</summary>
    protected abstract string? Simple(string name);

    /// <summary>The engine type for <c>text(n)</c>.</summary>
    protected abstract string BoundedText(int length);

    /// <summary>The engine type for <c>decimal(p,s)</c>.</summary>
    protected abstract string Decimal(int precision, int scale);

    [GeneratedRegex(@"^(?<name>[A-Za-z]+)(\(\s*(?<a>\d+)\s*(,\s*(?<b>\d+)\s*)?\))?$")]
    private static partial Regex PortableTypePattern();
}
