using System.Collections;
using System.Globalization;
using System.Numerics;
using System.Text;

namespace ModularCrm.Templating.Runtime;

/// <summary>How values become text: top-level output, and the quoted form used inside arrays and objects.</summary>
internal static class Display
{
    public static string ToText(TemplateContext context, object? value)
    {
        switch (value)
        {
            case null: return string.Empty;
            case string s: return s;
            case bool b: return b ? "true" : "false";
            case int i: return i.ToString(context.Culture);
            case RawString raw: return raw.Value;
            case EmptyValue: return string.Empty;
        }

        var sb = new StringBuilder();
        Append(context, sb, value, false);
        return sb.ToString();
    }

    public static void Append(TemplateContext context, StringBuilder sb, object? value, bool inner)
    {
        var culture = context.Culture;
        switch (value)
        {
            case null:
                if (inner)
                {
                    sb.Append("null");
                }

                return;
            case string s:
                if (inner)
                {
                    sb.Append('"').Append(Builtins.StringBuiltins.EscapeLiteral(s)).Append('"');
                }
                else
                {
                    sb.Append(s);
                }

                return;
            case bool b: sb.Append(b ? "true" : "false"); return;
            case int i: sb.Append(i.ToString(culture)); return;
            case long l: sb.Append(l.ToString(culture)); return;
            case double d: sb.Append(d.ToString(culture)); return;
            case float f: sb.Append(f.ToString(culture)); return;
            case decimal m: sb.Append(m.ToString(culture)); return;
            case BigInteger bi: sb.Append(bi.ToString(culture)); return;
            case RawString raw: sb.Append(raw.Value); return;
            case EmptyValue: return;
            case DateTime dt: sb.Append(Builtins.DateBuiltins.Format(context, dt, Builtins.DateBuiltins.DefaultFormat)); return;
            case TimeSpan ts: sb.Append(ts.ToString("c", culture)); return;
            case ScriptCallable: return;
            case IFormattable formattable when value.GetType().IsPrimitive || value is Enum:
                sb.Append(formattable.ToString(null, culture));
                return;
            case ScriptObject obj:
                AppendMembers(context, sb, obj.Members);
                return;
            case KeyValuePair<string, object?> pair:
                AppendMembers(context, sb, [pair]);
                return;
            case IDictionary dictionary:
                AppendMembers(context, sb, ObjectAccessor.DictionaryMembers(dictionary));
                return;
            case IEnumerable enumerable:
                sb.Append('[');
                var first = true;
                foreach (var item in enumerable)
                {
                    if (!first)
                    {
                        sb.Append(", ");
                    }

                    first = false;
                    Append(context, sb, item, true);
                }

                sb.Append(']');
                return;
            default:
                AppendMembers(context, sb, ObjectAccessor.Members(value));
                return;
        }
    }

    private static void AppendMembers(TemplateContext context, StringBuilder sb, IEnumerable<KeyValuePair<string, object?>> members)
    {
        sb.Append('{');
        var first = true;
        foreach (var (key, item) in members)
        {
            if (!first)
            {
                sb.Append(", ");
            }

            first = false;
            sb.Append(key).Append(": ");
            Append(context, sb, item, true);
        }

        sb.Append('}');
    }

    public static string Invariant(object? value) => value switch
    {
        null => string.Empty,
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}
