using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ModularCrm.Sdk.Web;

/// <summary>
/// The errors of one form or API input, by field, so that all are reported at once: built while validating
/// (<see cref="Add"/>), sent by an API as a validation problem (<see cref="ToProblem"/>: the usual <c>errors</c> with
/// the messages, plus <c>fieldErrors</c> with each error's code and arguments), read back by a page from the API's
/// result (<see cref="FromResult"/>), translated (<see cref="Localize"/>) and drawn next to each field
/// (<see cref="DescribedBy(string, string?)"/>, <see cref="Paragraph(string, string?)"/>).
/// </summary>
/// <example>
/// <code>
/// var errors = FormErrors.FromResult(apiResult).Localize(e => english ? Translate(e) : null);
/// $"&lt;input id=\"email\" name=\"email\"{FormErrors.DescribedBy("email", errors["email"])}&gt;{FormErrors.Paragraph("email", errors["email"])}"
/// </code>
/// </example>
public sealed class FormErrors
{
    /// <summary>The validation problem's extension member that carries the coded errors.</summary>
    public const string Extension = "fieldErrors";

    private readonly List<FieldError> errors = [];

    /// <summary>True when at least one field is refused.</summary>
    public bool Any => errors.Count > 0;

    /// <summary>Every error, in the order they were added.</summary>
    public IReadOnlyList<FieldError> All => errors;

    /// <summary>The messages for <paramref name="field"/> joined by a space, or null when the field is fine.</summary>
    /// <param name="field">The field name.</param>
    public string? this[string field]
    {
        get
        {
            var messages = errors.Where(e => e.Field == field).Select(e => e.Message).ToList();
            return messages.Count == 0 ? null : string.Join(" ", messages);
        }
    }

    /// <summary>Refuses <paramref name="field"/> with <paramref name="message"/>; a field may collect several messages.</summary>
    /// <param name="field">The field name.</param>
    /// <param name="message">The reason, for the person who typed the value.</param>
    /// <param name="code">A stable code pages can translate, or null.</param>
    /// <param name="args">The values the message names, for translations.</param>
    public void Add(string field, string message, string? code = null, params string[] args) =>
        errors.Add(new FieldError(field, message, code, args));

    /// <summary>True when <paramref name="field"/> has an error.</summary>
    /// <param name="field">The field name.</param>
    public bool Has(string field) => errors.Exists(e => e.Field == field);

    /// <summary>The messages by field, as <c>Results.ValidationProblem</c> and <c>HttpValidationProblemDetails</c> take them.</summary>
    public Dictionary<string, string[]> ToDictionary() =>
        errors.GroupBy(e => e.Field, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray(), StringComparer.Ordinal);

    /// <summary>A 400 validation problem: <c>errors</c> (messages by field) and <c>fieldErrors</c> (every error with its code).</summary>
    /// <param name="title">The problem's title, e.g. "Contact refusé".</param>
    public IResult ToProblem(string title) =>
        Results.ValidationProblem(ToDictionary(), title: title, extensions: new Dictionary<string, object?> { [Extension] = errors.ToList() });

    /// <summary>
    /// The errors of an API handler's result: a validation problem's messages, with their codes when it carries
    /// <see cref="Extension"/>. Any other result (success, another problem) gives no error.
    /// </summary>
    /// <param name="result">What the handler returned.</param>
    public static FormErrors FromResult(IResult result)
    {
        var found = new FormErrors();
        if (result is not ProblemHttpResult { ProblemDetails: HttpValidationProblemDetails validation })
        {
            return found;
        }

        var coded = validation.Extensions.TryGetValue(Extension, out var extension) ? Coded(extension) : [];
        if (coded.Count > 0)
        {
            found.errors.AddRange(coded);
            return found;
        }

        foreach (var (field, messages) in validation.Errors)
        {
            found.errors.AddRange(messages.Select(m => new FieldError(field, m)));
        }

        return found;
    }

    /// <summary>The errors of a messages-by-field dictionary (an input checked without codes).</summary>
    /// <param name="messages">Messages by field.</param>
    public static FormErrors FromDictionary(IReadOnlyDictionary<string, string[]> messages)
    {
        var found = new FormErrors();
        foreach (var (field, texts) in messages)
        {
            found.errors.AddRange(texts.Select(m => new FieldError(field, m)));
        }

        return found;
    }

    /// <summary>A copy whose messages are replaced by <paramref name="translate"/>'s text where it gives one.</summary>
    /// <param name="translate">The message in the reader's language, or null to keep the error's own.</param>
    public FormErrors Localize(Func<FieldError, string?> translate)
    {
        var copy = new FormErrors();
        copy.errors.AddRange(errors.Select(e => translate(e) is { } text ? e with { Message = text } : e));
        return copy;
    }

    /// <summary>
    /// The attributes tying a control to its error paragraph (<c> aria-invalid="true" aria-describedby="{id}-error"</c>,
    /// leading space included), or an empty string when there is no error.
    /// </summary>
    /// <param name="id">The control's id.</param>
    /// <param name="error">Its error message, or null.</param>
    public static string DescribedBy(string id, string? error) =>
        error is null ? string.Empty : $" aria-invalid=\"true\" aria-describedby=\"{HtmlText.Encode(id)}-error\"";

    /// <summary>The error paragraph shown right below a control (<c>&lt;p class="field-error" id="{id}-error"&gt;</c>), or an empty string.</summary>
    /// <param name="id">The control's id.</param>
    /// <param name="error">Its error message, or null.</param>
    public static string Paragraph(string id, string? error) =>
        error is null ? string.Empty : $"<p class=\"field-error\" id=\"{HtmlText.Encode(id)}-error\">{HtmlText.Encode(error)}</p>";

    // In process the extension holds the FieldErrors themselves; read from JSON it is an array of objects.
    private static List<FieldError> Coded(object? extension) => extension switch
    {
        IEnumerable<FieldError> list => list.ToList(),
        JsonElement { ValueKind: JsonValueKind.Array } json => json.Deserialize<List<FieldError>>(new JsonSerializerOptions(JsonSerializerDefaults.Web)) ?? [],
        _ => [],
    };
}
