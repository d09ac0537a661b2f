namespace ModularCrm.Host.Pages.Layout;

/// <summary>The error messages of a form, by field name, to show each next to its field.</summary>
internal sealed class FieldErrors
{
    private readonly Dictionary<string, string> errors = new(StringComparer.Ordinal);

    public bool Any => errors.Count > 0;

    public string? this[string field] => errors.GetValueOrDefault(field);

    public void Add(string field, string message) => errors.TryAdd(field, message);
}
