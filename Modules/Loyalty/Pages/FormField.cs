namespace ModularCrm.Modules.Loyalty.Pages;

/// <summary>
/// A form field as the templates draw it: label, value, the error right below it, and for a <c>select</c> its options.
/// <c>Type</c> is an input type, <c>select</c> or <c>checkbox</c> (checked when <c>Value</c> is <c>on</c>).
/// </summary>
internal sealed record FormField(string Name, string Label, string? Value, string? Error, string Type = "text", string? Hint = null)
{
    public IReadOnlyList<FieldOption> Options { get; init; } = [];
}
