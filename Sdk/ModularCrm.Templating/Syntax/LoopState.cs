using ModularCrm.Templating.Runtime;

namespace ModularCrm.Templating.Syntax;

/// <summary>Shared loop plumbing: iteration limit, abort checks, break/continue handling.</summary>
internal static class LoopState
{
    public static void Check(TemplateContext context, Node loop, int index)
    {
        if (context.Options.LoopLimit > 0 && index >= context.Options.LoopLimit)
        {
            throw context.Error(loop, $"Exceeding number of iteration limit `{context.Options.LoopLimit}` for loop statement.");
        }

        context.CheckAbort(loop);
    }

    /// <summary>Consumes a pending break/continue; true when the loop must stop.</summary>
    public static bool AfterBody(TemplateContext context)
    {
        switch (context.Flow)
        {
            case FlowState.Break:
                context.Flow = FlowState.None;
                return true;
            case FlowState.Continue:
                context.Flow = FlowState.None;
                return false;
            case FlowState.Return:
                return true;
            default:
                return false;
        }
    }
}
