using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ModularCrm.Modules.Sales.Api;
using ModularCrm.Modules.Sales.Data;
using ModularCrm.Sdk.Data;
using ModularCrm.Sdk.Web;
using static ModularCrm.Modules.Sales.Pages.Markup;

namespace ModularCrm.Modules.Sales.Pages;

/// <summary>
/// <c>/invoices/{id}</c>: an invoice with its payments and what comes next — validate a draft (number given then,
/// frozen for ever), record a payment, draft a credit note — and its print view and PDF.
/// </summary>
internal static class InvoicePage
{
    private static readonly DocumentKinds Kind = DocumentKinds.Of(InvoiceEndpoints.Document);

    public static void Map(IEndpointRouteBuilder pages)
    {
        pages.MapGet("/invoices/{id}", (IShopDb db, IShopPages shop, TimeProvider clock, Guid id, CancellationToken ct) => RenderAsync(db, new SalesView(shop), clock, id, null, null, ct));
        pages.MapPost("/invoices/{id}/lines", (IShopDb db, IShopPages shop, TimeProvider clock, ClaimsPrincipal user, Guid id, IFormCollection form, CancellationToken ct) =>
        {
            var v = new SalesView(shop);
            return DraftLines.SaveAsync(
                db,
                v,
                form,
                async lines => await InvoiceStore.FindAsync(db, id, ct) is { } stored
                    ? await InvoiceEndpoints.UpdateAsync(db, clock, user, id, new DocumentInput(stored.Invoice.CustomerId, stored.CustomerName, stored.CustomerAddress, lines), ct)
                    : SalesProblems.NotFound("Facture", id),
                $"{v.Base}/invoices/{id}",
                o => RenderAsync(db, v, clock, id, o, form, ct),
                ct);
        });
        pages.MapPost("/invoices/{id}/validate", (IShopDb db, IShopPages shop, TimeProvider clock, ClaimsPrincipal user, Guid id, IFormCollection form, CancellationToken ct) =>
            Act(db, new SalesView(shop), clock, id, form, "validate", i => () => InvoiceEndpoints.ValidateAsync(db, clock, user, id, new ValidateInput(i.Date("date"), null, null), ct), ct));
        pages.MapPost("/invoices/{id}/payments", (IShopDb db, IShopPages shop, TimeProvider clock, ClaimsPrincipal user, Guid id, IFormCollection form, CancellationToken ct) =>
            Act(db, new SalesView(shop), clock, id, form, "payment", i => () => InvoiceEndpoints.PayAsync(db, clock, user, id, new PaymentInput(i.Date("date"), i.Required("amount"), i.Text("method"), i.Text("reference")), ct), ct));
        pages.MapPost("/invoices/{id}/credit-notes/lines", async (IShopDb db, IShopPages shop, TimeProvider clock, ClaimsPrincipal user, Guid id, IFormCollection form, CancellationToken ct) =>
        {
            var v = new SalesView(shop);
            if (await InvoiceStore.FindAsync(db, id, ct) is not { } stored)
            {
                return Results.NotFound();
            }

            var outcome = ApiOutcome.Reading(PartialCredit.Form);
            var input = new FormInput(form, outcome, v);
            var (lines, rows) = PartialCredit.Read(input, InvoiceView.From(stored));
            if (outcome.Succeeded && lines.Count == 0)
            {
                outcome.Add("lines", PartialCredit.Nothing(v));
            }

            if (outcome.Succeeded)
            {
                await outcome.CallAsync(() => CreditNoteEndpoints.CreateAsync(db, clock, user, id, new CreditNoteInput(false, lines, input.Text("reason")), ct));
                LineEditor.MapBack(outcome, rows);
            }

            return outcome.Value is CreditNoteView created ? Results.Redirect($"{v.Base}/credit-notes/{created.Id}") : await RenderAsync(db, v, clock, id, outcome, form, ct);
        });
        pages.MapPost("/invoices/{id}/credit-notes", (IShopDb db, IShopPages shop, TimeProvider clock, ClaimsPrincipal user, Guid id, IFormCollection form, CancellationToken ct) =>
        {
            var v = new SalesView(shop);
            return PageActions.RunAsync(v, form, "credit", i => () => CreditNoteEndpoints.CreateAsync(db, clock, user, id, new CreditNoteInput(true, null, i.Text("reason")), ct),
                o => $"{v.Base}/credit-notes/{((CreditNoteView)o.Value!).Id}", o => RenderAsync(db, v, clock, id, o, form, ct));
        });
        pages.MapPost("/invoices/{id}/send", (HttpContext http, IShopDb db, IShopPages shop, TimeProvider clock, ClaimsPrincipal user, Guid id, IFormCollection form, CancellationToken ct) =>
            Act(db, new SalesView(shop), clock, id, form, "send", _ => () => DocumentSendEndpoints.SendAsync(http.RequestServices, db, clock, user, InvoiceEndpoints.Document, id, ct), ct));
    }

    private static Task<IResult> Act(IShopDb db, SalesView v, TimeProvider clock, Guid id, IFormCollection form, string name, Func<FormInput, Func<Task<IResult>>> read, CancellationToken ct) =>
        PageActions.RunAsync(v, form, name, read, _ => $"{v.Base}/invoices/{id}", o => RenderAsync(db, v, clock, id, o, form, ct));

