namespace ModularCrm.Sdk.Web;

/// <summary>
/// One refused field of an input, as an API gives it (its <see cref="Message"/>) and as a page can give it in the
/// reader's language (from its <see cref="Code"/> and <see cref="Args"/>).
/// </summary>
/// <param name="Field">The input's field name, as in the API's JSON (<c>email</c>, <c>lastName</c>).</param>
/// <param name="Message">The API's message (French for the bundled modules).</param>
/// <param name="Code">A stable machine code (<c>email.tld_typo</c>), or null when the error has none.</param>
/// <param name="Args">Values the message names (the address typed, a suggestion, a maximum length), in the order the
/// translations' <c>{0}</c>, <c>{1}</c>… use them.</param>
public sealed record FieldError(string Field, string Message, string? Code = null, IReadOnlyList<string>? Args = null);
