using System.Text.Encodings.Web;
using System.Text.Unicode;
using ModularCrm.Sdk.Web;

namespace ModularCrm.Modules.Newsletter.Pages;

/// <summary>
/// The markup of the staff pages: every value encoded, every control labelled, a refused field followed by its message
/// (tied by <c>aria-describedby</c>), every form with the antiforgery field. No JavaScript.
/// </summary>
internal static class PageHtml
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static string E(string? text) => Encoder.Encode(text ?? string.Empty);

    public static string Form(IShopPages pages, string action, string button, params string[] fields) =>
        $"<form class=\"stack\" method=\"post\" action=\"{E(action)}\" novalidate><input type=\"hidden\" name=\"{E(pages.Antiforgery.Name)}\" value=\"{E(pages.Antiforgery.Value)}\">" +
        $"{string.Concat(fields)}<button type=\"submit\">{E(button)}</button></form>";

    public static string Input(string name, string label, string? value, ApiAnswer answer, string type = "text", string? hint = null) =>
        Field(name, label, answer.Error(name), hint, $"<input id=\"{name}\" name=\"{name}\" type=\"{type}\" value=\"{E(value)}\"{Described(name, answer.Error(name), hint)}>");

    public static string TextArea(string name, string label, string? value, ApiAnswer answer, int rows, string? hint = null) =>
        Field(name, label, answer.Error(name), hint, $"<textarea id=\"{name}\" name=\"{name}\" rows=\"{rows}\"{Described(name, answer.Error(name), hint)}>{E(value)}</textarea>");

    public static string Select(string name, string label, string? selected, ApiAnswer answer, IEnumerable<(string Value, string Text)> options) =>
        Field(name, label, answer.Error(name), null,
            $"<select id=\"{name}\" name=\"{name}\"{Described(name, answer.Error(name), null)}>" +
            string.Concat(options.Select(o => $"<option value=\"{E(o.Value)}\"{(o.Value == selected ? " selected" : string.Empty)}>{E(o.Text)}</option>")) + "</select>");

    /// <summary>A success (status) or a refusal (alert) about the whole page; nothing when there is no message.</summary>
    public static string Notice(string? message, bool error) =>
        message is null ? string.Empty : $"<p class=\"notice{(error ? " notice-error" : string.Empty)}\" role=\"{(error ? "alert" : "status")}\">{E(message)}</p>";

    public static string Link(string href, string text) => $"<a href=\"{E(href)}\">{E(text)}</a>";

    public static string Section(string id, string title, string content) =>
        $"<section aria-labelledby=\"{id}\"><h2 id=\"{id}\">{E(title)}</h2>{content}</section>";

    /// <summary>A table; the cells are markup already (encode values with <see cref="E"/>).</summary>
    public static string Table(IEnumerable<string> headers, IEnumerable<IEnumerable<string>> rows) =>
        "<div class=\"table-wrap\"><table><thead><tr>" + string.Concat(headers.Select(h => $"<th scope=\"col\">{E(h)}</th>")) + "</tr></thead><tbody>" +
        string.Concat(rows.Select(r => "<tr>" + string.Concat(r.Select(c => $"<td>{c}</td>")) + "</tr>")) + "</tbody></table></div>";

    private static string Field(string name, string label, string? error, string? hint, string control) =>
        $"<div class=\"field{(error is null ? string.Empty : " invalid")}\"><label for=\"{name}\">{E(label)}</label>{control}" +
        (hint is null ? string.Empty : $"<p class=\"muted\" id=\"{name}-hint\">{E(hint)}</p>") +
        (error is null ? string.Empty : $"<p class=\"field-error\" id=\"{name}-error\">{E(error)}</p>") + "</div>";

    private static string Described(string name, string? error, string? hint) =>
        error is not null ? $" aria-invalid=\"true\" aria-describedby=\"{name}-error\"" : hint is not null ? $" aria-describedby=\"{name}-hint\"" : string.Empty;
}
