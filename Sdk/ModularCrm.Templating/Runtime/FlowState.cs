namespace ModularCrm.Templating.Runtime;

/// <summary>Pending jump out of the statements being executed.</summary>
internal enum FlowState
{
    None,
    Break,
    Continue,
    Return,
}
