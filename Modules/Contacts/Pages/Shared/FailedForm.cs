namespace ModularCrm.Modules.Contacts.Pages.Shared;

/// <summary>
/// One of a page's several forms sent back with errors: which form, the API's verdict and what the user typed, so the
/// page is drawn again with the values kept and each message next to its field.
/// </summary>
internal sealed record FailedForm(string Form, ApiOutcome Outcome, IReadOnlyDictionary<string, string?> Posted)
{
    public string? Error(string form, string field) => Form == form ? Outcome.Error(field) : null;

    public string? Value(string form, string field) => Form == form && Posted.TryGetValue(field, out var v) ? v : null;

    public string? Problem(string form) => Form == form && Outcome.Errors.Count == 0 ? Outcome.Problem : null;
}
