using System.Text;

namespace ModularCrm.Modules.Loyalty.Pages;

/// <summary>
/// Draws form fields (label, input, the error right below it) once for every loyalty form; the templates insert the
/// result with <c>raw</c>. Every value is HTML-encoded here.
/// </summary>
internal static class FormHtml
{
    public static string Fields(IEnumerable<FormField> fields)
    {
        var html = new StringBuilder();
        foreach (var f in fields)
        {
            var name = E(f.Name);
            var invalid = f.Error is null ? string.Empty : $" aria-invalid=\"true\" aria-describedby=\"{name}-error\"";
            html.Append("<div class=\"field").Append(f.Error is null ? string.Empty : " invalid").Append("\">");
            if (f.Type == "checkbox")
            {
                html.Append($"<label><input id=\"{name}\" name=\"{name}\" type=\"checkbox\" value=\"on\"{(f.Value == "on" ? " checked" : string.Empty)}{invalid}> {E(f.Label)}</label>");
            }
            else if (f.Type == "select")
            {
                html.Append($"<label for=\"{name}\">{E(f.Label)}</label><select id=\"{name}\" name=\"{name}\"{invalid}>");
                foreach (var o in f.Options)
                {
                    html.Append($"<option value=\"{E(o.Value)}\"{(o.Selected ? " selected" : string.Empty)}>{E(o.Label)}</option>");
                }

                html.Append("</select>");
            }
            else
            {
                var hint = f.Hint is null ? string.Empty : $" placeholder=\"{E(f.Hint)}\"";
                html.Append($"<label for=\"{name}\">{E(f.Label)}</label><input id=\"{name}\" name=\"{name}\" type=\"{E(f.Type)}\" value=\"{E(f.Value)}\"{hint}{invalid}>");
            }

            if (f.Error is not null)
            {
                html.Append($"<p class=\"field-error\" id=\"{name}-error\">{E(f.Error)}</p>");
            }

            html.Append("</div>\n");
        }

        return html.ToString();
    }

    // Only the five markup characters, like the templates' HTML mode: accented letters stay readable in the page source.
    private static string E(string? text) =>
        (text ?? string.Empty).Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal).Replace("\"", "&quot;", StringComparison.Ordinal).Replace("'", "&#39;", StringComparison.Ordinal);
}
