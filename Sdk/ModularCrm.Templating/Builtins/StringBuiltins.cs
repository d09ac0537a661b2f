using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using ModularCrm.Templating.Runtime;
using static ModularCrm.Templating.Builtins.Registry;

namespace ModularCrm.Templating.Builtins;

/// <summary>The `string` builtin object.</summary>
internal static class StringBuiltins
{
    public static ScriptObject Create()
    {
        var o = new ScriptObject();
        o.Def("append", "text,with", 2, (c, a) => Str(c, a[0]) + Str(c, a[1]));
        o.Def("prepend", "text,by", 2, (c, a) => Str(c, a[1]) + Str(c, a[0]));
        o.Def("base64_encode", "text", 1, (c, a) => Convert.ToBase64String(Encoding.UTF8.GetBytes(Str(c, a[0]))));
        o.Def("base64_decode", "text", 1, (c, a) => Encoding.UTF8.GetString(Convert.FromBase64String(Str(c, a[0]))));
        o.Def("capitalize", "text", 1, (c, a) => Capitalize(Str(c, a[0])));
        o.Def("capitalizewords", "text", 1, (c, a) => CapitalizeWords(Str(c, a[0])));
        o.Def("contains", "text,value", 2, (c, a) => Ops.Bool(a[1] is not null && Str(c, a[0]).Contains(Str(c, a[1]), StringComparison.Ordinal)));
        o.Def("downcase", "text", 1, (c, a) => Str(c, a[0]).ToLowerInvariant());
        o.Def("upcase", "text", 1, (c, a) => Str(c, a[0]).ToUpperInvariant());
        o.Def("empty", "text", 1, (c, a) => Ops.Bool(Str(c, a[0]).Length == 0));
        o.Def("whitespace", "text", 1, (c, a) => Ops.Bool(string.IsNullOrWhiteSpace(Str(c, a[0]))));
        o.Def("ends_with", "text,value", 2, (c, a) => Ops.Bool(a[1] is not null && Str(c, a[0]).EndsWith(Str(c, a[1]), StringComparison.Ordinal)));
        o.Def("starts_with", "text,value", 2, (c, a) => Ops.Bool(a[1] is not null && Str(c, a[0]).StartsWith(Str(c, a[1]), StringComparison.Ordinal)));
        o.Def("equals_ignore_case", "text,other", 2, (c, a) => Ops.Bool(string.Equals(Str(c, a[0]), Str(c, a[1]), StringComparison.OrdinalIgnoreCase)));
        o.Def("escape", "text", 1, (c, a) => EscapeLiteral(Str(c, a[0])));
        o.Def("literal", "text", 1, (c, a) => a[0] is null ? "null" : "\"" + EscapeLiteral(Str(c, a[0])) + "\"");
        o.Def("handleize", "text", 1, (c, a) => Handleize(Str(c, a[0])));
        o.Def("md5", "text", 1, (c, a) => Hex(MD5.HashData(Encoding.UTF8.GetBytes(Str(c, a[0])))));
        o.Def("sha1", "text", 1, (c, a) => Hex(SHA1.HashData(Encoding.UTF8.GetBytes(Str(c, a[0])))));
        o.Def("sha256", "text", 1, (c, a) => Hex(SHA256.HashData(Encoding.UTF8.GetBytes(Str(c, a[0])))));
        o.Def("sha512", "text", 1, (c, a) => Hex(SHA512.HashData(Encoding.UTF8.GetBytes(Str(c, a[0])))));
        o.Def("hmac_sha1", "text,secret", 2, (c, a) => Hex(HMACSHA1.HashData(Encoding.UTF8.GetBytes(Str(c, a[1])), Encoding.UTF8.GetBytes(Str(c, a[0])))));
        o.Def("hmac_sha256", "text,secret", 2, (c, a) => Hex(HMACSHA256.HashData(Encoding.UTF8.GetBytes(Str(c, a[1])), Encoding.UTF8.GetBytes(Str(c, a[0])))));
        o.Def("hmac_sha512", "text,secret", 2, (c, a) => Hex(HMACSHA512.HashData(Encoding.UTF8.GetBytes(Str(c, a[1])), Encoding.UTF8.GetBytes(Str(c, a[0])))));
        o.Def("index_of", "text,search", 2, (c, a) => Numbers.Box(Str(c, a[0]).IndexOf(Str(c, a[1]), StringComparison.Ordinal)));
        o.Def("lstrip", "text", 1, (c, a) => Str(c, a[0]).TrimStart());
        o.Def("rstrip", "text", 1, (c, a) => Str(c, a[0]).TrimEnd());
        o.Def("strip", "text", 1, (c, a) => Str(c, a[0]).Trim());
        o.Def("strip_newlines", "text", 1, (c, a) => Str(c, a[0]).Replace("\r\n", string.Empty, StringComparison.Ordinal).Replace("\n", string.Empty, StringComparison.Ordinal).Replace("\r", string.Empty, StringComparison.Ordinal));
        o.Def("pad_left", "text,width", 2, (c, a) => Str(c, a[0]).PadLeft(Width(c, a)));
        o.Def("pad_right", "text,width", 2, (c, a) => Str(c, a[0]).PadRight(Width(c, a)));
        o.Def("pluralize", "number,singular,plural", 3, (c, a) => Int(a[0]) == 1 ? Str(c, a[1]) : Str(c, a[2]));
        o.Def("remove", "text,remove", 2, (c, a) => Replace(Str(c, a[0]), Str(c, a[1]), string.Empty));
        o.Def("remove_first", "text,remove", 2, (c, a) => ReplaceFirst(Str(c, a[0]), Str(c, a[1]), string.Empty));
        o.Def("remove_last", "text,remove", 2, (c, a) => ReplaceLast(Str(c, a[0]), Str(c, a[1])));
        o.Def("replace", "text,match,replace", 3, (c, a) => Replace(Str(c, a[0]), Str(c, a[1]), Str(c, a[2])));
        o.Def("replace_first", "text,match,replace", 3, (c, a) => ReplaceFirst(Str(c, a[0]), Str(c, a[1]), Str(c, a[2])));
        o.Def("size", "text", 1, (c, a) => Numbers.Box(Str(c, a[0]).Length));
        o.Def("slice", "text,start,length", 2, (c, a) => Slice(Str(c, a[0]), Int(a[1]), a.Has(2) ? Int(a[2]) : int.MaxValue));
        o.Def("slice1", "text,start,length", 2, (c, a) => Slice(Str(c, a[0]), Int(a[1]), a.Has(2) ? Int(a[2]) : 1));
        o.Def("split", "text,pattern", 2, (c, a) => new ScriptArray(Str(c, a[0]).Split(Str(c, a[1]), StringSplitOptions.RemoveEmptyEntries)));
        o.Def("to_int", "text", 1, (c, a) => int.TryParse(Str(c, a[0]), NumberStyles.Integer, CultureInfo.InvariantCulture, out var i) ? Numbers.Box(i) : null);
        o.Def("to_long", "text", 1, (c, a) => long.TryParse(Str(c, a[0]), NumberStyles.Integer, CultureInfo.InvariantCulture, out var l) ? l : null);
        o.Def("to_float", "text", 1, (c, a) => float.TryParse(Str(c, a[0]), NumberStyles.Float, CultureInfo.InvariantCulture, out var f) ? f : null);
        o.Def("to_double", "text", 1, (c, a) => double.TryParse(Str(c, a[0]), NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : null);
        o.Def("truncate", "text,length,ellipsis", 2, (c, a) => Truncate(Str(c, a[0]), Int(a[1]), a.Has(2) ? Str(c, a[2]) : "..."));
        o.Def("truncatewords", "text,count,ellipsis", 2, (c, a) => TruncateWords(Str(c, a[0]), Int(a[1]), a.Has(2) ? Str(c, a[2]) : "..."));
        return o;
    }

    private static int Width(TemplateContext context, BuiltinArgs args)
    {
        var width = Int(args[1]);
        context.CheckStringSize(args.CallSite, width);
        return Math.Max(0, width);
    }

    public static string EscapeLiteral(string text)
    {
        var sb = new StringBuilder(text.Length + 8);
        foreach (var ch in text)
        {
            switch (ch)
            {
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                case '\b': sb.Append("\\b"); break;
                case '\f': sb.Append("\\f"); break;
                case '\0': sb.Append("\\0"); break;
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                default:
                    if (char.IsControl(ch))
                    {
                        sb.Append("\\u").Append(((int)ch).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        sb.Append(ch);
                    }

                    break;
            }
        }

        return sb.ToString();
    }

    private static string Replace(string text, string match, string replace) =>
        match.Length == 0 ? text : text.Replace(match, replace, StringComparison.Ordinal);

    private static string Hex(byte[] bytes) => Convert.ToHexStringLower(bytes);

    private static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private static string CapitalizeWords(string text)
    {
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (char.IsLetter(chars[i]) && (i == 0 || char.IsWhiteSpace(chars[i - 1])))
            {
                chars[i] = char.ToUpperInvariant(chars[i]);
            }
        }

        return new string(chars);
    }

    private static string Handleize(string text)
    {
        var sb = new StringBuilder();
        var dash = false;
        foreach (var ch in text)
        {
            if (char.IsLetterOrDigit(ch))
            {
                if (dash && sb.Length > 0)
                {
                    sb.Append('-');
                }

                dash = false;
                sb.Append(char.ToLowerInvariant(ch));
            }
            else
            {
                dash = true;
            }
        }

        return sb.ToString();
    }

    private static string ReplaceFirst(string text, string match, string replace)
    {
        var index = match.Length == 0 ? -1 : text.IndexOf(match, StringComparison.Ordinal);
        return index < 0 ? text : string.Concat(text.AsSpan(0, index), replace, text.AsSpan(index + match.Length));
    }

    private static string ReplaceLast(string text, string match)
    {
        var index = match.Length == 0 ? -1 : text.LastIndexOf(match, StringComparison.Ordinal);
        return index < 0 ? text : string.Concat(text.AsSpan(0, index), text.AsSpan(index + match.Length));
    }

    private static string Slice(string text, int start, int length)
    {
        if (start < 0)
        {
            // A start before the beginning eats into the length (Scriban's rule), it does not just clamp.
            start += text.Length;
            if (start < 0)
            {
                length = length == int.MaxValue ? text.Length + start : length + start;
                start = 0;
            }
        }

        if (start >= text.Length || length <= 0)
        {
            return string.Empty;
        }

        return text.Substring(start, (int)Math.Min((long)length, text.Length - start));
    }

    private static string Truncate(string text, int length, string ellipsis)
    {
        if (text.Length <= length)
        {
            return text;
        }

        var keep = Math.Max(0, length - ellipsis.Length);
        return text[..keep] + ellipsis;
    }

    private static string TruncateWords(string text, int count, string ellipsis)
    {
        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= count ? text : string.Join(' ', words.Take(Math.Max(1, count))) + ellipsis;
    }
}
