namespace ModularCrm.Modules.Emailing.Tracking.Dsn;

/// <summary>
/// RFC 5322 header fields (<c>Name: value</c>, continuation lines folded back): a message's or part's header, and each
/// field group of a <c>message/delivery-status</c> body (RFC 3464 uses the same syntax). Names ignore case; the first
/// occurrence of a field wins.
/// </summary>
internal sealed class HeaderBlock
{
    private readonly Dictionary<string, string> fields = new(StringComparer.OrdinalIgnoreCase);

    private HeaderBlock()
    {
    }

    public string? this[string name] => fields.TryGetValue(name, out var value) ? value : null;

    public int Count => fields.Count;

    public static HeaderBlock Parse(IEnumerable<string> lines)
    {
        var block = new HeaderBlock();
        string? name = null;
        var value = new System.Text.StringBuilder();
        foreach (var line in lines)
        {
            if (line.Length > 0 && (line[0] == ' ' || line[0] == '\t') && name is not null)
            {
                value.Append(' ').Append(line.Trim());
                continue;
            }

            block.Add(name, value);
            var colon = line.IndexOf(':');
            name = colon > 0 ? line[..colon].Trim() : null;
            value.Clear().Append(colon > 0 ? line[(colon + 1)..].Trim() : string.Empty);
        }

        block.Add(name, value);
        return block;
    }

    private void Add(string? name, System.Text.StringBuilder value)
    {
        if (name is { Length: > 0 })
        {
            fields.TryAdd(name, value.ToString());
        }
    }
}
