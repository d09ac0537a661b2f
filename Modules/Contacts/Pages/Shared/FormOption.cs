namespace ModularCrm.Modules.Contacts.Pages.Shared;

/// <summary>One choice of a <see cref="FormSelect"/>.</summary>
internal sealed record FormOption(string Value, string Label, bool Selected);
