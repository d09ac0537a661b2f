using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ModularCrm.Modules.Sales.Api;
using ModularCrm.Sdk.Data;
using ModularCrm.Sdk.Web;
using static ModularCrm.Modules.Sales.Pages.Markup;

namespace ModularCrm.Modules.Sales.Pages;

/// <summary><c>/products</c>: the catalog with a creation form, and <c>/products/{id}</c> to edit one, through the catalog API's handlers.</summary>
internal static class CatalogPages
{
    private const string Form = "product";

    public static void Map(IEndpointRouteBuilder pages)
    {
        pages.MapGet("/products", (IShopDb db, IShopPages shop, CancellationToken ct) => ListAsync(db, new SalesView(shop), null, null, ct));
        pages.MapPost("/products", CreateAsync);
        pages.MapGet("/products/{id:long}", (IShopDb db, IShopPages shop, long id, CancellationToken ct) => EditAsync(db, new SalesView(shop), id, null, null, ct));
        pages.MapPost("/products/{id:long}", UpdateAsync);
    }

    public static async Task<IReadOnlyList<ProductView>> ProductsAsync(IShopDb db, CancellationToken ct) =>
        ((IEnumerable<ProductView>)(await ApiOutcome.Reading(string.Empty).CallAsync(() => CatalogEndpoints.ListAsync(db, null, ct))).Value!).ToList();

    private static async Task<IResult> CreateAsync(IShopDb db, IShopPages shop, TimeProvider clock, IFormCollection form, CancellationToken ct)
    {
        var view = new SalesView(shop);
        var (outcome, input) = Read(view, form);
        await outcome.CallAsync(() => CatalogEndpoints.CreateAsync(db, clock, input, ct));
        return outcome.Succeeded ? Results.Redirect($"{view.Base}/products?created=1") : await ListAsync(db, view, outcome, form, ct);
    }

    private static async Task<IResult> UpdateAsync(IShopDb db, IShopPages shop, TimeProvider clock, long id, IFormCollection form, CancellationToken ct)
    {
        var view = new SalesView(shop);
        var (outcome, input) = Read(view, form);
        await outcome.CallAsync(() => CatalogEndpoints.UpdateAsync(db, clock, id, input, ct));
        return outcome.Succeeded ? Results.Redirect($"{view.Base}/products?saved=1") : await EditAsync(db, view, id, outcome, form, ct);
    }

    private static (ApiOutcome Outcome, ProductInput Input) Read(SalesView view, IFormCollection form)
    {
        var outcome = ApiOutcome.Reading(Form);
        var input = new FormInput(form, outcome, view);
        return (outcome, new ProductInput(
            input.Text("kind"), input.Text("reference"), input.Text("name"), input.Required("unitPriceExclVat"), input.Decimal("vatRate") ?? 20m, form["active"] == "true"));
    }

    private static async Task<IResult> ListAsync(IShopDb db, SalesView v, ApiOutcome? outcome, IFormCollection? form, CancellationToken ct)
    {
        var products = await ProductsAsync(db, ct);
        var list = products.Count == 0
            ? $"<p class=\"muted\">{E(v.T("Le catalogue est vide.", "The catalog is empty."))}</p>"
            : Table(
                [v.T("Référence", "Reference"), v.T("Désignation", "Name"), v.T("Type", "Kind"), v.T("Prix HT", "Price excl. VAT"), v.T("TVA", "VAT"), v.T("Actif", "Active")],
                products.Select(p => (IReadOnlyList<string>)
                [
                    Link($"{v.Base}/products/{p.Id}", p.Reference), E(p.Name), E(p.Kind == "service" ? v.T("service", "service") : v.T("produit", "product")),
                    E(v.Money(p.UnitPriceExclVat)), E(v.Number(p.VatRate) + " %"), E(p.Active ? v.T("oui", "yes") : v.T("non", "no")),
                ]));
        var values = form is null ? new ProductView(0, "product", string.Empty, string.Empty, 0m, 20m, true) : null;
        var body = Section("catalog", v.T("Produits et services", "Products and services"), list) +
            Section("new-product", v.T("Nouveau produit ou service", "New product or service"), Editor(v, $"{v.Base}/products", values, form, outcome, v.T("Ajouter au catalogue", "Add to the catalog")));
        return v.Pages.Page(v.T("Catalogue", "Catalog"), Notice(outcome?.Unplaced(), true) + body, outcome?.Status ?? StatusCodes.Status200OK);
    }

    private static async Task<IResult> EditAsync(IShopDb db, SalesView v, long id, ApiOutcome? outcome, IFormCollection? form, CancellationToken ct)
    {
        if ((await ApiOutcome.Reading(string.Empty).CallAsync(() => CatalogEndpoints.GetAsync(db, id, ct))).Value is not ProductView product)
        {
            return Results.NotFound();
        }

        var body = Editor(v, $"{v.Base}/products/{id}", form is null ? product : null, form, outcome, v.T("Enregistrer", "Save")) +
            $"<p>{Link($"{v.Base}/products", v.T("Retour au catalogue", "Back to the catalog"))}</p>";
        return v.Pages.Page($"{product.Reference} — {product.Name}", Notice(outcome?.Unplaced(), true) + body, outcome?.Status ?? StatusCodes.Status200OK);
    }

    /// <summary>The product form, filled from <paramref name="product"/> or, when sent back refused, from what was posted.</summary>
    private static string Editor(SalesView v, string action, ProductView? product, IFormCollection? form, ApiOutcome? outcome, string button)
    {
        string? Value(string name, string? stored) => form is null ? stored : form[name].ToString();
        string? Error(string field) => outcome?.For(Form, field);
        var rates = new[] { 20m, 10m, 5.5m, 2.1m, 0m }.Select(r => (r.ToString(CultureInfo.InvariantCulture), v.Number(r) + " %"));
        var active = form is null ? product!.Active : form["active"] == "true";
        var content =
            Choice("kind", "kind", v.T("Type", "Kind"), Value("kind", product?.Kind), Error("kind"), [("product", v.T("Produit", "Product")), ("service", v.T("Service", "Service"))]) +
            Input("reference", "reference", v.T("Référence", "Reference"), Value("reference", product?.Reference), Error("reference")) +
            Input("name", "name", v.T("Désignation", "Name"), Value("name", product?.Name), Error("name")) +
            Input("unitPriceExclVat", "unitPriceExclVat", v.T("Prix unitaire HT (€)", "Unit price excl. VAT (€)"), Value("unitPriceExclVat", product?.UnitPriceExclVat.ToString("0.####", v.Culture)), Error("unitPriceExclVat"), extra: " inputmode=\"decimal\"") +
            Choice("vatRate", "vatRate", v.T("Taux de TVA", "VAT rate"), Value("vatRate", product?.VatRate.ToString(CultureInfo.InvariantCulture)), Error("vatRate"), rates) +
            $"<div class=\"field\"><input id=\"active\" name=\"active\" type=\"checkbox\" value=\"true\"{(active ? " checked" : string.Empty)}> <label for=\"active\">{E(v.T("Actif (proposé sur les nouveaux documents)", "Active (offered on new documents)"))}</label></div>";
        return Form(action, v.Pages.Antiforgery, content, button);
    }
}
