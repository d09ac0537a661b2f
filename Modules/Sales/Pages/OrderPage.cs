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
/// <c>/orders/{id}</c>: an order, what was delivered and invoiced per line, and what comes next — validate, deliver
/// (quantities per line, never above what remains: the refusal shows next to the line), invoice, cancel.
/// </summary>
internal static partial class OrderPage
{
    private static readonly DocumentKinds Kind = DocumentKinds.Of(OrderEndpoints.Document);

    public static void Map(IEndpointRouteBuilder pages)
    {
        pages.MapGet("/orders", ListAsync);
        pages.MapGet("/orders/{id}", (IShopDb db, IShopPages shop, TimeProvider clock, Guid id, CancellationToken ct) => RenderAsync(db, new SalesView(shop), clock, id, null, null, ct));
        pages.MapPost("/orders/{id}/validate", (IShopDb db, IShopPages shop, TimeProvider clock, ClaimsPrincipal user, Guid id, IFormCollection form, CancellationToken ct) =>
            Act(db, new SalesView(shop), clock, id, form, "validate", i => () => OrderEndpoints.ValidateAsync(db, clock, user, id, new DateInput(i.Date("date")), ct), null, ct));
        pages.MapPost("/orders/{id}/cancel", (IShopDb db, IShopPages shop, TimeProvider clock, ClaimsPrincipal user, Guid id, IFormCollection form, CancellationToken ct) =>
            Act(db, new SalesView(shop), clock, id, form, "cancel", _ => () => OrderEndpoints.CancelAsync(db, clock, user, id, ct), null, ct));
        pages.MapPost("/orders/{id}/deliveries", (IShopDb db, IShopPages shop, TimeProvider clock, ClaimsPrincipal user, Guid id, IFormCollection form, CancellationToken ct) =>
            Act(db, new SalesView(shop), clock, id, form, "deliver", i => () => DeliveryEndpoints.DeliverAsync(db, clock, user, id, new DeliveryInput(i.Date("date"), Quantities(i, form)), ct), "deliveries", ct));
        pages.MapPost("/orders/{id}/invoices", (IShopDb db, IShopPages shop, TimeProvider clock, ClaimsPrincipal user, Guid id, IFormCollection form, CancellationToken ct) =>
            Act(db, new SalesView(shop), clock, id, form, "invoice", i => () => OrderInvoiceEndpoints.InvoiceAsync(db, clock, user, id, new OrderInvoiceInput(i.Text("scope"), null, null), ct), "invoices", ct));
        pages.MapPost("/orders/{id}/deposits", (IShopDb db, IShopPages shop, TimeProvider clock, ClaimsPrincipal user, Guid id, IFormCollection form, CancellationToken ct) =>
            Act(db, new SalesView(shop), clock, id, form, "deposit", i => () => OrderInvoiceEndpoints.DepositAsync(db, clock, user, id, new DepositInput(i.Decimal("percentage"), i.Decimal("amount")), ct), "invoices", ct));
    }

