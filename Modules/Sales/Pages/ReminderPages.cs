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
/// <c>/invoices/reminders</c>: the reminder step due on each overdue invoice (the shop's steps, e.g. +7, +15, +30 days),
/// each with a button that records it as sent through the API's own handler, which e-mails it to the customer with
/// the invoice's PDF when the e-mailing module is enabled.
/// </summary>
internal static class ReminderPages
{
    public static void Map(IEndpointRouteBuilder pages)
    {
        pages.MapGet("/invoices/reminders", (IShopDb db, IShopPages shop, TimeProvider clock, CancellationToken ct) => RenderAsync(db, new SalesView(shop), clock, null, ct));
        pages.MapPost("/invoices/{id}/reminders", (HttpContext http, IShopDb db, IShopPages shop, TimeProvider clock, ClaimsPrincipal user, Guid id, IFormCollection form, CancellationToken ct) =>
        {
            var v = new SalesView(shop);
            return PageActions.RunAsync(
                v,
                form,
                $"remind-{id}",
                i => () => ReminderEndpoints.SentAsync(http, db, clock, user, id, new ReminderInput((int)(i.Decimal("step") ?? 0m), null), ct),
                _ => $"{v.Base}/invoices/reminders",
                o => RenderAsync(db, v, clock, o, ct));
        });
    }

    private static async Task<IResult> RenderAsync(IShopDb db, SalesView v, TimeProvider clock, ApiOutcome? outcome, CancellationToken ct)
    {
        var due = (IEnumerable<ReminderDueView>)(await ApiOutcome.Reading(string.Empty).CallAsync(() => ReminderEndpoints.DueAsync(db, clock, null, ct))).Value!;
        var rows = due.Select(d => (IReadOnlyList<string>)
        [
            Link($"{v.Base}/invoices/{d.Invoice.Id}", d.Invoice.Number!), E(d.Invoice.CustomerName), E(d.DaysOverdue.ToString(v.Culture)), E(v.Money(d.Invoice.AmountDue)),
            Form($"{v.Base}/invoices/{d.Invoice.Id}/reminders", v.Pages.Antiforgery,
                $"<input type=\"hidden\" name=\"step\" value=\"{d.Step.ToString(CultureInfo.InvariantCulture)}\">",
                v.T($"Envoyer la relance n° {d.Step} (+{d.StepDaysAfterDue} j)", $"Send reminder no. {d.Step} (+{d.StepDaysAfterDue} d)"), "inline-form"),
        ]).ToList();
        var body = $"<p class=\"muted\">{E(v.T("Une relance est envoyée par e-mail au client, facture PDF jointe, quand le module E-mailing est activé ; elle est toujours enregistrée dans l'historique de la facture.", "A reminder is e-mailed to the customer with the invoice PDF when the E-mailing module is enabled; it is always recorded in the invoice's audit trail."))}</p>" +
            (rows.Count == 0
                ? $"<p class=\"muted\">{E(v.T("Aucune relance à envoyer.", "No reminders to send."))}</p>"
                : Table([v.T("Facture", "Invoice"), v.T("Client", "Customer"), v.T("Jours de retard", "Days overdue"), v.T("Reste dû", "Amount due"), v.T("Relance", "Reminder")], rows));
        return v.Pages.Page(v.T("Relances", "Reminders"), Notice(outcome?.Unplaced(), true) + body, outcome?.Status ?? StatusCodes.Status200OK);
    }
}
