using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using ModularCrm.Modules.Sales.Api;
using static ModularCrm.Modules.Sales.Pages.Markup;

namespace ModularCrm.Modules.Sales.Pages;

/// <summary>
/// The lines of a draft as form rows: product from the catalog or free text, quantity, unit price excl. VAT, discount
/// and VAT rate. Field names are the API's (<c>lines[2].quantity</c>, 1-based) so the domain's messages land on the right
/// cell; blank rows are skipped, and the positions of the lines sent are mapped back to their rows.
/// </summary>
internal static partial class LineEditor
{
    public const int BlankRows = 3;

    private static readonly string[] Rates = ["20", "10", "5.5", "2.1", "0"];

    public static string Render(SalesView v, string form, IReadOnlyList<LineRow> rows, IReadOnlyList<ProductView> products, ApiOutcome? outcome)
    {
        string? Error(string field) => outcome?.For(form, field);
        var productOptions = new List<(string, string)> { (string.Empty, v.T("— texte libre —", "— free text —")) };
        productOptions.AddRange(products.Where(p => p.Active).Select(p => (p.Id.ToString(CultureInfo.InvariantCulture), $"{p.Reference} — {p.Name} ({v.Money(p.UnitPriceExclVat)})")));
        var rates = Rates.Select(r => (r, v.Number(decimal.Parse(r, CultureInfo.InvariantCulture)) + " %"));
        var body = string.Concat(rows.Select((row, index) =>
        {
            var n = index + 1;
            string Cell(string name, string label, string? value, string kind = "text")
            {
                var field = $"lines[{n}].{name}";
                var id = $"{form}-line{n}-{name}";
                var error = Error(field);
                return $"<td>{HiddenLabel(id, $"{label} ({v.T("ligne", "line")} {n})")}<input id=\"{id}\" name=\"{field}\" type=\"{kind}\" value=\"{E(value)}\"{Described(id, error)}>{ErrorOf(id, error)}</td>";
            }

            string Pick(string name, string label, string? value, IEnumerable<(string Value, string Text)> options)
            {
                var field = $"lines[{n}].{name}";
                var id = $"{form}-line{n}-{name}";
                var error = Error(field);
                return $"<td>{HiddenLabel(id, $"{label} ({v.T("ligne", "line")} {n})")}<select id=\"{id}\" name=\"{field}\"{Described(id, error)}>{Options(options, value)}</select>{ErrorOf(id, error)}</td>";
            }

            return $"<tr><th scope=\"row\">{n}</th>{Pick("productId", v.T("Produit", "Product"), row.ProductId, productOptions)}" +
                Cell("description", v.T("Désignation", "Description"), row.Description) +
                Cell("quantity", v.T("Quantité", "Quantity"), row.Quantity, "text\" inputmode=\"decimal") +
                Cell("unitPriceExclVat", v.T("Prix unitaire HT", "Unit price excl. VAT"), row.UnitPrice, "text\" inputmode=\"decimal") +
                Cell("discountPercent", v.T("Remise %", "Discount %"), row.Discount, "text\" inputmode=\"decimal") +
                Pick("vatRate", v.T("TVA", "VAT"), row.VatRate, rates) + "</tr>";
        }));
        var head = string.Concat(new[] { v.T("N°", "No."), v.T("Produit", "Product"), v.T("Désignation", "Description"), v.T("Quantité", "Quantity"), v.T("Prix unitaire HT (vide : prix du catalogue)", "Unit price excl. VAT (blank: catalog price)"), v.T("Remise %", "Discount %"), v.T("TVA", "VAT") }
            .Select(h => $"<th scope=\"col\">{E(h)}</th>"));
        return $"<fieldset><legend>{E(v.T("Lignes", "Lines"))}</legend><div class=\"table-wrap\"><table class=\"line-editor\"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table></div>" +
            $"<p class=\"muted\">{E(v.T("Laissez une ligne vide pour l'ignorer. Un produit choisi sans désignation ni prix reprend ceux du catalogue.", "Leave a row blank to skip it. A product chosen without description or price takes the catalog's."))}</p>{ErrorOf($"{form}-lines", Error("lines"))}</fieldset>";
    }

    /// <summary>The rows as posted, to show them again.</summary>
    public static IReadOnlyList<LineRow> Posted(IFormCollection form)
    {
        var rows = new List<LineRow>();
        for (var n = 1; form.ContainsKey($"lines[{n}].description") || form.ContainsKey($"lines[{n}].quantity"); n++)
        {
            string? Get(string name) => form[$"lines[{n}].{name}"].ToString();
            rows.Add(new LineRow(Get("productId"), Get("description"), Get("quantity"), Get("unitPriceExclVat"), Get("discountPercent"), Get("vatRate")));
        }

        return rows;
    }

    /// <summary>The rows of existing lines plus blank rows to add some.</summary>
    public static IReadOnlyList<LineRow> Of(SalesView v, IEnumerable<LineView> lines) =>
        lines.Select(l => new LineRow(
                l.ProductId?.ToString(CultureInfo.InvariantCulture), l.Description, l.Quantity.ToString("0.###", v.Culture), l.UnitPriceExclVat.ToString("0.####", v.Culture),
                l.DiscountPercent.ToString("0.##", v.Culture), l.VatRate.ToString("0.#", CultureInfo.InvariantCulture)))
            .Concat(Enumerable.Repeat(LineRow.Empty, BlankRows)).ToList();

    /// <summary>
    /// The API's lines from the posted rows; values that are not numbers are errors on their cell. Errors the API gives
    /// later name positions among the lines sent: <see cref="MapBack"/> turns them into rows.
    /// </summary>
    public static (List<LineInput> Lines, List<int> Rows) Read(FormInput input, IFormCollection form, IReadOnlyList<ProductView> products)
    {
        var lines = new List<LineInput>();
        var rows = new List<int>();
        var posted = Posted(form);
        for (var n = 1; n <= posted.Count; n++)
        {
            if (posted[n - 1].IsBlank)
            {
                continue;
            }

            var productId = input.Long($"lines[{n}].productId");
            var product = products.FirstOrDefault(p => p.Id == productId);
            var quantity = input.Decimal($"lines[{n}].quantity") ?? 0m;
            var price = input.Decimal($"lines[{n}].unitPriceExclVat") ?? product?.UnitPriceExclVat ?? 0m;
            var discount = input.Decimal($"lines[{n}].discountPercent") ?? 0m;
            var rate = input.Decimal($"lines[{n}].vatRate") ?? product?.VatRate ?? 20m;
            var description = input.Text($"lines[{n}].description") ?? product?.Name;
            lines.Add(new LineInput(productId, description, quantity, price, rate, discount));
            rows.Add(n);
        }

        return (lines, rows);
    }

    /// <summary>Turns <c>lines[k].x</c> (k-th line sent) into <c>lines[row].x</c> (its row on the form).</summary>
    public static void MapBack(ApiOutcome outcome, IReadOnlyList<int> rows) =>
        outcome.Rename(field => Position().Match(field) is { Success: true } m && int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) is var k && k >= 1 && k <= rows.Count
            ? $"lines[{rows[k - 1]}]{field[m.Length..]}"
            : field);

    [GeneratedRegex(@"^lines\[(\d+)\]")]
    private static partial Regex Position();
}