    private static async Task<IResult> RenderAsync(IShopDb db, SalesView v, TimeProvider clock, Guid id, ApiOutcome? outcome, IFormCollection? posted, CancellationToken ct)
    {
        if (await InvoiceStore.FindAsync(db, id, ct) is not { } stored)
        {
            return Results.NotFound();
        }

        var i = InvoiceView.From(stored);
        var today = PageActions.Today(clock);
        var payments = i.Payments.Count == 0
            ? $"<p class=\"muted\">{E(v.T("Aucun paiement.", "No payments."))}</p>"
            : Table([v.T("Date", "Date"), v.T("Moyen", "Method"), v.T("Montant", "Amount"), v.T("Référence", "Reference")],
                i.Payments.Select(p => (IReadOnlyList<string>)[E(v.Date(p.Date)), E(Method(v, p.Method)), E(v.Money(p.Amount)), E(p.Reference)]));
        var amounts = $"<dl class=\"amounts\"><dt>{E(v.T("Échéance", "Due date"))}</dt><dd>{E(v.Date(i.DueDate))}</dd>" +
            $"<dt>{E(v.T("Payé", "Paid"))}</dt><dd class=\"amount-paid\">{E(v.Money(i.AmountPaid))}</dd>" +
            $"<dt>{E(v.T("Avoirs", "Credited"))}</dt><dd>{E(v.Money(i.AmountCredited))}</dd>" +
            $"<dt>{E(v.T("Reste dû", "Amount due"))}</dt><dd class=\"amount-due\">{E(v.Money(i.AmountDue))}</dd></dl>";
        var actions = i.Status switch
        {
            "Draft" => await DraftLines.SectionAsync(db, v, $"{v.Base}/invoices/{id}/lines", i.Lines, outcome, posted, ct) + Section("validate", v.T("Valider", "Validate"), PageActions.Button(v, $"{v.Base}/invoices/{id}/validate", "validate", v.T("Valider la facture", "Validate the invoice"), outcome, v.T("Date de facture", "Invoice date"), today) +
                $"<p class=\"muted\">{E(v.T("La validation donne le numéro et fige la facture : les corrections passent ensuite par un avoir.", "Validation gives the number and freezes the invoice: later corrections go through a credit note."))}</p>"),
            _ => (i.AmountDue > 0 ? Section("pay", v.T("Enregistrer un paiement", "Record a payment"), PaymentForm(v, i, today, outcome, posted)) : string.Empty) +
                Section("credit", v.T("Avoir", "Credit note"), Form($"{v.Base}/invoices/{id}/credit-notes", v.Pages.Antiforgery,
                    Input("credit-reason", "reason", v.T("Motif de l'avoir", "Reason for the credit note"), posted?["reason"], outcome?.For("credit", "reason")),
                    v.T("Préparer un avoir sur toute la facture", "Draft a credit note for the whole invoice")) +
                    PartialCredit.Render(v, i, outcome, posted)),
        };
        var body = DocumentParts.Header(v, i.Number, StatusText.Invoice(v, i.Status), i.CustomerName, i.IssueDate) +
            DocumentParts.PrintLinks(v, Kind, id) +
            Section("lines-title", v.T("Lignes", "Lines"), DocumentParts.Lines(v, i.Lines)) +
            DocumentParts.Totals(v, i.Vat, i.TotalExclVat, i.TotalVat, i.TotalInclVat) + amounts +
            Section("payments", v.T("Paiements", "Payments"), payments) +
            actions +
            DocumentParts.SendSection(v, Kind, id, i.Number, outcome) +
            await DocumentParts.TrailAsync(db, v, Kind, id, ct);
        return v.Pages.Page($"{Kind.Name(v)} {i.Number ?? v.T("brouillon", "draft")}", Notice(outcome?.Unplaced(), true) + body, outcome?.Status ?? StatusCodes.Status200OK);
    }

    private static string PaymentForm(SalesView v, InvoiceView i, DateOnly today, ApiOutcome? outcome, IFormCollection? posted)
    {
        string? Error(string field) => outcome?.For("payment", field);
        string? Posted(string name, string? fallback) => outcome?.Form == "payment" ? posted?[name] : fallback;
        var methods = new[] { "Card", "Cash", "Cheque", "Transfer" }.Select(m => (m, Method(v, m)));
        return Form($"{v.Base}/invoices/{i.Id}/payments", v.Pages.Antiforgery,
            Choice("payment-method", "method", v.T("Moyen de paiement", "Payment method"), Posted("method", "Card"), Error("method"), methods) +
            Input("payment-date", "date", v.T("Date du paiement", "Payment date"), Posted("date", SalesView.IsoDate(today)), Error("date"), "date") +
            Input("payment-amount", "amount", v.T("Montant (€)", "Amount (€)"), Posted("amount", i.AmountDue.ToString("0.00", v.Culture)), Error("amount"), "text", " inputmode=\"decimal\"") +
            Input("payment-reference", "reference", v.T("Référence (n° de chèque, de virement…)", "Reference (cheque, transfer no.…)"), Posted("reference", null), Error("reference")),
            v.T("Enregistrer le paiement", "Record the payment"));
    }

    public static string Method(SalesView v, string method) => method switch
    {
        "Card" => v.T("Carte bancaire", "Card"),
        "Cash" => v.T("Espèces", "Cash"),
        "Cheque" => v.T("Chèque", "Cheque"),
        _ => v.T("Virement", "Transfer"),
    };
}
