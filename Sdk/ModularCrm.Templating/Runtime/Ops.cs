using System.Collections;
using System.Numerics;
using System.Text;
using ModularCrm.Templating.Syntax;

namespace ModularCrm.Templating.Runtime;

/// <summary>Operator semantics (Scriban's): numbers widen as needed, strings concatenate, null absorbs arithmetic.</summary>
internal static class Ops
{
    public static readonly object True = true;
    public static readonly object False = false;

    public static object Bool(bool value) => value ? True : False;

    public static bool IsTruthy(object? value) => value switch
    {
        null => false,
        bool b => b,
        EmptyValue => false,
        _ => true,
    };

    public static bool IsEmpty(object? value) => value switch
    {
        null or EmptyValue => true,
        string s => s.Length == 0,
        ScriptObject o => o.Count == 0,
        ICollection c => c.Count == 0,
        IEnumerable e => !e.GetEnumerator().MoveNext(),
        _ => false,
    };

    public static string OpText(BinaryOp op) => op switch
    {
        BinaryOp.Add => "+",
        BinaryOp.Subtract => "-",
        BinaryOp.Multiply => "*",
        BinaryOp.Divide => "/",
        BinaryOp.DivideInt => "//",
        BinaryOp.Modulo => "%",
        BinaryOp.Equal => "==",
        BinaryOp.NotEqual => "!=",
        BinaryOp.Less => "<",
        BinaryOp.LessOrEqual => "<=",
        BinaryOp.Greater => ">",
        BinaryOp.GreaterOrEqual => ">=",
        BinaryOp.RangeInclusive => "..",
        BinaryOp.RangeExclusive => "..<",
        BinaryOp.ShiftLeft => "<<",
        BinaryOp.ShiftRight => ">>",
        _ => op.ToString(),
    };

    public static object? Binary(TemplateContext context, BinaryOp op, object? left, object? right, BinaryExpr node)
    {
        switch (op)
        {
            case BinaryOp.Equal: return Bool(AreEqual(left, right));
            case BinaryOp.NotEqual: return Bool(!AreEqual(left, right));
            case BinaryOp.Less: return Bool(Compare(left, right) is < 0);
            case BinaryOp.LessOrEqual: return Bool(Compare(left, right) is <= 0);
            case BinaryOp.Greater: return Bool(Compare(left, right) is > 0);
            case BinaryOp.GreaterOrEqual: return Bool(Compare(left, right) is >= 0);
            case BinaryOp.RangeInclusive:
            case BinaryOp.RangeExclusive:
                return Range(context, op, left, right, node);
            case BinaryOp.ShiftLeft when left is ScriptArray array:
                array.Add(right);
                return array;
            case BinaryOp.ShiftRight when right is ScriptArray array:
                array.Insert(0, left);
                return array;
        }

        if (left is string || right is string)
        {
            return StringOp(context, op, left, right, node);
        }

        if (left is null || right is null)
        {
            return null;
        }

        if (left is DateTime date)
        {
            if (op == BinaryOp.Add && right is TimeSpan span)
            {
                return date + span;
            }

            if (op == BinaryOp.Subtract)
            {
                return right switch { DateTime other => date - other, TimeSpan s => date - s, _ => null };
            }
        }

        if (left is TimeSpan ls && right is TimeSpan rs)
        {
            return op switch { BinaryOp.Add => ls + rs, BinaryOp.Subtract => ls - rs, _ => null };
        }

        if (!Numbers.IsNumber(left) || !Numbers.IsNumber(right))
        {
            throw context.Error(node.OperatorStart, $"Operator `{OpText(op)}` is not supported between `{TypeName(left)}` and `{TypeName(right)}`");
        }

        return Arithmetic(context, op, left, right, node);
    }

    private static object? StringOp(TemplateContext context, BinaryOp op, object? left, object? right, BinaryExpr node)
    {
        switch (op)
        {
            case BinaryOp.Add:
                var leftText = Display.ToText(context, left);
                var rightText = Display.ToText(context, right);
                context.CheckStringSize(node, (long)leftText.Length + rightText.Length);
                return leftText + rightText;
            case BinaryOp.Multiply:
                if (left is string s && Numbers.TryToLong(right, out var n))
                {
                    context.CheckStringSize(node, s.Length * Math.Max(0, n));
                    return Repeat(s, n);
                }

                if (right is string s2 && Numbers.TryToLong(left, out var n2))
                {
                    context.CheckStringSize(node, s2.Length * Math.Max(0, n2));
                    return Repeat(s2, n2);
                }

                throw context.Error(node, "Expecting an integer. The operator `*` is not supported for the expression. Only working on string x int or int x string");
            default:
                throw context.Error(node.OperatorStart, $"Operator `{OpText(op)}` is not supported on string objects");
        }
    }

