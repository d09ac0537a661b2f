namespace ModularCrm.Templating.Runtime;

/// <summary>A template-side array; it can also carry named properties (`x.a = 1` on an array).</summary>
internal sealed class ScriptArray : List<object?>
{
    public ScriptArray()
    {
    }

    public ScriptArray(int capacity)
        : base(capacity)
    {
    }

    public ScriptArray(IEnumerable<object?> items)
        : base(items)
    {
    }

    /// <summary>Named properties set on the array (and named arguments for `$`).</summary>
    public ScriptObject? Properties { get; set; }

    public void SetAt(int index, object? value)
    {
        if (index < 0)
        {
            index += Count;
            if (index < 0)
            {
                return;
            }
        }

        while (Count <= index)
        {
            Add(null);
        }

        this[index] = value;
    }

    public object? GetAt(int index)
    {
        if (index < 0)
        {
            index += Count;
        }

        return index >= 0 && index < Count ? this[index] : null;
    }
}
