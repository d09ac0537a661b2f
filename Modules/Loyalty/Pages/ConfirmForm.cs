namespace ModularCrm.Modules.Loyalty.Pages;

/// <summary>
/// A form made of a button only. Bound with <c>[FromForm]</c> so that the host checks its antiforgery field like
/// any other form's: an action button must not be pressable from another site.
/// </summary>
internal sealed record ConfirmForm
{
    public string? Confirm { get; init; }
}
