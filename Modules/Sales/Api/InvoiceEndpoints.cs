using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ModularCrm.Modules.Sales.Data;
using ModularCrm.Modules.Sales.Domain.Common;
using ModularCrm.Modules.Sales.Domain.Deliveries;
using ModularCrm.Modules.Sales.Domain.Invoices;
using ModularCrm.Modules.Sales.Domain.Numbering;
using ModularCrm.Modules.Sales.Domain.Payments;
using ModularCrm.Modules.Sales.Events;
using ModularCrm.Sdk.Data;

namespace ModularCrm.Modules.Sales.Api;

/// <summary>Direct invoices: <c>/api/shops/{shop}/sales/invoices</c> (draft, edit, delete, validate, payments, overdue).</summary>
internal static class InvoiceEndpoints
{
    public const string Document = "invoice";

    public static void Map(IEndpointRouteBuilder sales)
    {
        var invoices = sales.MapGroup("/invoices").WithTags("Sales");
        invoices.MapGet("/", ListAsync).WithName("sales.invoices.list");
        invoices.MapGet("/overdue", OverdueAsync).WithName("sales.invoices.overdue");
        invoices.MapGet("/{id}", GetAsync).WithName("sales.invoices.get");
        invoices.MapPost("/", CreateAsync).WithName("sales.invoices.create");
        invoices.MapPut("/{id}", UpdateAsync).WithName("sales.invoices.update");
        invoices.MapDelete("/{id}", DeleteAsync).WithName("sales.invoices.delete");
        invoices.MapPost("/{id}/validate", ValidateAsync).WithName("sales.invoices.validate");
        invoices.MapPost("/{id}/payments", PayAsync).WithName("sales.invoices.pay");
    }

    internal static async Task<IResult> ListAsync(IShopDb db, string? status, CancellationToken ct) =>
        Results.Ok((await InvoiceStore.ListAsync(db, status, ct)).Select(InvoiceView.From));

    internal static async Task<IResult> OverdueAsync(IShopDb db, TimeProvider clock, DateOnly? today, CancellationToken ct)
    {
        var day = today ?? DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        return Results.Ok((await OverdueInvoices.ListAsync(db, day, ct))
            .Select(s => new { invoice = InvoiceView.From(s), daysOverdue = s.Invoice.DaysOverdue(day) }));
    }

    internal static async Task<IResult> GetAsync(IShopDb db, Guid id, CancellationToken ct) =>
        await InvoiceStore.FindAsync(db, id, ct) is { } stored ? Results.Ok(InvoiceView.From(stored)) : SalesProblems.NotFound("Facture", id);

    internal static async Task<IResult> CreateAsync(IShopDb db, TimeProvider clock, ClaimsPrincipal user, DocumentInput input, CancellationToken ct)
    {
        if (DocumentInputCheck.Refuse(input) is { } refused)
        {
            return refused;
        }

        var invoice = Invoice.CreateDirect(db.ShopId, input.CustomerId, LineMapping.ToDomain(input.Lines!));
        var stored = new StoredInvoice(invoice, input.CustomerName!.Trim(), input.CustomerAddress?.Trim());
        var now = clock.GetUtcNow();
        await db.InTransactionAsync(
            async tx =>
            {
                await InvoiceStore.InsertAsync(tx, stored, now, ct);
                await AuditTrail.WriteAsync(tx, Document, invoice.Id, "created", user, null, now, ct);
                return true;
            },
            ct);
        return Results.Created($"{invoice.Id}", InvoiceView.From(stored));
    }

    internal static async Task<IResult> UpdateAsync(IShopDb db, TimeProvider clock, ClaimsPrincipal user, Guid id, DocumentInput input, CancellationToken ct)
    {
        if (DocumentInputCheck.Refuse(input) is { } refused)
        {
            return refused;
        }

        var lines = LineMapping.ToDomain(input.Lines!);
        var now = clock.GetUtcNow();
        return await db.InTransactionAsync(
            async tx =>
            {
                if (await InvoiceStore.FindAsync(tx, id, ct, forUpdate: true) is not { } stored)
                {
                    return SalesProblems.NotFound("Facture", id);
                }

                stored.Invoice.ReplaceLines(lines);
                await InvoiceStore.UpdateAsync(tx, stored.Invoice, linesChanged: true, now, ct);
                await AuditTrail.WriteAsync(tx, Document, id, "edited", user, null, now, ct);
                return Results.Ok(InvoiceView.From(stored));
            },
            ct);
    }

    internal static async Task<IResult> DeleteAsync(IShopDb db, TimeProvider clock, ClaimsPrincipal user, Guid id, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        return await db.InTransactionAsync(
            async tx =>
            {
                if (await InvoiceStore.FindAsync(tx, id, ct, forUpdate: true) is not { } stored)
                {
                    return SalesProblems.NotFound("Facture", id);
                }

                stored.Invoice.EnsureCanDelete();
                await InvoiceStore.DeleteAsync(tx, id, ct);
                await AuditTrail.WriteAsync(tx, Document, id, "deleted", user, null, now, ct);
                return Results.NoContent();
            },
            ct);
    }

