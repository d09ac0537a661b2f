using System.Text;

namespace ModularCrm.Templating.Parsing;

/// <summary>One piece of an interpolated string: literal text, or the offsets of an embedded expression.</summary>
internal readonly record struct InterpolationPart(string? Literal, int ExprStart, int ExprEnd);

internal sealed partial class Lexer
{
    private void SkipInterpolated(char quote)
    {
        var start = _pos - 1;
        _pos = ScanInterpolated(_text, _pos, _end, null, _errors, out var terminated);
        if (!terminated && _errors.TrueForAll(e => e.Offset < start))
        {
            Unterminated(start, quote);
        }
    }

    /// <summary>Splits `$"..."` (offset of `$`) into literal and expression parts.</summary>
    public static List<InterpolationPart> SplitInterpolated(string text, int dollar, int end, List<(int, string)> errors)
    {
        var parts = new List<InterpolationPart>();
        ScanInterpolated(text, dollar + 1, end, parts, errors, out _);
        return parts;
    }

    /// <summary>Scans from the opening quote; returns the offset after the closing quote.</summary>
    private static int ScanInterpolated(string text, int pos, int end, List<InterpolationPart>? parts, List<(int, string)> errors, out bool terminated)
    {
        terminated = false;
        var quote = text[pos++];
        var sb = new StringBuilder();
        while (pos < end && text[pos] != quote)
        {
            var c = text[pos];
            if (c == '\\' && pos + 1 < end)
            {
                var next = text[pos + 1];
                if (next == '{' || next == '}')
                {
                    sb.Append(next);
                    pos += 2;
                    continue;
                }

                var sub = new Lexer(text, pos + 1, end, errors);
                sub.AppendEscape(sb);
                pos = sub._pos;
                continue;
            }

            if (c == '{')
            {
                var exprStart = pos + 1;
                var exprEnd = SkipBalanced(text, exprStart, end, errors, out var closed);
                if (sb.Length > 0)
                {
                    parts?.Add(new InterpolationPart(sb.ToString(), 0, 0));
                    sb.Clear();
                }

                parts?.Add(new InterpolationPart(null, exprStart, exprEnd));
                if (!closed)
                {
                    return exprEnd;
                }

                pos = exprEnd + 1;
                continue;
            }

            sb.Append(c);
            pos++;
        }

        if (sb.Length > 0 || parts is { Count: 0 })
        {
            parts?.Add(new InterpolationPart(sb.ToString(), 0, 0));
        }

        terminated = pos < end;
        return terminated ? pos + 1 : pos;
    }

    /// <summary>Finds the `}` closing an interpolated expression, skipping nested strings and braces.</summary>
    private static int SkipBalanced(string text, int pos, int end, List<(int, string)> errors, out bool closed)
    {
        var depth = 0;
        while (pos < end)
        {
            var c = text[pos];
            if (c == '\n')
            {
                if (errors.All(e => e.Item1 != pos))
                {
                    errors.Add((pos, "Opened interpolated expression not closed on the same line."));
                }

                closed = false;
                return pos;
            }

            if (c == '$' && pos + 1 < end && (text[pos + 1] == '"' || text[pos + 1] == '\''))
            {
                pos = ScanInterpolated(text, pos + 1, end, null, errors, out _);
                continue;
            }

            if (c == '"' || c == '\'')
            {
                pos++;
                while (pos < end && text[pos] != c)
                {
                    pos += text[pos] == '\\' ? 2 : 1;
                }

                pos++;
                continue;
            }

            if (c == '{')
            {
                depth++;
            }
            else if (c == '}')
            {
                if (depth == 0)
                {
                    closed = true;
                    return pos;
                }

                depth--;
            }

            pos++;
        }

        closed = false;
        return pos;
    }
}
