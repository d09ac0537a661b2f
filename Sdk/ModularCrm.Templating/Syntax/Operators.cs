using ModularCrm.Templating.Runtime;

namespace ModularCrm.Templating.Syntax;

internal sealed class BinaryExpr(BinaryOp op, Expr left, Expr right, int operatorStart) : Expr
{
    public int OperatorStart { get; } = operatorStart;

    public override object? Eval(TemplateContext context)
    {
        switch (op)
        {
            case BinaryOp.And:
                return Ops.Bool(Ops.IsTruthy(left.Eval(context)) && Ops.IsTruthy(right.Eval(context)));
            case BinaryOp.Or:
                return Ops.Bool(Ops.IsTruthy(left.Eval(context)) || Ops.IsTruthy(right.Eval(context)));
            case BinaryOp.Coalesce:
                return left.Eval(context) ?? right.Eval(context);
            case BinaryOp.EmptyCoalesce:
                return left.Eval(context) is null ? null : right.Eval(context);
            default:
                return Ops.Binary(context, op, left.Eval(context), right.Eval(context), this);
        }
    }
}

internal sealed class UnaryExpr(char op, Expr operand) : Expr
{
    public override object? Eval(TemplateContext context)
    {
        var value = operand.Eval(context);
        switch (op)
        {
            case '!':
                return Ops.Bool(!Ops.IsTruthy(value));
            case '+':
                return value;
            default:
                return value switch
                {
                    null => null,
                    int i => Numbers.Box(-(long)i),
                    long l => Numbers.Normalize(-(System.Numerics.BigInteger)l),
                    double d => -d,
                    float f => -f,
                    decimal m => -m,
                    System.Numerics.BigInteger b => Numbers.Normalize(-b),
                    _ when Numbers.TryToLong(value, out var n) => Numbers.Box(-n),
                    _ => throw context.Error(this, $"Unexpected value `{Display.ToText(context, value)}` for unary minus"),
                };
        }
    }
}

/// <summary>`^expr` outside an argument list: just the value.</summary>
internal sealed class ExpandExpr(Expr inner) : Expr
{
    public Expr Inner { get; } = inner;

    public override object? Eval(TemplateContext context) => Inner.Eval(context);
}

internal sealed class IncDecExpr(Expr target, int delta, bool prefix) : Expr
{
    public override object? Eval(TemplateContext context)
    {
        var before = target.Eval(context);
        var after = Ops.Binary(context, BinaryOp.Add, before, Numbers.Box(delta), new BinaryExpr(BinaryOp.Add, target, target, Start) { Start = Start, End = End });
        ((IAssignable)target).Assign(context, after);
        return prefix ? after : before;
    }
}

internal sealed class ConditionalExpr(Expr condition, Expr whenTrue, Expr whenFalse) : Expr
{
    public override object? Eval(TemplateContext context) =>
        Ops.IsTruthy(condition.Eval(context)) ? whenTrue.Eval(context) : whenFalse.Eval(context);
}

internal sealed class ArrayInitExpr(List<Expr> items) : Expr
{
    public override object? Eval(TemplateContext context)
    {
        var array = new ScriptArray(items.Count);
        foreach (var item in items)
        {
            array.Add(item.Eval(context));
        }

        return array;
    }
}

internal sealed class ObjectInitExpr(List<(string Key, Expr Value)> members) : Expr
{
    public override object? Eval(TemplateContext context)
    {
        var obj = new ScriptObject();
        foreach (var (key, value) in members)
        {
            obj.Set(key, value.Eval(context));
        }

        return obj;
    }
}

/// <summary>`$"text {expr} text"`: parts are literal strings or expressions.</summary>
internal sealed class InterpolatedExpr(List<object> parts) : Expr
{
    public override object? Eval(TemplateContext context)
    {
        var sb = new System.Text.StringBuilder();
        foreach (var part in parts)
        {
            if (part is string s)
            {
                sb.Append(s);
            }
            else
            {
                sb.Append(Display.ToText(context, ((Expr)part).Eval(context)));
            }
        }

        return sb.ToString();
    }
}

/// <summary>The `empty` keyword.</summary>
internal sealed class EmptyExpr : Expr
{
    public override object? Eval(TemplateContext context) => EmptyValue.Instance;
}
