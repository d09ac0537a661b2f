namespace ModularCrm.Modules.Contacts.Pages.Shared;

/// <summary>A drop-down list as the page templates draw it, with the error right below it.</summary>
internal sealed record FormSelect(string Id, string Name, string Label, IReadOnlyList<FormOption> Options, string? Error);
