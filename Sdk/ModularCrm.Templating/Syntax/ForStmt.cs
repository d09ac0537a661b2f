using System.Collections;
using ModularCrm.Templating.Runtime;

namespace ModularCrm.Templating.Syntax;

/// <summary>`for` and `tablerow`: both iterate a list with `limit:`, `offset:`, `reversed` (and `cols:`).</summary>
internal sealed class ForStmt : Stmt
{
    public required ParseFlags Flags { get; init; }

    public required string Variable { get; init; }

    public required bool IsLocal { get; init; }

    public required Expr Iterable { get; init; }

    public Expr? Limit { get; init; }

    public Expr? Offset { get; init; }

    public Expr? Columns { get; init; }

    public bool Reversed { get; init; }

    public bool IsTablerow { get; init; }

    public required Stmt Body { get; init; }

    public Stmt? Else { get; init; }

    public override void Exec(TemplateContext context)
    {
        var items = Items(context);
        if (items.Count == 0)
        {
            Else?.Exec(context);
            return;
        }

        var columns = Columns is null ? 1 : Math.Max(1, (int)Numbers.ToDouble(Columns.Eval(context)));
        var loop = IsTablerow ? LoopVariables.Tablerow(items.Count, columns)
            : Flags.UsesLoopObject ? LoopVariables.For(items.Count)
            : null;
        var scope = context.RentScope();
        if (loop is not null)
        {
            scope.Set(IsTablerow ? "tablerow" : "for", loop);
        }

        context.PushGlobal(scope, true);
        LocalFrame? frame = null;
        if (IsLocal)
        {
            frame = new LocalFrame(false, null, null) { Vars = new ScriptObject() };
            context.PushFrame(frame);
        }

        context.LoopDepth++;
        try
        {
            Run(context, items, loop, scope, frame);
        }
        finally
        {
            context.LoopDepth--;
            if (frame is not null)
            {
                context.PopFrame();
            }

            context.PopGlobal();
            context.ReturnScope(scope);
        }
    }

    private void Run(TemplateContext context, IList items, LoopVariables? loop, ScriptObject scope, LocalFrame? frame)
    {
        for (var index = 0; index < items.Count; index++)
        {
            LoopState.Check(context, this, index);
            var item = items[index];
            if (frame is not null)
            {
                frame.Vars!.Set(Variable, item);
            }
            else
            {
                scope.Set(Variable, item);
            }

            loop?.MoveTo(index, item);
            if (IsTablerow)
            {
                RunCell(context, index, loop!);
            }
            else
            {
                Body.Exec(context);
            }

            if (LoopState.AfterBody(context))
            {
                break;
            }
        }
    }

    private void RunCell(TemplateContext context, int index, LoopVariables loop)
    {
        var columns = loop.Columns;
        var count = loop.Length;
        var column = index % columns;
        if (column == 0)
        {
            context.Write(this, $"<tr class=\"row{(index / columns) + 1}\">");
        }

        context.Write(this, $"<td class=\"col{column + 1}\">");
        Body.Exec(context);
        context.Write(this, "</td>");
        if (column == columns - 1 || index == count - 1)
        {
            context.Write(this, "</tr>\n");
        }
    }

    private IList Items(TemplateContext context)
    {
        var value = Iterable.Eval(context);
        if (value is null)
        {
            return Array.Empty<object?>();
        }

        if (ObjectAccessor.AsEnumerable(value) is not IEnumerable enumerable)
        {
            throw context.Error(Iterable, $"Unexpected type `{Ops.TypeName(value)}` for iterating");
        }

        if (enumerable is IList hostList and not ScriptArray && Offset is null && Limit is null && !Reversed)
        {
            // Host collections cannot be changed by the template: iterate them in place, no copy.
            return hostList;
        }

        var items = new List<object?>(enumerable is ICollection collection ? collection.Count : 16);
        var offset = Offset is null ? 0 : (int)Numbers.ToDouble(Offset.Eval(context));
        var limit = Limit is null ? int.MaxValue : (int)Numbers.ToDouble(Limit.Eval(context));
        var position = 0;
        foreach (var item in enumerable)
        {
            if (position++ < offset)
            {
                continue;
            }

            if (items.Count >= limit)
            {
                break;
            }

            items.Add(item);
        }

        if (Reversed)
        {
            items.Reverse();
        }

        return items;
    }
}
