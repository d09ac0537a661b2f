namespace ModularCrm.Templating.Runtime;

/// <summary>
/// A template-side object: ordered members, some of which can be made readonly. Small objects (loop scopes, most
/// literals) keep their members in two short arrays searched linearly; past <see cref="InlineLimit"/> members an
/// ordered dictionary takes over.
/// </summary>
internal class ScriptObject
{
    private const int InlineLimit = 8;

    private string[]? _keys;
    private object?[]? _values;
    private int _count;
    private OrderedDictionary<string, object?>? _dictionary;
    private HashSet<string>? _readonly;

    public ScriptObject()
    {
    }

    /// <summary>Pre-sizes the inline storage (loop objects know their member count).</summary>
    public ScriptObject(int capacity)
    {
        capacity = Math.Min(capacity, InlineLimit);
        _keys = new string[capacity];
        _values = new object?[capacity];
    }

    /// <summary>Builtin objects are shared by every render: templates may read them, never change them.</summary>
    public bool Frozen { get; set; }

    public int Count => _dictionary?.Count ?? _count;

    public IEnumerable<KeyValuePair<string, object?>> Members
    {
        get
        {
            if (_dictionary is not null)
            {
                return _dictionary;
            }

            var pairs = new KeyValuePair<string, object?>[_count];
            for (var i = 0; i < _count; i++)
            {
                pairs[i] = new KeyValuePair<string, object?>(_keys![i], _values![i]);
            }

            return pairs;
        }
    }

    public IEnumerable<string> Keys => Members.Select(pair => pair.Key);

    public bool TryGet(string name, out object? value)
    {
        if (_dictionary is not null)
        {
            return _dictionary.TryGetValue(name, out value);
        }

        var index = IndexOf(name);
        value = index >= 0 ? _values![index] : null;
        return index >= 0;
    }

    public object? Get(string name) => TryGet(name, out var value) ? value : null;

    public bool Contains(string name) => _dictionary?.ContainsKey(name) ?? IndexOf(name) >= 0;

    public void Set(string name, object? value)
    {
        if (_dictionary is not null)
        {
            _dictionary[name] = value;
            return;
        }

        var index = IndexOf(name);
        if (index >= 0)
        {
            _values![index] = value;
            return;
        }

        if (_count == InlineLimit)
        {
            _dictionary = new OrderedDictionary<string, object?>(InlineLimit * 2, StringComparer.Ordinal);
            for (var i = 0; i < _count; i++)
            {
                _dictionary.Add(_keys![i], _values![i]);
            }

            _dictionary[name] = value;
            _keys = null;
            _values = null;
            return;
        }

        if (_keys is null || _count == _keys.Length)
        {
            var capacity = _keys is null ? 4 : _keys.Length * 2 > InlineLimit ? InlineLimit : _keys.Length * 2;
            Array.Resize(ref _keys, capacity);
            Array.Resize(ref _values, capacity);
        }

        _keys[_count] = name;
        _values![_count] = value;
        _count++;
    }

    /// <summary>Empties the object for reuse (the render context's globals between renders).</summary>
    public void Clear()
    {
        if (_keys is not null)
        {
            Array.Clear(_keys, 0, _count);
            Array.Clear(_values!, 0, _count);
        }

        _count = 0;
        _dictionary = null;
        _readonly = null;
    }

    public bool Remove(string name)
    {
        if (_dictionary is not null)
        {
            return _dictionary.Remove(name);
        }

        var index = IndexOf(name);
        if (index < 0)
        {
            return false;
        }

        Array.Copy(_keys!, index + 1, _keys!, index, _count - index - 1);
        Array.Copy(_values!, index + 1, _values!, index, _count - index - 1);
        _count--;
        return true;
    }

    public bool IsReadOnly(string name) => _readonly is not null && _readonly.Contains(name);

    public void SetReadOnly(string name) => (_readonly ??= new HashSet<string>(StringComparer.Ordinal)).Add(name);

    private int IndexOf(string name)
    {
        var keys = _keys;
        for (var i = 0; i < _count; i++)
        {
            var key = keys![i];
            if (ReferenceEquals(key, name) || string.Equals(key, name, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
