using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using ModularCrm.Modules.Loyalty.Api;
using ModularCrm.Modules.Loyalty.Data;
using ModularCrm.Modules.Loyalty.Rules;
using ModularCrm.Sdk.Audience;
using ModularCrm.Sdk.Data;
using ModularCrm.Sdk.Templates;
using ModularCrm.Sdk.Web;

namespace ModularCrm.Modules.Loyalty.Pages;

/// <summary>
/// <c>/cards</c>: the cards, a page at a time, with the form to issue one to a contact (through the API's
/// <see cref="CardEndpoints.IssueCardAsync"/>); <c>/cards/{number}</c>: one card, its balances, movements and vouchers.
/// </summary>
internal static class CardPages
{
    public const int PageSize = 50;

    public static void Map(IEndpointRouteBuilder pages)
    {
        pages.MapGet("/cards", (IShopDb db, IShopPages shop, int? page, CancellationToken ct) => ListAsync(db, shop, page, new CardForm(), PageKit.NoErrors, StatusCodes.Status200OK, ct));
        pages.MapPost("/cards", IssueAsync);
        pages.MapGet("/cards/{number}", (IShopDb db, IShopPages shop, TimeProvider clock, string number, string? issued, string? merged, string? mailed, CancellationToken ct) =>
            DetailAsync(db, shop, clock, number, issued == "1" ? "issued" : merged == "1" ? "merged" : mailed == "1" ? "mailed" : null, new MergeForm(), PageKit.NoErrors, StatusCodes.Status200OK, ct));
        pages.MapPost("/cards/{number}/merge", MergeAsync);
        pages.MapPost("/cards/{number}/email", MailAsync);
    }

    private static async Task<IResult> IssueAsync(IShopDb db, IShopPages pages, TimeProvider clock, [FromForm] CardForm form, CancellationToken ct)
    {
        var unreadable = new InputErrors();
        var input = form.ToInput(unreadable);
        var outcome = await PageKit.AttemptAsync(unreadable, () => CardEndpoints.IssueCardAsync(db, clock, input, ct));
        if (!outcome.Succeeded)
        {
            return await ListAsync(db, pages, 1, form, outcome.FormErrors(), PageKit.StatusOf(outcome), ct);
        }

        return Results.Redirect($"{pages.BasePath}/cards/{outcome.Value!.Number}?issued=1");
    }

    private static async Task<IResult> ListAsync(IShopDb db, IShopPages pages, int? page, CardForm form, IReadOnlyDictionary<string, string[]> errors, int status, CancellationToken ct)
    {
        var kit = new PageKit(pages);
        var number = Math.Max(page ?? 1, 1);
        var cards = await CardStore.ListAsync(db, null, (number - 1) * PageSize, PageSize + 1, ct);
        var model = new
        {
            Form = kit.Form("/cards", "/cards", pages.Antiforgery, errors,
            [
                new FormField("contactId", kit.T("N° du contact (module contacts)", "Contact number (contacts module)"), form.ContactId, PageKit.Error(errors, "contactId"), "number"),
                new FormField("holderName", kit.T("Nom sur la carte (facultatif)", "Name on the card (optional)"), form.HolderName, PageKit.Error(errors, "holderName")),
                new FormField("email", kit.T("E-mail du titulaire (pour consulter son solde en ligne)", "Holder's e-mail (to look up the balance online)"), form.Email, PageKit.Error(errors, "email"), "email"),
            ]),
            Cards = cards.Take(PageSize).Select(c => new
            {
                Href = $"{kit.Base}/cards/{c.Number}",
                c.Number,
                c.HolderName,
                c.Email,
                c.ContactId,
                Issued = PageKit.Date(DateOnly.FromDateTime(c.IssuedAt.UtcDateTime)),
                How = c.IssuedHow == "auto" ? kit.T("premier achat", "first purchase") : kit.T("à la demande", "on demand"),
            }).ToList(),
            PreviousHref = number > 1 ? $"{kit.Base}/cards?page={number - 1}" : null,
            NextHref = cards.Count > PageSize ? $"{kit.Base}/cards?page={number + 1}" : null,
        };
        return await pages.RenderAsync(kit.T("Cartes de fidélité", "Loyalty cards"), "pages/cards.html", model, status, ct);
    }

    private static async Task<IResult> MergeAsync(IShopDb db, IShopPages pages, TimeProvider clock, string number, [FromForm] MergeForm form, CancellationToken ct)
    {
        var outcome = await CardMerge.MergeCardsAsync(db, clock, number, new CardMergeInput(form.From), ct);
        return outcome.Succeeded
            ? Results.Redirect($"{pages.BasePath}/cards/{outcome.Value!.Number}?merged=1")
            : await DetailAsync(db, pages, clock, number, null, form, outcome.FormErrors(), PageKit.StatusOf(outcome), ct);
    }