    internal static async Task<IResult> ValidateAsync(IShopDb db, TimeProvider clock, ClaimsPrincipal user, Guid id, ValidateInput? input, CancellationToken ct)
    {
        var terms = ParseTerms(input?.PaymentTerms, input?.PaymentDays) ?? (await SettingsStore.ReadAsync(db, ct)).PaymentTerms;
        var date = input?.Date ?? DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var now = clock.GetUtcNow();
        return await db.InTransactionAsync(
            async tx =>
            {
                if (await InvoiceStore.FindAsync(tx, id, ct, forUpdate: true) is not { } stored)
                {
                    return SalesProblems.NotFound("Facture", id);
                }

                var invoice = stored.Invoice;
                if (invoice.IsFrozen)
                {
                    // Refused before taking a number, so a repeated request never consumes one.
                    invoice.Validate(invoice.Number!, date, terms);
                }

                var order = invoice.OrderId is { } orderId ? await OrderStore.FindAsync(tx, orderId, ct, forUpdate: true) : null;
                var notes = new List<DeliveryNote>();
                foreach (var noteId in invoice.DeliveryNoteIds)
                {
                    notes.Add((await DeliveryNoteStore.FindAsync(tx, noteId, ct))!);
                }

                var number = await DocumentNumbering.NextAsync(tx, SalesDocumentType.Invoice, InvoiceStore.Table, date, ct);
                invoice.Validate(number, date, terms, order?.Order, invoice.DeliveryNoteIds.Count > 0 ? notes : null);
                await InvoiceStore.UpdateAsync(tx, invoice, linesChanged: false, now, ct);
                if (order is not null)
                {
                    await OrderStore.UpdateAsync(tx, order.Order, linesChanged: false, now, ct);
                    await AuditTrail.WriteAsync(tx, OrderEndpoints.Document, order.Order.Id, "invoiced", user, number, now, ct);
                }

                foreach (var note in notes)
                {
                    await DeliveryNoteStore.MarkInvoicedAsync(tx, note, ct);
                }

                await AuditTrail.WriteAsync(tx, Document, id, "validated", user, number, now, ct);
                var totals = invoice.Totals;
                await tx.PublishAsync(
                    InvoiceValidated.Name,
                    new InvoiceValidated(
                        invoice.Id, number, invoice.CustomerId, date, totals.TotalExclVat, totals.TotalVat, totals.TotalInclVat,
                        EventLine.From(invoice.Lines)),
                    ct);
                return Results.Ok(InvoiceView.From(stored));
            },
            ct);
    }

    internal static async Task<IResult> PayAsync(IShopDb db, TimeProvider clock, ClaimsPrincipal user, Guid id, PaymentInput input, CancellationToken ct)
    {
        if (!Enum.TryParse<PaymentMethod>(input.Method, ignoreCase: true, out var method) || int.TryParse(input.Method, out _))
        {
            return SalesProblems.Invalid("method", "Moyen de paiement obligatoire : Card, Cash, Cheque ou Transfer.");
        }

        var payment = Payment.Create(input.Date ?? DateOnly.FromDateTime(clock.GetLocalNow().DateTime), input.Amount, method, input.Reference);
        var now = clock.GetUtcNow();
        return await db.InTransactionAsync(
            async tx =>
            {
                if (await InvoiceStore.FindAsync(tx, id, ct, forUpdate: true) is not { } stored)
                {
                    return SalesProblems.NotFound("Facture", id);
                }

                var invoice = stored.Invoice;
                invoice.RegisterPayment(payment);
                await InvoiceStore.InsertPaymentAsync(tx, id, payment, now, ct);
                await InvoiceStore.UpdateAsync(tx, invoice, linesChanged: false, now, ct);
                await AuditTrail.WriteAsync(tx, Document, id, "payment", user, payment.Amount.ToString(System.Globalization.CultureInfo.InvariantCulture), now, ct);
                await tx.PublishAsync(
                    PaymentReceived.Name,
                    new PaymentReceived(payment.Id, id, invoice.Number!, invoice.CustomerId, payment.Date, payment.Amount, payment.Method.ToString(), invoice.AmountDue),
                    ct);
                if (invoice.Status == InvoiceStatus.Paid)
                {
                    await tx.PublishAsync(InvoicePaid.Name, new InvoicePaid(id, invoice.Number!, invoice.CustomerId, invoice.Totals.TotalInclVat, payment.Date), ct);
                }

                return Results.Ok(InvoiceView.From(stored));
            },
            ct);
    }

    /// <summary>Payment terms from a request, or null when it gives none; an unknown kind is refused naming <c>paymentTerms</c>.</summary>
    public static PaymentTerms? ParseTerms(string? kindText, int? days)
    {
        if (string.IsNullOrEmpty(kindText))
        {
            return days is { } d ? PaymentTerms.NetDays(d) : null;
        }

        if (!Enum.TryParse<PaymentTermsKind>(kindText, ignoreCase: true, out var kind) || int.TryParse(kindText, out _))
        {
            throw SalesDomainException.Of(SalesErrorCodes.PaymentTermsInvalid, "paymentTerms", $"Conditions de paiement inconnues ({kindText}) : OnReceipt, NetDays ou DaysEndOfMonth.");
        }

        return PaymentTerms.Create(kind, days ?? 0);
    }
}