    /// <summary>Quantities typed per order line (named <c>lines[{lineNo}].quantity</c> as in the API's errors); blank lines are not delivered.</summary>
    private static List<DeliveryLineInput> Quantities(FormInput input, IFormCollection form) =>
        form.Keys.Select(k => DeliveryField().Match(k)).Where(m => m.Success)
            .Select(m => (LineNo: int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), Quantity: input.Decimal(m.Value)))
            .Where(l => l.Quantity is not null and not 0m)
            .OrderBy(l => l.LineNo)
            .Select(l => new DeliveryLineInput(l.LineNo, l.Quantity!.Value)).ToList();

    /// <summary>After a delivery or an invoice, the new document's page; after a change of the order, the order again.</summary>
    private static Task<IResult> Act(IShopDb db, SalesView v, TimeProvider clock, Guid id, IFormCollection form, string name, Func<FormInput, Func<Task<IResult>>> read, string? created, CancellationToken ct) =>
        PageActions.RunAsync(v, form, name, read, o => created is null ? $"{v.Base}/orders/{id}" : $"{v.Base}/{created}/{CreatedId(o.Value)}", o => RenderAsync(db, v, clock, id, o, form, ct));

    private static Guid CreatedId(object? value) => value switch
    {
        DeliveryNoteView note => note.Id,
        InvoiceView invoice => invoice.Id,
        _ => throw new InvalidOperationException("The API answered no document."),
    };

    private static async Task<IResult> ListAsync(IShopDb db, IShopPages shop, CancellationToken ct)
    {
        var v = new SalesView(shop);
        var orders = (IEnumerable<OrderView>)(await ApiOutcome.Reading(string.Empty).CallAsync(() => OrderEndpoints.ListAsync(db, null, ct))).Value!;
        var rows = orders.Select(o => (IReadOnlyList<string>)
            [Link($"{v.Base}/orders/{o.Id}", o.Number ?? v.T("brouillon", "draft")), E(o.CustomerName), E(v.Date(o.Date)), E(StatusText.Order(v, o.Status)), E(v.Money(o.TotalInclVat))]).ToList();
        return shop.Page(v.T("Commandes", "Orders"), $"<p>{Link($"{v.Base}/orders/new", v.T("Nouvelle commande directe", "New direct order"))}</p>" + (rows.Count == 0
            ? $"<p class=\"muted\">{E(v.T("Aucune commande pour l'instant.", "No orders yet."))}</p>"
            : Table([v.T("Numéro", "Number"), v.T("Client", "Customer"), v.T("Date", "Date"), v.T("Statut", "Status"), v.T("Total TTC", "Total incl. VAT")], rows)));
    }

    private static async Task<IResult> RenderAsync(IShopDb db, SalesView v, TimeProvider clock, Guid id, ApiOutcome? outcome, IFormCollection? posted, CancellationToken ct)
    {
        if (await OrderStore.FindAsync(db, id, ct) is not { } stored)
        {
            return Results.NotFound();
        }

        var o = OrderView.From(stored);
        var today = PageActions.Today(clock);
        var progress = Table(
            [v.T("Ligne", "Line"), v.T("Désignation", "Description"), v.T("Commandé", "Ordered"), v.T("Livré", "Delivered"), v.T("Facturé", "Invoiced"), v.T("Reste à livrer", "Left to deliver")],
            o.Progress.Select(p => (IReadOnlyList<string>)
            [
                p.LineNo.ToString(CultureInfo.InvariantCulture), E(o.Lines[p.LineNo - 1].Description), E(v.Number(p.Ordered)), E(v.Number(p.Delivered)), E(v.Number(p.Invoiced)), E(v.Number(p.RemainingToDeliver)),
            ]));
        var open = o.Status is not ("Draft" or "Cancelled");
        var actions =
            (o.Status == "Draft" ? Section("validate", v.T("Valider", "Validate"), PageActions.Button(v, $"{v.Base}/orders/{id}/validate", "validate", v.T("Valider la commande", "Validate the order"), outcome, v.T("Date de la commande", "Order date"), today)) : string.Empty) +
            (open && o.Progress.Any(p => p.RemainingToDeliver > 0) ? Section("deliver", v.T("Livrer", "Deliver"), DeliveryForm(v, o, today, outcome, posted)) : string.Empty) +
            (open ? Section("invoice", v.T("Facturer", "Invoice"), Form($"{v.Base}/orders/{id}/invoices", v.Pages.Antiforgery,
                Choice("invoice-scope", "scope", v.T("Que facturer ?", "What to invoice?"), posted?["scope"], outcome?.For("invoice", "scope"),
                    [("DeliveredNotInvoiced", v.T("Le livré non facturé", "Delivered, not invoiced")), ("AllOrdered", v.T("Tout le commandé", "Everything ordered"))]),
                v.T("Créer la facture", "Create the invoice"))) : string.Empty) +
            (open ? Section("deposit", v.T("Acompte", "Deposit"), DepositForm(v, o, outcome, posted)) : string.Empty) +
            (o.Status is "Draft" or "Validated" ? Section("cancel", v.T("Annuler", "Cancel"), PageActions.Button(v, $"{v.Base}/orders/{id}/cancel", "cancel", v.T("Annuler la commande", "Cancel the order"), outcome)) : string.Empty);
        var body = DocumentParts.Header(v, o.Number, StatusText.Order(v, o.Status), o.CustomerName, o.Date) +
            DocumentParts.PrintLinks(v, Kind, id) +
            Section("lines-title", v.T("Lignes", "Lines"), DocumentParts.Lines(v, o.Lines)) +
            DocumentParts.Totals(v, o.Vat, o.TotalExclVat, o.TotalVat, o.TotalInclVat) +
            Section("progress", v.T("Livraisons et facturation par ligne", "Deliveries and invoicing per line"), progress) +
            actions +
            await DocumentParts.TrailAsync(db, v, Kind, id, ct);
        return v.Pages.Page($"{Kind.Name(v)} {o.Number ?? v.T("brouillon", "draft")}", Notice(outcome?.Unplaced(), true) + body, outcome?.Status ?? StatusCodes.Status200OK);
    }

    /// <summary>
    /// A deposit invoice (draft) of a percentage of the order's total excl. VAT or of an amount excl. VAT: fill one.
    /// Once validated it is deducted from the order's final invoice.
    /// </summary>
    private static string DepositForm(SalesView v, OrderView o, ApiOutcome? outcome, IFormCollection? posted)
    {
        string? Posted(string name) => outcome?.Form == "deposit" ? posted?[name] : null;
        return Form($"{v.Base}/orders/{o.Id}/deposits", v.Pages.Antiforgery,
            Input("deposit-percentage", "percentage", v.T("Pourcentage du total HT (%)", "Percentage of the total excl. VAT (%)"), Posted("percentage"), outcome?.For("deposit", "percentage"), "text", " inputmode=\"decimal\"") +
            Input("deposit-amount", "amount", v.T("ou montant HT (€)", "or amount excl. VAT (€)"), Posted("amount"), outcome?.For("deposit", "amount"), "text", " inputmode=\"decimal\"") +
            $"<p class=\"muted\">{E(v.T("La facture d'acompte validée est déduite de la facture finale de la commande.", "Once validated, the deposit invoice is deducted from the order's final invoice."))}</p>",
            v.T("Créer la facture d'acompte", "Create the deposit invoice"));
    }

    /// <summary>One quantity per line that still has something to deliver; each refusal below its line.</summary>
    private static string DeliveryForm(SalesView v, OrderView o, DateOnly today, ApiOutcome? outcome, IFormCollection? posted)
    {
        var fields = string.Concat(o.Progress.Where(p => p.RemainingToDeliver > 0).Select(p =>
        {
            var name = $"lines[{p.LineNo}].quantity";
            var label = v.T($"Ligne {p.LineNo} — {o.Lines[p.LineNo - 1].Description} : quantité livrée (reste {v.Number(p.RemainingToDeliver)})",
                $"Line {p.LineNo} — {o.Lines[p.LineNo - 1].Description}: quantity delivered ({v.Number(p.RemainingToDeliver)} left)");
            return Input($"deliver-line{p.LineNo}", name, label, posted?[name], outcome?.For("deliver", name), "text", " inputmode=\"decimal\"");
        }));
        return Form($"{v.Base}/orders/{o.Id}/deliveries", v.Pages.Antiforgery,
            Input("deliver-date", "date", v.T("Date de livraison", "Delivery date"), SalesView.IsoDate(today), outcome?.For("deliver", "date"), "date") + fields +
            ErrorOf("deliver-lines", outcome?.For("deliver", "lines")),
            v.T("Créer le bon de livraison", "Create the delivery note"));
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^lines\[(\d+)\]\.quantity$")]
    private static partial System.Text.RegularExpressions.Regex DeliveryField();
}
