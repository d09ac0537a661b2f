namespace ModularCrm.Modules.Contacts.Pages.Shared;

/// <summary>A form field as the page templates draw it: label, value and the error shown right below it.</summary>
internal sealed record FormFieldView(string Name, string Label, string? Value, string? Error, string Type = "text", string? Autocomplete = null);
