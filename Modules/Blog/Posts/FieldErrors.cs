namespace ModularCrm.Modules.Blog.Posts;

/// <summary>Every refused field of an input with its reason, so that all are reported at once.</summary>
internal sealed class FieldErrors
{
    public Dictionary<string, string[]> All { get; } = [];

    public bool Any => All.Count > 0;

    public void Add(string field, string reason) => All.TryAdd(field, [reason]);

    public string? Of(string field) => All.TryGetValue(field, out var reasons) ? string.Join(" ", reasons) : null;

    /// <summary>The trimmed text, null when blank; too long or missing when required is reported.</summary>
    public string? Text(string? value, string field, int max, bool required = false)
    {
        var text = string.IsNullOrWhiteSpace(value) ? null : value.Trim();
        if (text is null && required)
        {
            Add(field, "Obligatoire.");
        }
        else if (text is not null && text.Length > max)
        {
            Add(field, $"{max} caractères au plus ({text.Length} donnés).");
        }

        return text;
    }
}
