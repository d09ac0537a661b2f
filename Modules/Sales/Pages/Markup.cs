using System.Text.Encodings.Web;
using System.Text.Unicode;
using ModularCrm.Sdk.Web;

namespace ModularCrm.Modules.Sales.Pages;

/// <summary>
/// Markup of the sales pages, built in C#: every value goes through <see cref="E"/>. Every control has a label and,
/// when refused, its message right below it, tied by <c>aria-describedby</c>.
/// </summary>
internal static class Markup
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static string E(string? value) => Encoder.Encode(value ?? string.Empty);

    /// <summary>A form posting to <paramref name="action"/> with its antiforgery field; works without JavaScript.</summary>
    /// <remarks>The host's stack forms are narrow; <paramref name="wide"/> lets a table of inputs use the page's width.</remarks>
    public static string Form(string action, AntiforgeryField antiforgery, string content, string button, string css = "stack", bool wide = false) =>
        $"<form class=\"{css}\"{(wide ? " style=\"max-width:none\"" : string.Empty)} method=\"post\" action=\"{E(action)}\" novalidate><input type=\"hidden\" name=\"{E(antiforgery.Name)}\" value=\"{E(antiforgery.Value)}\">{content}<button type=\"submit\">{E(button)}</button></form>";

    public static string Input(string id, string name, string label, string? value, string? error, string type = "text", string extra = "") =>
        Wrap(id, label, error, $"<input id=\"{E(id)}\" name=\"{E(name)}\" type=\"{type}\" value=\"{E(value)}\"{extra}{Described(id, error)}>");

    public static string Choice(string id, string name, string label, string? selected, string? error, IEnumerable<(string Value, string Text)> options) =>
        Wrap(id, label, error, $"<select id=\"{E(id)}\" name=\"{E(name)}\"{Described(id, error)}>{Options(options, selected)}</select>");

    public static string Options(IEnumerable<(string Value, string Text)> options, string? selected) =>
        string.Concat(options.Select(o => $"<option value=\"{E(o.Value)}\"{(o.Value == selected ? " selected" : string.Empty)}>{E(o.Text)}</option>"));

    /// <summary>A message about the whole page or form: an alert for a refusal, a status for a success.</summary>
    public static string Notice(string? message, bool error) => string.IsNullOrEmpty(message)
        ? string.Empty
        : $"<p class=\"notice {(error ? "notice-error" : "notice-ok")}\" role=\"{(error ? "alert" : "status")}\">{E(message)}</p>";

    public static string Link(string href, string text) => $"<a href=\"{E(href)}\">{E(text)}</a>";

    public static string Section(string id, string title, string content) =>
        $"<section aria-labelledby=\"{id}\"><h2 id=\"{id}\">{E(title)}</h2>{content}</section>";

    /// <summary>A table whose cells are already markup; the first cell of each row is its header.</summary>
    public static string Table(IEnumerable<string> headers, IEnumerable<IReadOnlyList<string>> rows)
    {
        var head = string.Concat(headers.Select(h => $"<th scope=\"col\">{E(h)}</th>"));
        var body = string.Concat(rows.Select(r => $"<tr><th scope=\"row\">{r[0]}</th>{string.Concat(r.Skip(1).Select(c => $"<td>{c}</td>"))}</tr>"));
        return $"<div class=\"table-wrap\"><table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table></div>";
    }

    /// <summary>
    /// A label read by screen readers but not drawn, for the cells of a table of inputs whose column header already
    /// says it. Inline because the host's stylesheet has no such class (its CSP allows inline styles).
    /// </summary>
    public static string HiddenLabel(string forId, string text) =>
        $"<label for=\"{E(forId)}\" style=\"position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap\">{E(text)}</label>";

    public static string ErrorOf(string id, string? error) =>
        error is null ? string.Empty : $"<p class=\"field-error\" id=\"{E(id)}-error\">{E(error)}</p>";

    public static string Described(string id, string? error) =>
        error is null ? string.Empty : $" aria-invalid=\"true\" aria-describedby=\"{E(id)}-error\"";

    private static string Wrap(string id, string label, string? error, string control) =>
        $"<div class=\"field{(error is null ? string.Empty : " invalid")}\"><label for=\"{E(id)}\">{E(label)}</label>{control}{ErrorOf(id, error)}</div>";
}
