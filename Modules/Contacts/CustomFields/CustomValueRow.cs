namespace ModularCrm.Modules.Contacts.CustomFields;

/// <summary>A contact's value for one field, as stored (invariant text).</summary>
internal sealed class CustomValueRow
{
    public string Code { get; init; } = string.Empty;

    public string Type { get; init; } = string.Empty;

    public string? Value { get; init; }
}
