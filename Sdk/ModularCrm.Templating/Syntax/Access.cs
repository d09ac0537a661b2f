using System.Collections;
using ModularCrm.Templating.Runtime;

namespace ModularCrm.Templating.Syntax;

internal sealed class MemberExpr(Expr target, string name, int nameStart, bool nullConditional) : Expr, IAssignable
{
    public bool NullConditional { get; } = nullConditional;

    public Expr Target { get; } = target;

    public string Name { get; } = name;

    public override string Kind => "member";

    public override object? Eval(TemplateContext context) => AutoCall(context, EvalForCall(context), this);

    public override object? EvalForCall(TemplateContext context) => TryEvalTarget(context, out var target) ? Read(context, target) : null;

    /// <summary>
    /// For `{{ member | math.format ... }}`: a number or date property of a host object comes back as (host, formatter)
    /// so it is formatted without boxing; any other member is read as <see cref="Expr.Eval"/> reads it (false).
    /// </summary>
    public bool TryEvalFormattable(TemplateContext context, out object? value, out object? host, out MemberFormatter? formatter)
    {
        host = null;
        formatter = null;
        if (!TryEvalTarget(context, out var target))
        {
            value = null;
            return false;
        }

        var type = target.GetType();
        var cached = _formatter;
        if (cached is null || cached.Type != type)
        {
            cached = new CachedFormatter(type, ObjectAccessor.IsHostObject(target) ? ObjectAccessor.Formatter(type, Name) : null);
            _formatter = cached;
        }

        if (cached.Formatter is null)
        {
            value = AutoCall(context, Read(context, target), this);
            return false;
        }

        value = null;
        host = target;
        formatter = cached.Formatter;
        return true;
    }

    private bool TryEvalTarget(TemplateContext context, out object target)
    {
        var value = Target.Eval(context);
        if (value is not null)
        {
            target = value;
            return true;
        }

        if (NullConditional || IsNullConditionalChain(Target))
        {
            target = null!;
            return false;
        }

        throw context.Error(nameStart, $"Cannot get the member {Text(context)} for a null object.");
    }

    private object? Read(TemplateContext context, object target)
    {
        if (target is ScriptObject { Frozen: true } frozen)
        {
            var hit = _frozen;
            if (hit is not null && ReferenceEquals(hit.Owner, frozen))
            {
                return hit.Value;
            }

            var member = frozen.Get(Name);
            _frozen = new FrozenMember(frozen, member);
            return member;
        }

        return ObjectAccessor.TryGetMember(context, target, Name, ref _cache, out var value) ? value : null;
    }

    private CachedGetter? _cache;
    private FrozenMember? _frozen;
    private CachedFormatter? _formatter;

    private static bool IsNullConditionalChain(Expr expr) => expr is MemberExpr { NullConditional: true };

    public void Assign(TemplateContext context, object? value)
    {
        var target = Target.Eval(context);
        if (target is null)
        {
            throw context.Error(nameStart, $"Cannot set the member {Text(context)} for a null object.");
        }

        if (target is ScriptObject obj && obj.IsReadOnly(Name))
        {
            throw context.Error(nameStart, $"Cannot set a value for the readonly member: {Text(context)}");
        }

        if (!ObjectAccessor.TrySetMember(target, Name, value))
        {
            throw context.Error(nameStart, $"Cannot set the member `{Name}` of a read-only object: {Text(context)}");
        }
    }
}

internal sealed class IndexerExpr(Expr targetExpr, Expr index) : Expr, IAssignable
{
    public override string Kind => "indexer";

    public override object? Eval(TemplateContext context)
    {
        var (target, key) = Resolve(context);
        switch (target)
        {
            case ScriptArray array when Numbers.TryToLong(key, out var i):
                return array.GetAt((int)i);
            case ScriptArray array when key is string name:
                return array.Properties?.Get(name);
            case string s when Numbers.TryToLong(key, out var i):
                i = i < 0 ? i + s.Length : i;
                return i >= 0 && i < s.Length ? s[(int)i].ToString() : null;
            case IList list when Numbers.TryToLong(key, out var i):
                i = i < 0 ? i + list.Count : i;
                return i >= 0 && i < list.Count ? list[(int)i] : null;
            case ScriptRange range when Numbers.TryToLong(key, out var i):
                return i >= 0 && i < range.Count ? Numbers.Box(range.From + (range.To >= range.From ? i : -i)) : null;
        }

        var memberName = Display.ToText(context, key);
        return ObjectAccessor.TryGetMember(context, target, memberName, out var value) ? value : null;
    }

    private (object Target, object Key) Resolve(TemplateContext context)
    {
        var target = targetExpr.Eval(context);
        if (target is null)
        {
            throw context.Error(this, $"Object `{targetExpr.Text(context)}` is null. Cannot access indexer: {Text(context)}");
        }

        var key = index.Eval(context);
        if (key is null)
        {
            throw context.Error(index, $"Cannot access target `{targetExpr.Text(context)}` with a null indexer: {Text(context)}");
        }

        return (target, key);
    }

    public void Assign(TemplateContext context, object? value)
    {
        var (target, key) = Resolve(context);
        if (target is ScriptArray array && Numbers.TryToLong(key, out var i))
        {
            array.SetAt((int)i, value);
            return;
        }

        if (target is IList list && !list.IsReadOnly && Numbers.TryToLong(key, out var j) && j >= 0 && j < list.Count)
        {
            list[(int)j] = value;
            return;
        }

        var name = Display.ToText(context, key);
        if (target is ScriptObject obj && obj.IsReadOnly(name))
        {
            throw context.Error(index, $"Cannot set a value for the readonly member `{name}` in the indexer: {Text(context)}");
        }

        if (!ObjectAccessor.TrySetMember(target, name, value))
        {
            throw context.Error(index, $"Cannot set the member `{name}` of a read-only object: {Text(context)}");
        }
    }
}

internal sealed class ParenExpr(Expr inner) : Expr, IAssignable
{
    public Expr Inner { get; } = inner;

    public override string Kind => "nested expression";

    public override object? Eval(TemplateContext context) => AutoCall(context, Inner.Eval(context), this);

    public override object? EvalForCall(TemplateContext context) => Inner.EvalForCall(context);

    public void Assign(TemplateContext context, object? value) => ((IAssignable)Inner).Assign(context, value);
}