    // The button's form carries the antiforgery field: [FromForm] makes the host check it.
    private static async Task<IResult> MailAsync(
        HttpContext http, IShopDb db, IShopPages pages, IAudience audience, ITemplateRenderer templates, ShopContext shop, TimeProvider clock, string number,
        [FromForm] ConfirmForm form, CancellationToken ct)
    {
        var outcome = await CardMail.SendCardAsync(http.RequestServices, db, audience, templates, shop, number, ct);
        return outcome.Succeeded
            ? Results.Redirect($"{pages.BasePath}/cards/{outcome.Value!.Number}?mailed=1")
            : await DetailAsync(db, pages, clock, number, null, new MergeForm(), PageKit.NoErrors, PageKit.StatusOf(outcome), ct, string.Join(" ", outcome.FormErrors().Values.SelectMany(v => v)));
    }

    private static async Task<IResult> DetailAsync(
        IShopDb db, IShopPages pages, TimeProvider clock, string number, string? done, MergeForm form, IReadOnlyDictionary<string, string[]> errors, int status, CancellationToken ct,
        string? mailError = null)
    {
        var kit = new PageKit(pages);
        if (await CardStore.FindByNumberAsync(db, CardNumbers.Normalize(number), ct) is not { } card)
        {
            return pages.Page(kit.T("Carte introuvable", "Card not found"), string.Empty, StatusCodes.Status404NotFound);
        }

        var view = await CardViews.BuildAsync(db, card, CardEndpoints.Today(clock), ct);
        var programs = (await ProgramStore.ListAsync(db, ct)).ToDictionary(p => p.Id, p => p.Name);
        var movements = await MovementStore.OfCardAsync(db, card.Id, ct);
        var api = $"/api{kit.Base}/cards/{card.Number}";
        var model = new
        {
            kit.English,
            Menu = kit.Menu("/cards"),
            Done = done switch
            {
                "issued" => kit.T("Carte émise.", "Card issued."),
                "merged" => kit.T("Cartes fusionnées : soldes, mouvements et bons sont sur cette carte.", "Cards merged: balances, movements and vouchers are on this card."),
                "mailed" => kit.T("Carte envoyée par e-mail à son titulaire.", "Card e-mailed to its holder."),
                _ => null,
            },
            MailError = mailError,
            MailAction = $"{kit.Base}/cards/{card.Number}/email",
            pages.Antiforgery,
            MergeAction = $"{kit.Base}/cards/{view.Number}/merge",
            HasErrors = errors.Count > 0,
            MergeFieldsHtml = FormHtml.Fields([new FormField("from", kit.T("N° de l'autre carte du client (elle sera supprimée)", "Number of the customer's other card (it will be deleted)"), form.From, PageKit.Error(errors, "from"))]),
            view.Number,
            view.HolderName,
            view.Email,
            view.ContactId,
            BarcodeSvg = Code128.Svg(view.Number),
            PrintHref = $"{api}/print",
            PdfHref = $"{api}/pdf",
            Balances = view.Programs.Select(p => new
            {
                p.Name,
                Kind = ProgramPages.KindName(kit, p.Kind),
                Balance = kit.Number(p.Balance),
                Threshold = kit.Number(p.Threshold),
                ToNext = kit.Number(p.ToNextReward),
                NextExpiry = p.NextExpiry is null ? null : $"{kit.Number(p.ExpiringUnits)} {kit.T("le", "on")} {PageKit.Date(p.NextExpiry)}",
            }).ToList(),
            Movements = movements.Reverse().Select(m => new
            {
                Date = PageKit.Date(SqlValues.ReadDate(m.OccurredOn)),
                Program = programs.GetValueOrDefault(m.ProgramId, $"#{m.ProgramId}"),
                Kind = MovementName(kit, m.Kind),
                Units = kit.Number(SqlValues.Money(m.Units)),
                Amount = SqlValues.Money(m.Amount),
                Expires = PageKit.Date(SqlValues.ReadDateOrNull(m.ExpiresOn)),
            }).ToList(),
            Rewards = view.Rewards.Select(r => RewardRow.Of(kit, r)).ToList(),
        };
        return await pages.RenderAsync(kit.T($"Carte {view.Number}", $"Card {view.Number}"), "pages/card.html", model, status, ct);
    }

    private static string MovementName(PageKit kit, string kind) => kind switch
    {
        MovementKinds.Earn => kit.T("achat", "purchase"),
        MovementKinds.Reverse => kit.T("avoir", "credit note"),
        MovementKinds.Convert => kit.T("converti en récompense", "turned into a reward"),
        _ => kind,
    };
}
