namespace ModularCrm.Modules.Contacts.CustomFields;

/// <summary>A row of <c>contacts_custom_fields</c>.</summary>
public sealed class CustomFieldRecord
{
    public long Id { get; init; }

    public string Code { get; init; } = string.Empty;

    public string Label { get; init; } = string.Empty;

    /// <summary><c>text</c>, <c>number</c>, <c>date</c> or <c>bool</c>.</summary>
    public string Type { get; init; } = string.Empty;
}
