using System.Text.RegularExpressions;
using ModularCrm.Host.Data.Dialects;

namespace ModularCrm.Host.Data.Migrations;

/// <summary>
/// Expands the placeholders of portable scripts: <c>{{id}}</c>, <c>{{int}}</c>, <c>{{bigint}}</c>, <c>{{money}}</c>,
/// <c>{{decimal(p,s)}}</c>, <c>{{text}}</c>, <c>{{text(n)}}</c>, <c>{{timestamp}}</c> (UTC), <c>{{date}}</c>,
/// <c>{{bool}}</c>, <c>{{guid}}</c>, and the literals <c>{{true}}</c> / <c>{{false}}</c>.
/// Double braces never occur in the SQL of the three engines, so the syntax cannot clash with it.
/// </summary>
public static partial class PortableSql
{
    /// <summary>
    /// <paramref name="sql"/> with every placeholder replaced for <paramref name="dialect"/>. Throws
    /// <see cref="FormatException"/> naming <paramref name="scriptName"/>, the line and the placeholder
    /// when one is unknown or unclosed.
    /// </summary>
    public static string Expand(string sql, SqlDialect dialect, string scriptName)
    {
        ArgumentNullException.ThrowIfNull(sql);
        ArgumentNullException.ThrowIfNull(dialect);
        var expanded = Placeholder().Replace(sql, match =>
        {
            var name = match.Groups["name"].Value.Trim();
            try
            {
                return name.ToLowerInvariant() switch
                {
                    "true" => dialect.BooleanLiteral(true),
                    "false" => dialect.BooleanLiteral(false),
                    _ => dialect.TypeName(name),
                };
            }
            catch (ArgumentException e)
            {
                throw new FormatException(
                    $"{scriptName}, line {LineOf(sql, match.Index)}: placeholder {match.Value} is not valid. {e.Message}", e);
            }
        });

        var stray = expanded.IndexOf("{{", StringComparison.Ordinal);
        if (stray >= 0)
        {
            throw new FormatException($"{scriptName}, line {LineOf(expanded, stray)}: '{{{{' without a matching '}}}}'.");
        }

        return expanded;
    }

    private static int LineOf(string text, int index) => text.AsSpan(0, index).Count('\n') + 1;

    [GeneratedRegex(@"\{\{(?<name>[^{}\r\n]*)\}\}")]
    private static partial Regex Placeholder();
}
