using System.Collections;
using System.Data;
using System.Reflection;
using System.Text.RegularExpressions;
using Dapper;

namespace ModularCrm.Host.Data.Shops;

/// <summary>
/// The guard that keeps one shop's helper inside that shop: a statement must use <c>@shop</c> outside comments
/// and string literals, and the caller's arguments may not set <c>shop</c>; the helper binds it itself.
/// </summary>
internal static partial class ShopParameters
{
    /// <summary>The parameter every shop statement uses.</summary>
    public const string Name = "shop";

    /// <summary>The parameters for <paramref name="sql"/>: the caller's <paramref name="args"/> plus <c>shop</c>.</summary>
    public static DynamicParameters Bind(long shopId, string sql, object? args)
    {
        RequireShop(sql);
        var parameters = new DynamicParameters();
        switch (args)
        {
            case null:
                break;
            case DynamicParameters dynamic:
                RefuseShop(dynamic.ParameterNames, "DynamicParameters");
                parameters.AddDynamicParams(dynamic);
                break;
            case IEnumerable<KeyValuePair<string, object?>> dictionary:
                RefuseShop(dictionary.Select(pair => pair.Key), "dictionary");
                parameters.AddDynamicParams(dictionary);
                break;
            case string or IEnumerable:
                throw new ArgumentException(
                    $"Arguments of type {args.GetType().Name} refused: pass one object or an IDictionary<string, object?> (lists are not run row by row).",
                    nameof(args));
            default:
                var type = args.GetType();
                RefuseShop(
                    type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(p => p.Name)
                        .Concat(type.GetFields(BindingFlags.Public | BindingFlags.Instance).Select(f => f.Name)),
                    type.Name);
                parameters.AddDynamicParams(args);
                break;
        }

        // Added last: Dapper applies named parameters after templates, so this value wins even over a template
        // hidden inside DynamicParameters that the check above cannot see.
        parameters.Add(Name, shopId, DbType.Int64);
        return parameters;
    }

    /// <summary>Refuses <paramref name="sql"/> unless it uses <c>@shop</c> (see <see cref="UsesShop"/>).</summary>
    public static void RequireShop(string sql)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sql);
        if (!UsesShop(sql))
        {
            throw new ArgumentException(
                $"Statement refused: it does not use the @shop parameter, so it could read or write other shops' rows " +
                $"(filter with shop_id = @shop, or insert @shop into shop_id). Statement: {Shorten(sql)}",
                nameof(sql));
        }
    }

    /// <summary>Refuses a caller's parameter named <c>shop</c>: the helper binds it.</summary>
    public static void RefuseShop(string name) => RefuseShop([name], "statement");

    /// <summary>True when <paramref name="sql"/> uses <c>@shop</c> as a whole parameter name outside comments and literals.</summary>
    public static bool UsesShop(string sql) => ShopParameter().IsMatch(NotCode().Replace(sql, " "));

    private static void RefuseShop(IEnumerable<string> names, string source)
    {
        if (names.Any(name => string.Equals(name.TrimStart('@', ':'), Name, StringComparison.OrdinalIgnoreCase)))
        {
            throw new ArgumentException(
                $"Arguments refused: the {source} sets 'shop', which the host binds to the current shop itself.",
                "args");
        }
    }

    private static string Shorten(string sql)
    {
        var flat = WhiteSpace().Replace(sql.Trim(), " ");
        return flat.Length <= 120 ? flat : flat[..117] + "...";
    }

    [GeneratedRegex(@"@shop(?![A-Za-z0-9_$])")]
    private static partial Regex ShopParameter();

    // Line comments, block comments, and single-quoted literals ('' escapes included).
    [GeneratedRegex(@"--[^\n]*|/\*.*?\*/|'(?:[^']|'')*'", RegexOptions.Singleline)]
    private static partial Regex NotCode();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
