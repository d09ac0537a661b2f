namespace ModularCrm.Templating.Runtime;

/// <summary>Evaluated arguments of one call: positional values and optional named ones.</summary>
internal sealed class CallArguments
{
    public CallArguments(int capacity = 4)
    {
        Positional = new List<object?>(capacity);
    }

    public List<object?> Positional { get; }

    public List<KeyValuePair<string, object?>>? Named { get; private set; }

    public int Count => Positional.Count;

    public void Clear()
    {
        Positional.Clear();
        Named = null;
    }

    public void AddNamed(string name, object? value) => (Named ??= new List<KeyValuePair<string, object?>>()).Add(new(name, value));
}
