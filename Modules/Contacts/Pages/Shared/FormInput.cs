namespace ModularCrm.Modules.Contacts.Pages.Shared;

/// <summary>A text-like input as the page templates draw it: its label, the value typed and the error right below it.</summary>
internal sealed record FormInput(string Id, string Name, string Label, string? Value, string? Error, string Type = "text");
