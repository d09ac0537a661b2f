using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using ModularCrm.Modules.Loyalty.Api;
using ModularCrm.Sdk.Data;
using ModularCrm.Sdk.Web;

namespace ModularCrm.Modules.Loyalty.Pages;

/// <summary>
/// <c>/meetings</c>: the hosts' meetings and the form to open one; <c>/meetings/{id}</c>: its sales, the form to record
/// one and the button that closes it and gives the host their voucher. Every change goes through <see cref="MeetingEndpoints"/>.
/// </summary>
internal static class MeetingPages
{
    public static void Map(IEndpointRouteBuilder pages)
    {
        pages.MapGet("/meetings", (IShopDb db, IShopPages shop, CancellationToken ct) => ListAsync(db, shop, new MeetingForm { SharePercent = "10" }, PageKit.NoErrors, StatusCodes.Status200OK, ct));
        pages.MapPost("/meetings", OpenAsync);
        pages.MapGet("/meetings/{id:long}", (IShopDb db, IShopPages shop, TimeProvider clock, long id, CancellationToken ct) =>
            DetailAsync(db, shop, clock, id, new MeetingSaleForm(), PageKit.NoErrors, StatusCodes.Status200OK, ct));
        pages.MapPost("/meetings/{id:long}/sales", AddSaleAsync);
        pages.MapPost("/meetings/{id:long}/close", CloseAsync);
    }

    private static async Task<IResult> OpenAsync(IShopDb db, IShopPages pages, TimeProvider clock, [FromForm] MeetingForm form, CancellationToken ct)
    {
        var unreadable = new InputErrors();
        var input = form.ToInput(unreadable);
        var outcome = await PageKit.AttemptAsync(unreadable, () => MeetingEndpoints.OpenAsync(db, clock, input, ct));
        return outcome.Succeeded
            ? Results.Redirect($"{pages.BasePath}/meetings/{outcome.Value!.Id}")
            : await ListAsync(db, pages, form, outcome.FormErrors(), PageKit.StatusOf(outcome), ct);
    }

    private static async Task<IResult> AddSaleAsync(IShopDb db, IShopPages pages, TimeProvider clock, long id, [FromForm] MeetingSaleForm form, CancellationToken ct)
    {
        var unreadable = new InputErrors();
        var input = form.ToInput(unreadable);
        var outcome = await PageKit.AttemptAsync(unreadable, () => MeetingEndpoints.RecordSaleAsync(db, clock, id, input, ct));
        return outcome.Succeeded
            ? Results.Redirect($"{pages.BasePath}/meetings/{id}")
            : await DetailAsync(db, pages, clock, id, form, outcome.FormErrors(), PageKit.StatusOf(outcome), ct);
    }

    private static async Task<IResult> CloseAsync(IShopDb db, IShopPages pages, TimeProvider clock, long id, [FromForm] ConfirmForm form, CancellationToken ct)
    {
        var outcome = await MeetingEndpoints.CloseMeetingAsync(db, clock, id, ct);
        return outcome.Succeeded
            ? Results.Redirect($"{pages.BasePath}/meetings/{id}")
            : await DetailAsync(db, pages, clock, id, new MeetingSaleForm(), outcome.FormErrors(), PageKit.StatusOf(outcome), ct);
    }

    private static async Task<IResult> ListAsync(IShopDb db, IShopPages pages, MeetingForm form, IReadOnlyDictionary<string, string[]> errors, int status, CancellationToken ct)
    {
        var kit = new PageKit(pages);
        var model = new
        {
            Form = kit.Form("/meetings", "/meetings", pages.Antiforgery, errors,
            [
                new FormField("hostContactId", kit.T("N° du contact hôte", "Host's contact number"), form.HostContactId, PageKit.Error(errors, "hostContactId"), "number"),
                new FormField("title", kit.T("Intitulé", "Title"), form.Title, PageKit.Error(errors, "title")),
                new FormField("heldOn", kit.T("Date", "Date"), form.HeldOn, PageKit.Error(errors, "heldOn"), "date"),
                new FormField("sharePercent", kit.T("Part de l'hôte (% des ventes)", "Host's share (% of sales)"), form.SharePercent, PageKit.Error(errors, "sharePercent")),
            ]),
            Meetings = (await MeetingStore.ListAsync(db, ct)).Select(m => new
            {
                Href = $"{kit.Base}/meetings/{m.Id}",
                m.Title,
                Host = m.HostName ?? $"n° {m.HostContactId}",
                HeldOn = PageKit.Date(m.HeldOn),
                m.TotalSales,
                State = m.ClosedAt is null ? kit.T("ouverte", "open") : kit.T("close", "closed"),
            }).ToList(),
        };
        return await pages.RenderAsync(kit.T("Réunions à domicile", "Home parties"), "pages/meetings.html", model, status, ct);
    }

    private static async Task<IResult> DetailAsync(
        IShopDb db, IShopPages pages, TimeProvider clock, long id, MeetingSaleForm form, IReadOnlyDictionary<string, string[]> errors, int status, CancellationToken ct)
    {
        var kit = new PageKit(pages);
        if (await MeetingStore.ViewAsync(db, id, CardEndpoints.Today(clock), ct) is not { } meeting)
        {
            return pages.Page(kit.T("Réunion introuvable", "Meeting not found"), string.Empty, StatusCodes.Status404NotFound);
        }

        var model = new
        {
            kit.English,
            Menu = kit.Menu("/meetings"),
            pages.Antiforgery,
            SaleAction = $"{kit.Base}/meetings/{id}/sales",
            CloseAction = $"{kit.Base}/meetings/{id}/close",
            Open = meeting.ClosedAt is null,
            HasErrors = errors.Count > 0,
            GeneralError = PageKit.Error(errors, string.Empty),
            HostContactId = meeting.HostContactId,
            HeldOn = PageKit.Date(meeting.HeldOn),
            SharePercent = kit.Number(meeting.SharePercent),
            meeting.TotalSales,
            Sales = meeting.Sales.Select(s => new { s.Label, s.Amount, Invoice = s.InvoiceRef.StartsWith("manual:", StringComparison.Ordinal) ? null : s.InvoiceRef }).ToList(),
            HostReward = meeting.HostReward is null ? null : RewardRow.Of(kit, meeting.HostReward),
            FieldsHtml = FormHtml.Fields(
            [
                new FormField("amountInclVat", kit.T("Montant TTC", "Amount incl. VAT"), form.AmountInclVat, PageKit.Error(errors, "amountInclVat")),
                new FormField("label", kit.T("Libellé (facultatif)", "Label (optional)"), form.Label, PageKit.Error(errors, "label")),
                new FormField("invoiceId", kit.T("Identifiant de la facture (facultatif)", "Invoice id (optional)"), form.InvoiceId, PageKit.Error(errors, "invoiceId")),
            ]),
        };
        return await pages.RenderAsync(meeting.Title, "pages/meeting.html", model, status, ct);
    }
}
