using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using ModularCrm.Modules.Sales.Api;
using ModularCrm.Sdk.Audience;
using ModularCrm.Sdk.Data;
using ModularCrm.Sdk.Web;
using static ModularCrm.Modules.Sales.Pages.Markup;

namespace ModularCrm.Modules.Sales.Pages;

/// <summary>
/// <c>/quotes/new</c>: a draft quote for a contact of the shop (its number, suggested among the customers already met)
/// and its first lines; created by the API's own handler, whose refusals show next to their fields.
/// </summary>
internal static class QuoteCreatePage
{
    private const string Form = "quote";

    public static void Map(IEndpointRouteBuilder pages)
    {
        pages.MapGet("/quotes/new", (IShopDb db, IShopPages shop, string? customer, CancellationToken ct) =>
            RenderAsync(db, new SalesView(shop), customer, [.. Enumerable.Repeat(LineRow.Empty, LineEditor.BlankRows + 1)], null, ct));
        pages.MapPost("/quotes/new", CreateAsync);
    }

    private static async Task<IResult> CreateAsync(
        HttpContext http, IShopDb db, IShopPages shop, TimeProvider clock, ClaimsPrincipal user, IFormCollection form, CancellationToken ct)
    {
        var v = new SalesView(shop);
        var outcome = ApiOutcome.Reading(Form);
        var input = new FormInput(form, outcome, v);
        var products = await CatalogPages.ProductsAsync(db, ct);
        var (lines, rows) = LineEditor.Read(input, form, products);
        var customerId = input.Long("customerId");
        string? name = null;
        if (customerId is { } id && (name = await KnownCustomers.NameAsync(db, http.RequestServices.GetService<IAudience>(), id, ct)) is null)
        {
            outcome.Add("customerId", v.T($"Aucun contact n° {id} dans cette boutique.", $"No contact no. {id} in this shop."));
        }

        if (outcome.Succeeded)
        {
            await outcome.CallAsync(() => QuoteEndpoints.CreateAsync(db, clock, user, new DocumentInput(customerId ?? 0, name, null, lines), ct));
            LineEditor.MapBack(outcome, rows);
        }

        return outcome.Value is QuoteView created
            ? Results.Redirect($"{v.Base}/quotes/{created.Id}")
            : await RenderAsync(db, v, form["customerId"], LineEditor.Posted(form), outcome, ct);
    }

    private static async Task<IResult> RenderAsync(IShopDb db, SalesView v, string? customer, IReadOnlyList<LineRow> rows, ApiOutcome? outcome, CancellationToken ct)
    {
        var known = await KnownCustomers.ListAsync(db, ct);
        var suggestions = string.Concat(known.Select(c => $"<option value=\"{c.Id.ToString(CultureInfo.InvariantCulture)}\">{E(c.Name)}</option>"));
        var content =
            Input("customerId", "customerId", v.T("Client : numéro du contact", "Customer: contact number"), customer, outcome?.For(Form, "customerId"), "text", " inputmode=\"numeric\" list=\"known-customers\" required") +
            $"<datalist id=\"known-customers\">{suggestions}</datalist>" +
            $"<p class=\"muted\">{E(v.T("Le numéro figure dans l'adresse de la fiche du contact (…/contacts/12).", "The number is in the address of the contact's page (…/contacts/12)."))}</p>" +
            LineEditor.Render(v, Form, rows, await CatalogPages.ProductsAsync(db, ct), outcome);
        var body = Form($"{v.Base}/quotes/new", v.Pages.Antiforgery, content, v.T("Créer le devis", "Create the quote"), wide: true);
        return v.Pages.Page(v.T("Nouveau devis", "New quote"), Notice(outcome?.Unplaced(), true) + body, outcome?.Status ?? StatusCodes.Status200OK);
    }
}
