using ModularCrm.Sdk.Web;

namespace ModularCrm.Host.Pages.Layout;

/// <summary>
/// The few markup pieces the host pages repeat. Every value goes through <see cref="E"/>: host pages are built
/// from C# strings, so encoding is explicit here rather than a template engine's default. Encoding and the error next to
/// a field are the SDK's (<see cref="HtmlText"/>, <see cref="FormErrors"/>), shared with the modules' pages.
/// </summary>
internal static class Html
{
    public static string E(string? value) => HtmlText.Encode(value);

    public static string Antiforgery(AntiforgeryField field) =>
        $"""<input type="hidden" name="{E(field.Name)}" value="{E(field.Value)}">""";

    /// <summary>A labelled input with its error right below it, tied by <c>aria-describedby</c>.</summary>
    public static string Input(string name, string label, string? value, string? error, string type = "text", string? autocomplete = null, bool required = false)
    {
        var attributes = (autocomplete is null ? string.Empty : $" autocomplete=\"{autocomplete}\"") + (required ? " required" : string.Empty);
        var valueAttribute = type == "password" ? string.Empty : $" value=\"{E(value)}\"";
        return Field(name, label, error, $"<input id=\"{name}\" name=\"{name}\" type=\"{type}\"{valueAttribute}{attributes}{Invalid(name, error)}>");
    }

    /// <summary>A labelled select; <paramref name="options"/> are (value, text) pairs.</summary>
    public static string Select(string name, string label, string? selected, string? error, IEnumerable<(string Value, string Text)> options)
    {
        var items = string.Concat(options.Select(o =>
            $"<option value=\"{E(o.Value)}\"{(o.Value == selected ? " selected" : string.Empty)}>{E(o.Text)}</option>"));
        return Field(name, label, error, $"<select id=\"{name}\" name=\"{name}\"{Invalid(name, error)}>{items}</select>");
    }

    public static string TextArea(string name, string label, string? value, string? error, int rows = 16) =>
        Field(name, label, error, $"<textarea id=\"{name}\" name=\"{name}\" rows=\"{rows}\" spellcheck=\"false\"{Invalid(name, error)}>{E(value)}</textarea>");

    /// <summary>A message for the whole page (success or refusal), announced by screen readers.</summary>
    public static string Notice(string? message, bool error) => string.IsNullOrEmpty(message)
        ? string.Empty
        : $"<p class=\"notice {(error ? "notice-error" : "notice-ok")}\" role=\"{(error ? "alert" : "status")}\">{E(message)}</p>";

    private static string Field(string name, string label, string? error, string control) =>
        $"<div class=\"field{(error is null ? string.Empty : " invalid")}\"><label for=\"{name}\">{E(label)}</label>{control}{FormErrors.Paragraph(name, error)}</div>";

    private static string Invalid(string name, string? error) => FormErrors.DescribedBy(name, error);
}
