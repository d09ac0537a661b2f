using ModularCrm.Templating.Syntax;

namespace ModularCrm.Templating.Runtime;

/// <summary>Arguments handed to a builtin, already placed by position.</summary>
internal readonly struct BuiltinArgs(object?[] values, int count, Node callSite)
{
    public int Count { get; } = count;

    public Node CallSite { get; } = callSite;

    public object? this[int index] => index < values.Length ? values[index] : null;

    public bool Has(int index) => index < Count && values[index] is not null;

    public object?[] Rest(int from) => from >= Count ? [] : values[from..Count];
}
