using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ModularCrm.Modules.Sales.Api;
using ModularCrm.Sdk.Data;
using ModularCrm.Sdk.Web;
using static ModularCrm.Modules.Sales.Pages.Markup;

namespace ModularCrm.Modules.Sales.Pages;

/// <summary>
/// <c>/quotes/new</c>, <c>/orders/new</c> (direct order) and <c>/invoices/new</c> (direct invoice): a draft for a customer
/// picked from the customer file, whose name and postal address are copied onto the document (it keeps the address it
/// was issued with), and its first lines; created by the API's own handler, whose refusals show next to their fields.
/// </summary>
internal static class DocumentCreatePage
{
    private sealed record Kind(
        string Route, string Form, string French, string English, string ButtonFr, string ButtonEn,
        Func<IShopDb, TimeProvider, ClaimsPrincipal, DocumentInput, CancellationToken, Task<IResult>> Create, Func<object, Guid?> CreatedId);

    private static readonly Kind[] Kinds =
    [
        new("quotes", "quote", "Nouveau devis", "New quote", "Créer le devis", "Create the quote", QuoteEndpoints.CreateAsync, o => (o as QuoteView)?.Id),
        new("orders", "order", "Nouvelle commande directe", "New direct order", "Créer la commande", "Create the order", OrderEndpoints.CreateAsync, o => (o as OrderView)?.Id),
        new("invoices", "invoice", "Nouvelle facture directe", "New direct invoice", "Créer la facture (brouillon)", "Create the draft invoice", InvoiceEndpoints.CreateAsync, o => (o as InvoiceView)?.Id),
    ];

    public static void Map(IEndpointRouteBuilder pages)
    {
        foreach (var kind in Kinds)
        {
            pages.MapGet($"/{kind.Route}/new", (HttpContext http, IShopDb db, IShopPages shop, string? customer, string? find, CancellationToken ct) =>
                RenderAsync(http, db, new SalesView(shop), kind, customer, find, [.. Enumerable.Repeat(LineRow.Empty, LineEditor.BlankRows + 1)], null, ct));
            pages.MapPost($"/{kind.Route}/new", (HttpContext http, IShopDb db, IShopPages shop, TimeProvider clock, ClaimsPrincipal user, IFormCollection form, CancellationToken ct) =>
                CreateAsync(http, db, new SalesView(shop), kind, clock, user, form, ct));
        }
    }

    private static async Task<IResult> CreateAsync(
        HttpContext http, IShopDb db, SalesView v, Kind kind, TimeProvider clock, ClaimsPrincipal user, IFormCollection form, CancellationToken ct)
    {
        var outcome = ApiOutcome.Reading(kind.Form);
        var input = new FormInput(form, outcome, v);
        var products = await CatalogPages.ProductsAsync(db, ct);
        var (lines, rows) = LineEditor.Read(input, form, products);
        var customerId = input.Long("customerId");
        var customer = customerId is { } id ? await CustomerPicker.FindAsync(db, http.RequestServices, id, ct) : null;
        if (customerId is { } missing && customer is null)
        {
            outcome.Add("customerId", v.T($"Aucun contact n° {missing} dans cette boutique.", $"No contact no. {missing} in this shop."));
        }

        if (outcome.Succeeded)
        {
            await outcome.CallAsync(() => kind.Create(db, clock, user, new DocumentInput(customerId ?? 0, customer?.DisplayName, customer?.PostalAddress, lines), ct));
            LineEditor.MapBack(outcome, rows);
        }

        return outcome.Value is { } created && kind.CreatedId(created) is { } createdId
            ? Results.Redirect($"{v.Base}/{kind.Route}/{createdId}")
            : await RenderAsync(http, db, v, kind, form["customerId"], null, LineEditor.Posted(form), outcome, ct);
    }

    private static async Task<IResult> RenderAsync(
        HttpContext http, IShopDb db, SalesView v, Kind kind, string? customer, string? find, IReadOnlyList<LineRow> rows, ApiOutcome? outcome, CancellationToken ct)
    {
        var action = $"{v.Base}/{kind.Route}/new";
        var chosen = long.TryParse(customer, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : (long?)null;
        var picker = await CustomerPicker.RenderAsync(db, http.RequestServices, v, action, find, chosen, ct);
        var content =
            Input("customerId", "customerId", v.T("Client : numéro du contact", "Customer: contact number"), customer, outcome?.For(kind.Form, "customerId"), "text", " inputmode=\"numeric\" list=\"known-customers\" required") +
            await CustomerPicker.KnownListAsync(db, http.RequestServices, ct) +
            $"<p class=\"muted\">{E(v.T("Cherchez le client ci-dessus, ou tapez son numéro (il figure dans l'adresse de sa fiche : …/contacts/12).", "Find the customer above, or type their number (it is in the address of their page: …/contacts/12)."))}</p>" +
            LineEditor.Render(v, kind.Form, rows, await CatalogPages.ProductsAsync(db, ct), outcome);
        var body = picker + Form(action, v.Pages.Antiforgery, content, v.T(kind.ButtonFr, kind.ButtonEn), wide: true);
        return v.Pages.Page(v.T(kind.French, kind.English), Notice(outcome?.Unplaced(), true) + body, outcome?.Status ?? StatusCodes.Status200OK);
    }
}
