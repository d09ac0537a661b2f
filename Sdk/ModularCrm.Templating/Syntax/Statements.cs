using ModularCrm.Templating.Runtime;

namespace ModularCrm.Templating.Syntax;

internal sealed class RawStmt(string text) : Stmt
{
    public override void Exec(TemplateContext context) => context.Write(this, text);
}

internal sealed class ExprStmt(Expr expr) : Stmt
{
    public override void Exec(TemplateContext context) => expr.WriteTo(context, this);
}

internal sealed class BlockStmt(List<Stmt> statements) : Stmt
{
    public List<Stmt> Statements { get; } = statements;

    public override void Exec(TemplateContext context)
    {
        var statements = Statements;
        for (var i = 0; i < statements.Count; i++)
        {
            statements[i].Exec(context);
            if (context.Flow != FlowState.None)
            {
                return;
            }
        }
    }
}

internal sealed class AssignStmt(Expr target, BinaryOp? compound, Expr value, int operatorStart) : Stmt
{
    public override void Exec(TemplateContext context)
    {
        var result = value.Eval(context);
        if (compound is { } op)
        {
            result = Ops.Binary(context, op, target.Eval(context), result, new BinaryExpr(op, target, value, operatorStart) { Start = Start, End = End });
        }

        ((IAssignable)target).Assign(context, result);
    }
}

internal sealed class IfStmt(Expr condition, Stmt then, Stmt? otherwise) : Stmt
{
    public override void Exec(TemplateContext context)
    {
        if (Ops.IsTruthy(condition.Eval(context)))
        {
            then.Exec(context);
        }
        else
        {
            otherwise?.Exec(context);
        }
    }
}

internal sealed class WhileStmt(Expr condition, Stmt body, ParseFlags flags) : Stmt
{
    public override void Exec(TemplateContext context)
    {
        var loop = flags.UsesLoopObject ? LoopVariables.While() : null;
        var scope = context.RentScope();
        if (loop is not null)
        {
            scope.Set("while", loop);
        }

        context.PushGlobal(scope, true);
        context.LoopDepth++;
        try
        {
            var index = 0;
            while (Ops.IsTruthy(condition.Eval(context)))
            {
                LoopState.Check(context, this, index);
                loop?.MoveTo(index, null);
                body.Exec(context);
                index++;
                if (LoopState.AfterBody(context))
                {
                    break;
                }
            }
        }
        finally
        {
            context.LoopDepth--;
            context.PopGlobal();
            context.ReturnScope(scope);
        }
    }
}

internal sealed class BreakStmt(bool isContinue) : Stmt
{
    public override void Exec(TemplateContext context) => context.Flow = isContinue ? FlowState.Continue : FlowState.Break;
}

internal sealed class RetStmt(Expr? value) : Stmt
{
    public override void Exec(TemplateContext context)
    {
        context.ReturnValue = value?.Eval(context);
        context.Flow = FlowState.Return;
    }
}

internal sealed class CaptureStmt(Expr target, Stmt body) : Stmt
{
    public override void Exec(TemplateContext context)
    {
        context.PushOutput();
        string text;
        try
        {
            body.Exec(context);
        }
        finally
        {
            text = context.PopOutput();
        }

        // In HTML mode the captured text is already encoded markup: keep it from being encoded twice.
        ((IAssignable)target).Assign(context, context.Mode == TemplateMode.Html ? new RawString(text) : text);
    }
}

internal sealed class CaseStmt(Expr value, List<(List<Expr> Values, Stmt Body)> whens, Stmt? otherwise) : Stmt
{
    public override void Exec(TemplateContext context)
    {
        var subject = value.Eval(context);
        foreach (var (values, body) in whens)
        {
            foreach (var candidate in values)
            {
                if (Ops.AreEqual(subject, candidate.Eval(context)))
                {
                    body.Exec(context);
                    return;
                }
            }
        }

        otherwise?.Exec(context);
    }
}

internal sealed class WithStmt(Expr target, Stmt body) : Stmt
{
    public override void Exec(TemplateContext context)
    {
        var value = target.Eval(context);
        if (value is not ScriptObject { Frozen: false } obj)
        {
            var kind = value is null ? "null" : Ops.TypeName(value);
            throw context.Error(target, $"Invalid target property `{target.Text(context)}` used for [with] statement. Must be a ScriptObject instead of `{kind}`");
        }

        context.PushGlobal(obj, false);
        try
        {
            body.Exec(context);
        }
        finally
        {
            context.PopGlobal();
        }
    }
}

internal sealed class ImportStmt(Expr source) : Stmt
{
    public override void Exec(TemplateContext context)
    {
        var value = source.Eval(context);
        if (value is null)
        {
            return;
        }

        var target = context.CurrentGlobal;
        if (target.Frozen)
        {
            return;
        }

        foreach (var (key, member) in ObjectAccessor.Members(value).ToList())
        {
            if (!target.IsReadOnly(key))
            {
                target.Set(key, member);
            }
        }
    }
}

internal sealed class ReadonlyStmt(string name) : Stmt
{
    public override void Exec(TemplateContext context) => context.SetReadOnly(name);
}

internal sealed class FuncDeclStmt(Expr target, UserFunction function) : Stmt
{
    public override void Exec(TemplateContext context) => ((IAssignable)target).Assign(context, function);
}

internal sealed class WrapStmt(Expr target, Stmt body) : Stmt
{
    public override void Exec(TemplateContext context)
    {
        var wrapBody = new BlockFunction(body);
        if (target is CallExpr call)
        {
            context.WriteValue(this, call.Invoke(context, null, false, wrapBody));
            return;
        }

        var function = target is GlobalVar or LocalVar or MemberExpr ? target.EvalForCall(context) as ScriptCallable : null;
        if (function is null)
        {
            throw context.Error(target, $"Expecting a direct function instead of the expression `{target.Text(context)}/{target.Kind}`");
        }

        context.PendingWrapBody = wrapBody;
        context.WriteValue(this, function.Invoke(context, new CallArguments(0), this));
    }
}
