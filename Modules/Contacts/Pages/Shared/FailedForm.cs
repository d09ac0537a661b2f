namespace ModularCrm.Modules.Contacts.Pages.Shared;

/// <summary>
/// One of a page's several forms sent back with errors: which form, the API's verdict and what the user typed, so the
/// page is drawn again with the values kept and each message next to its field.
/// </summary>
internal sealed record FailedForm(string Form, ApiOutcome Outcome, IReadOnlyDictionary<string, string?> Posted)
{
    public string? Error(string form, string field) => Form == form ? Outcome.Error(field) : null;

    public string? Value(string form, string field) => Form == form && Posted.TryGetValue(field, out var v) ? v : null;

    public string? Problem(string form) => Form == form && !Outcome.Errors.Any ? Outcome.Problem : null;

    /// <summary>An input of <paramref name="form"/> (id <c>form-name</c>), kept as typed when this form failed.</summary>
    public static FormInput Input(FailedForm? failed, string form, string name, string label, string type = "text") =>
        new($"{form}-{name}", name, label, failed?.Value(form, name), failed?.Error(form, name), type);

    /// <summary>A list of <paramref name="form"/> whose choice is kept when this form failed.</summary>
    public static FormSelect Select(FailedForm? failed, string form, string name, string label, IEnumerable<(string Value, string Label)> choices) =>
        new($"{form}-{name}", name, label, choices.Select(c => new FormOption(c.Value, c.Label, failed?.Value(form, name) == c.Value)).ToList(), failed?.Error(form, name));
}
