using ModularCrm.Templating.Syntax;

namespace ModularCrm.Templating.Runtime;

/// <summary>Arguments handed to a builtin, already placed by position (a view over the caller's list).</summary>
internal readonly struct BuiltinArgs(List<object?> values, int count, Node callSite)
{
    public int Count { get; } = count;

    public Node CallSite { get; } = callSite;

    public object? this[int index] => index < values.Count ? values[index] : null;

    public bool Has(int index) => index < Count && values[index] is not null;

    public object?[] Rest(int from) => from >= Count ? [] : values.GetRange(from, Count - from).ToArray();
}
