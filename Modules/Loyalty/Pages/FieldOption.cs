namespace ModularCrm.Modules.Loyalty.Pages;

/// <summary>One choice of a select field.</summary>
internal sealed record FieldOption(string Value, string Label, bool Selected);
