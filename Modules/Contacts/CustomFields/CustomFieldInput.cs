namespace ModularCrm.Modules.Contacts.CustomFields;

/// <summary>A custom field definition as sent by a shop admin: <c>code</c> and <c>type</c> are fixed once created.</summary>
public sealed record CustomFieldInput(string? Code, string? Label, string? Type);