    private static string Repeat(string s, long count)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            sb.Append(s);
        }

        return sb.ToString();
    }

    private static object Range(TemplateContext context, BinaryOp op, object? left, object? right, BinaryExpr node)
    {
        if (left is string || right is string)
        {
            throw context.Error(node.OperatorStart, $"Operator `{OpText(op)}` is not supported on string objects");
        }

        var from = (long)Numbers.ToDouble(left);
        var to = (long)Numbers.ToDouble(right);
        if (op == BinaryOp.RangeExclusive)
        {
            if (to == from)
            {
                return new ScriptArray();
            }

            to += to > from ? -1 : 1;
        }

        var range = new ScriptRange(from, to);
        if (context.Options.LoopLimit > 0 && range.Count > context.Options.LoopLimit)
        {
            throw context.Error(node.OperatorStart, $"Range expression exceeds LoopLimit `{context.Options.LoopLimit}`.");
        }

        return range;
    }

    private static object? Arithmetic(TemplateContext context, BinaryOp op, object left, object right, BinaryExpr node)
    {
        if (left is double or float || right is double or float)
        {
            var bothFloat = (left is float || right is float) && left is not double && right is not double;
            var a = Numbers.ToDouble(left);
            var b = Numbers.ToDouble(right);
            double result = op switch
            {
                BinaryOp.Add => a + b,
                BinaryOp.Subtract => a - b,
                BinaryOp.Multiply => a * b,
                BinaryOp.Divide => a / b,
                BinaryOp.DivideInt => Math.Floor(a / b),
                BinaryOp.Modulo => a % b,
                BinaryOp.ShiftLeft => (long)a << (int)b,
                BinaryOp.ShiftRight => (long)a >> (int)b,
                _ => throw Unsupported(context, op, left, right, node),
            };
            return bothFloat ? (object)(float)result : result;
        }

        if (left is decimal || right is decimal)
        {
            var a = Numbers.ToDecimal(left);
            var b = Numbers.ToDecimal(right);
            return op switch
            {
                BinaryOp.Add => a + b,
                BinaryOp.Subtract => a - b,
                BinaryOp.Multiply => a * b,
                BinaryOp.Divide => DivideChecked(context, node, a, b),
                BinaryOp.DivideInt => Math.Floor(DivideChecked(context, node, a, b)),
                BinaryOp.Modulo => a % b,
                _ => throw Unsupported(context, op, left, right, node),
            };
        }

        if (Numbers.TryToLong(left, out var x) && Numbers.TryToLong(right, out var y))
        {
            switch (op)
            {
                case BinaryOp.Add:
                    return x + y is var sum && ((x ^ sum) & (y ^ sum)) < 0 ? Numbers.Normalize((BigInteger)x + y) : Numbers.Box(sum);
                case BinaryOp.Subtract:
                    return x - y is var diff && ((x ^ y) & (x ^ diff)) < 0 ? Numbers.Normalize((BigInteger)x - y) : Numbers.Box(diff);
                case BinaryOp.Multiply:
                    return Numbers.Normalize((BigInteger)x * y);
                case BinaryOp.Divide:
                    return (double)x / y;
                case BinaryOp.DivideInt:
                    if (y == 0)
                    {
                        throw context.Error(node, "Cannot divide by zero");
                    }

                    return Numbers.Box((long)Math.Floor((double)x / y));
                case BinaryOp.Modulo:
                    if (y == 0)
                    {
                        throw context.Error(node, "Cannot divide by zero");
                    }

                    return Numbers.Box(x % y);
                case BinaryOp.ShiftLeft:
                    return Numbers.Box(x << (int)y);
                case BinaryOp.ShiftRight:
                    return Numbers.Box(x >> (int)y);
            }
        }

        var bx = Numbers.ToBig(left);
        var by = Numbers.ToBig(right);
        return op switch
        {
            BinaryOp.Add => Numbers.Normalize(bx + by),
            BinaryOp.Subtract => Numbers.Normalize(bx - by),
            BinaryOp.Multiply => Numbers.Normalize(bx * by),
            BinaryOp.Divide => (double)bx / (double)by,
            BinaryOp.DivideInt => Numbers.Normalize(BigInteger.Divide(bx, by)),
            BinaryOp.Modulo => Numbers.Normalize(bx % by),
            _ => throw Unsupported(context, op, left, right, node),
        };
    }

    private static decimal DivideChecked(TemplateContext context, Node node, decimal a, decimal b) =>
        b == 0 ? throw context.Error(node, "Cannot divide by zero") : a / b;

    private static TemplateRuntimeException Unsupported(TemplateContext context, BinaryOp op, object left, object right, BinaryExpr node) =>
        context.Error(node.OperatorStart, $"Operator `{OpText(op)}` is not supported between `{TypeName(left)}` and `{TypeName(right)}`");

    public static string TypeName(object? value) => Builtins.ObjectBuiltins.Kind(value) ?? "null";

    public static bool AreEqual(object? left, object? right)
    {
        if (left is EmptyValue)
        {
            return IsEmpty(right);
        }

        if (right is EmptyValue)
        {
            return IsEmpty(left);
        }

        if (left is null || right is null)
        {
            return left is null && right is null;
        }

        if (Numbers.IsNumber(left) && Numbers.IsNumber(right))
        {
            return Compare(left, right) == 0;
        }

        if (left is string ls && right is string rs)
        {
            return string.Equals(ls, rs, StringComparison.Ordinal);
        }

        return left.Equals(right);
    }

    /// <summary>Orders two values; null when they cannot be ordered.</summary>
    public static int? Compare(object? left, object? right)
    {
        if (left is null || right is null)
        {
            return null;
        }

        if (Numbers.IsNumber(left) && Numbers.IsNumber(right))
        {
            if (Numbers.TryToLong(left, out var a) && Numbers.TryToLong(right, out var b))
            {
                return a.CompareTo(b);
            }

            if (left is decimal || right is decimal)
            {
                return Numbers.ToDecimal(left).CompareTo(Numbers.ToDecimal(right));
            }

            if (Numbers.IsIntegral(left) && Numbers.IsIntegral(right))
            {
                return Numbers.ToBig(left).CompareTo(Numbers.ToBig(right));
            }

            return Numbers.ToDouble(left).CompareTo(Numbers.ToDouble(right));
        }

        return (left, right) switch
        {
            (string x, string y) => string.CompareOrdinal(x, y),
            (bool x, bool y) => x.CompareTo(y),
            (DateTime x, DateTime y) => x.CompareTo(y),
            (TimeSpan x, TimeSpan y) => x.CompareTo(y),
            _ => null,
        };
    }
}
