using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ModularCrm.Modules.Sales.Data;
using ModularCrm.Modules.Sales.Mail;
using ModularCrm.Sdk.Data;

namespace ModularCrm.Modules.Sales.Api;

/// <summary>
/// <c>POST /quotes/{id}/send</c> and <c>POST /invoices/{id}/send</c>: a numbered quote or invoice e-mailed to its
/// customer with its PDF (template <c>mail/document</c>), logged on the contact and in the document's audit trail, in
/// one transaction. Needs the e-mailing module; refused with a clear reason otherwise, nothing written.
/// </summary>
internal static class DocumentSendEndpoints
{
    public static void Map(IEndpointRouteBuilder sales)
    {
        sales.MapPost("/quotes/{id}/send", (HttpContext http, IShopDb db, TimeProvider clock, ClaimsPrincipal user, Guid id, CancellationToken ct) =>
            SendAsync(http.RequestServices, db, clock, user, QuoteEndpoints.Document, id, ct)).WithTags("Sales").WithName("sales.quotes.send");
        sales.MapPost("/invoices/{id}/send", (HttpContext http, IShopDb db, TimeProvider clock, ClaimsPrincipal user, Guid id, CancellationToken ct) =>
            SendAsync(http.RequestServices, db, clock, user, InvoiceEndpoints.Document, id, ct)).WithTags("Sales").WithName("sales.invoices.send");
    }

    internal static async Task<IResult> SendAsync(IServiceProvider services, IShopDb db, TimeProvider clock, ClaimsPrincipal user, string type, Guid id, CancellationToken ct)
    {
        if (await CustomerAndNumberAsync(db, type, id, ct) is not { } found)
        {
            return SalesProblems.NotFound(type == QuoteEndpoints.Document ? "Devis" : "Facture", id);
        }

        if (found.Number is null)
        {
            return Refused(new MailRefusal("mail.draft_not_sent", "Validez le document avant de l'envoyer : un brouillon n'a ni numéro ni valeur pour le client."));
        }

        var (mail, refusal) = await SalesMailer.PrepareAsync(services, db, type, id, found.CustomerId, "document", null, ct);
        if (mail is null)
        {
            return Refused(refusal!);
        }

        var now = clock.GetUtcNow();
        var messageId = await db.InTransactionAsync(
            async tx =>
            {
                var queued = await SalesMailer.QueueAsync(tx, mail, now, ct);
                await AuditTrail.WriteAsync(tx, type, id, "sent_by_email", user, mail.Request.ToAddress, now, ct);
                return queued;
            },
            ct);
        return Results.Accepted(value: new { messageId, to = mail.Request.ToAddress, subject = mail.Request.Subject, attachment = mail.Request.Attachments?.FirstOrDefault()?.FileName });
    }

    private static async Task<(long CustomerId, string? Number)?> CustomerAndNumberAsync(IShopDb db, string type, Guid id, CancellationToken ct)
    {
        if (type == QuoteEndpoints.Document)
        {
            return await QuoteStore.FindAsync(db, id, ct) is { } quote ? (quote.Quote.CustomerId, quote.Quote.Number) : null;
        }

        return await InvoiceStore.FindAsync(db, id, ct) is { } invoice ? (invoice.Invoice.CustomerId, invoice.Invoice.Number) : null;
    }

    // Every refusal is about the document's or the customer's state, not the request's values: 409, naming the customer
    // field when the address is the problem.
    private static IResult Refused(MailRefusal refusal) =>
        Results.Problem(
            statusCode: StatusCodes.Status409Conflict,
            title: "Envoi impossible",
            detail: refusal.Message,
            extensions: new Dictionary<string, object?> { ["code"] = refusal.Code, ["field"] = refusal.Code.Contains("address", StringComparison.Ordinal) ? "customerId" : null });
}
