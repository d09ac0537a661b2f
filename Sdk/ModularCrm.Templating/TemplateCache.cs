using System.Collections.Concurrent;
namespace ModularCrm.Templating;

/// <summary>
/// Thread-safe cache of parsed templates keyed by name and a hash of the text, so an edited template is parsed
/// again while an unchanged one is parsed once. Bounded: when full, it is cleared (templates are cheap to re-parse).
/// </summary>
public sealed class TemplateCache
{
    private readonly ConcurrentDictionary<(string Name, int Hash, TemplateMode Mode), (string Text, Template Template)> _templates = new();
    private readonly int _capacity;

    /// <summary>Creates a cache holding at most <paramref name="capacity"/> templates.</summary>
    public TemplateCache(int capacity = 512)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        _capacity = capacity;
    }

    /// <summary>Number of cached templates.</summary>
    public int Count => _templates.Count;

    /// <summary>Returns the cached parse of (<paramref name="name"/>, <paramref name="text"/>), parsing it on first use.</summary>
    public Template GetOrParse(string name, string text, TemplateMode mode = TemplateMode.Text)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(text);
        var key = (name, string.GetHashCode(text, StringComparison.Ordinal), mode);
        if (_templates.TryGetValue(key, out var cached) && string.Equals(cached.Text, text, StringComparison.Ordinal))
        {
            return cached.Template;
        }

        if (_templates.Count >= _capacity)
        {
            _templates.Clear();
        }

        // A hash collision between two texts of the same name simply replaces the entry.
        var entry = (text, Template.Parse(text, name, mode));
        _templates[key] = entry;
        return entry.Item2;
    }
}
