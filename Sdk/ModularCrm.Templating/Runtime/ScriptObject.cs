namespace ModularCrm.Templating.Runtime;

/// <summary>A template-side object: ordered members, some of which can be made readonly.</summary>
internal class ScriptObject
{
    private readonly OrderedDictionary<string, object?> _members = new(StringComparer.Ordinal);
    private HashSet<string>? _readonly;

    /// <summary>Builtin objects are shared by every render: templates may read them, never change them.</summary>
    public bool Frozen { get; set; }

    public int Count => _members.Count;

    public IEnumerable<KeyValuePair<string, object?>> Members => _members;

    public IEnumerable<string> Keys => _members.Keys;

    public bool TryGet(string name, out object? value) => _members.TryGetValue(name, out value);

    public object? Get(string name) => _members.TryGetValue(name, out var value) ? value : null;

    public bool Contains(string name) => _members.ContainsKey(name);

    public void Set(string name, object? value) => _members[name] = value;

    public bool Remove(string name) => _members.Remove(name);

    public bool IsReadOnly(string name) => _readonly is not null && _readonly.Contains(name);

    public void SetReadOnly(string name) => (_readonly ??= new HashSet<string>(StringComparer.Ordinal)).Add(name);

    public ScriptObject CloneShallow()
    {
        var copy = new ScriptObject();
        foreach (var pair in _members)
        {
            copy._members[pair.Key] = pair.Value;
        }

        return copy;
    }
}
