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
/// <c>/quotes/{id}</c>: a quote with what can be done next — edit the lines and validate a draft, accept or refuse a
/// validated quote, turn an accepted one into an order — each form posting to the API's own handler.
/// </summary>
internal static class QuotePage
{
    private static readonly DocumentKinds Kind = DocumentKinds.Of(QuoteEndpoints.Document);

    public static void Map(IEndpointRouteBuilder pages)
    {
        pages.MapGet("/quotes/{id}", (IShopDb db, IShopPages shop, TimeProvider clock, Guid id, CancellationToken ct) => RenderAsync(db, new SalesView(shop), clock, id, null, null, ct));
        pages.MapPost("/quotes/{id}/lines", EditAsync);
        pages.MapPost("/quotes/{id}/validate", (IShopDb db, IShopPages shop, TimeProvider clock, ClaimsPrincipal user, Guid id, IFormCollection form, CancellationToken ct) =>
            Act(db, new SalesView(shop), clock, id, form, "validate", i => () => QuoteEndpoints.ValidateAsync(db, clock, user, id, new QuoteValidateInput(i.Date("date"), i.Date("validUntil")), ct), ct));
        pages.MapPost("/quotes/{id}/accept", (IShopDb db, IShopPages shop, TimeProvider clock, ClaimsPrincipal user, Guid id, IFormCollection form, CancellationToken ct) =>
            Act(db, new SalesView(shop), clock, id, form, "accept", i => () => QuoteEndpoints.AcceptAsync(db, clock, user, id, new DateInput(i.Date("date")), ct), ct));
        pages.MapPost("/quotes/{id}/refuse", (IShopDb db, IShopPages shop, TimeProvider clock, ClaimsPrincipal user, Guid id, IFormCollection form, CancellationToken ct) =>
            Act(db, new SalesView(shop), clock, id, form, "refuse", _ => () => QuoteEndpoints.RefuseAsync(db, clock, user, id, ct), ct));
        pages.MapPost("/quotes/{id}/order", (IShopDb db, IShopPages shop, TimeProvider clock, ClaimsPrincipal user, Guid id, IFormCollection form, CancellationToken ct) =>
        {
            var v = new SalesView(shop);
            return PageActions.RunAsync(v, form, "order", _ => () => OrderEndpoints.FromQuoteAsync(db, clock, user, id, ct),
                o => $"{v.Base}/orders/{((OrderView)o.Value!).Id}", o => RenderAsync(db, v, clock, id, o, form, ct));
        });
        pages.MapPost("/quotes/{id}/send", (HttpContext http, IShopDb db, IShopPages shop, TimeProvider clock, ClaimsPrincipal user, Guid id, IFormCollection form, CancellationToken ct) =>
            Act(db, new SalesView(shop), clock, id, form, "send", _ => () => DocumentSendEndpoints.SendAsync(http.RequestServices, db, clock, user, QuoteEndpoints.Document, id, ct), ct));
    }

    private static Task<IResult> Act(IShopDb db, SalesView v, TimeProvider clock, Guid id, IFormCollection form, string name, Func<FormInput, Func<Task<IResult>>> read, CancellationToken ct) =>
        PageActions.RunAsync(v, form, name, read, _ => $"{v.Base}/quotes/{id}", o => RenderAsync(db, v, clock, id, o, form, ct));

    private static Task<IResult> EditAsync(IShopDb db, IShopPages shop, TimeProvider clock, ClaimsPrincipal user, Guid id, IFormCollection form, CancellationToken ct)
    {
        var v = new SalesView(shop);
        return DraftLines.SaveAsync(
            db,
            v,
            form,
            async lines => await QuoteStore.FindAsync(db, id, ct) is { } stored
                ? await QuoteEndpoints.UpdateAsync(db, clock, user, id, new DocumentInput(stored.Quote.CustomerId, stored.CustomerName, stored.CustomerAddress, lines), ct)
                : SalesProblems.NotFound("Devis", id),
            $"{v.Base}/quotes/{id}",
            o => RenderAsync(db, v, clock, id, o, form, ct),
            ct);
    }

    private static async Task<IResult> RenderAsync(IShopDb db, SalesView v, TimeProvider clock, Guid id, ApiOutcome? outcome, IFormCollection? posted, CancellationToken ct)
    {
        if (await QuoteStore.FindAsync(db, id, ct) is not { } stored)
        {
            return Results.NotFound();
        }

        var q = QuoteView.From(stored);
        var today = PageActions.Today(clock);
        var actions = q.Status switch
        {
            "Draft" => await DraftLines.SectionAsync(db, v, $"{v.Base}/quotes/{id}/lines", q.Lines, outcome, posted, ct) +
                Section("validate", v.T("Valider", "Validate"), Form($"{v.Base}/quotes/{id}/validate", v.Pages.Antiforgery,
                    Input("validate-date", "date", v.T("Date du devis", "Quote date"), SalesView.IsoDate(today), outcome?.For("validate", "date"), "date") +
                    Input("validate-validUntil", "validUntil", v.T("Valable jusqu'au", "Valid until"), SalesView.IsoDate(today.AddDays(30)), outcome?.For("validate", "validUntil"), "date"),
                    v.T("Valider le devis", "Validate the quote"))),
            "Validated" => Section("answer", v.T("Réponse du client", "Customer's answer"),
                PageActions.Button(v, $"{v.Base}/quotes/{id}/accept", "accept", v.T("Accepter le devis", "Accept the quote"), outcome, v.T("Date d'acceptation", "Acceptance date"), today) +
                PageActions.Button(v, $"{v.Base}/quotes/{id}/refuse", "refuse", v.T("Refuser le devis", "Refuse the quote"), outcome)),
            "Accepted" when q.OrderId is null => Section("convert", v.T("Commande", "Order"),
                PageActions.Button(v, $"{v.Base}/quotes/{id}/order", "order", v.T("Transformer en commande", "Turn into an order"), outcome)),
            _ => string.Empty,
        };
        var body = DocumentParts.Header(v, q.Number, StatusText.Quote(v, q.Status), q.CustomerName, q.Date) +
            (q.ValidUntil is { } until ? $"<p>{E(v.T("Valable jusqu'au", "Valid until"))} {E(v.Date(until))}</p>" : string.Empty) +
            DocumentParts.PrintLinks(v, Kind, id) +
            Section("lines-title", v.T("Lignes", "Lines"), DocumentParts.Lines(v, q.Lines)) +
            DocumentParts.Totals(v, q.Vat, q.TotalExclVat, q.TotalVat, q.TotalInclVat) +
            actions +
            DocumentParts.SendSection(v, Kind, id, q.Number, outcome) +
            await DocumentParts.TrailAsync(db, v, Kind, id, ct);
        var title = $"{Kind.Name(v)} {q.Number ?? v.T("brouillon", "draft")}";
        return v.Pages.Page(title, Notice(outcome?.Unplaced(), true) + body, outcome?.Status ?? StatusCodes.Status200OK);
    }
}
