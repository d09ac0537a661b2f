using Microsoft.AspNetCore.Http;
using ModularCrm.Modules.Sales.Api;
using static ModularCrm.Modules.Sales.Pages.Markup;

namespace ModularCrm.Modules.Sales.Pages;

/// <summary>
/// A credit note on chosen lines of a validated invoice: one quantity per invoice line (blank: not credited), each
/// credited at the invoice's price, discount and VAT rate. The domain refuses more than what is left to credit; its
/// message shows under the invoice line it concerns.
/// </summary>
internal static class PartialCredit
{
    public const string Form = "credit-lines";

    public static string Render(SalesView v, InvoiceView invoice, ApiOutcome? outcome, IFormCollection? posted)
    {
        var fields = string.Concat(invoice.Lines.Select((line, index) =>
        {
            var name = $"lines[{index + 1}].quantity";
            var label = v.T($"Ligne {index + 1} — {line.Description} : quantité à créditer (facturé {v.Number(line.Quantity)})",
                $"Line {index + 1} — {line.Description}: quantity to credit ({v.Number(line.Quantity)} invoiced)");
            return Input($"credit-line{index + 1}", name, label, outcome?.Form == Form ? posted?[name] : null, outcome?.For(Form, name), "text", " inputmode=\"decimal\"");
        }));
        return Markup.Form($"{v.Base}/invoices/{invoice.Id}/credit-notes/lines", v.Pages.Antiforgery,
            fields + Input("credit-lines-reason", "reason", v.T("Motif de l'avoir", "Reason for the credit note"), outcome?.Form == Form ? posted?["reason"] : null, outcome?.For(Form, "reason")) +
            ErrorOf("credit-lines-lines", outcome?.For(Form, "lines")),
            v.T("Préparer un avoir sur ces quantités", "Draft a credit note for these quantities"));
    }

    /// <summary>The lines to credit (invoice lines with a quantity typed) and, for each, its invoice line number.</summary>
    public static (List<LineInput> Lines, List<int> Rows) Read(FormInput input, InvoiceView invoice)
    {
        var lines = new List<LineInput>();
        var rows = new List<int>();
        for (var n = 1; n <= invoice.Lines.Count; n++)
        {
            if (input.Decimal($"lines[{n}].quantity") is not { } quantity || quantity == 0m)
            {
                continue;
            }

            var line = invoice.Lines[n - 1];
            lines.Add(new LineInput(line.ProductId, line.Description, quantity, line.UnitPriceExclVat, line.VatRate, line.DiscountPercent));
            rows.Add(n);
        }

        return (lines, rows);
    }

    /// <summary>The refusal of a form where no quantity was typed.</summary>
    public static string Nothing(SalesView v) => v.T("Indiquez au moins une quantité à créditer.", "Give at least one quantity to credit.");
}
