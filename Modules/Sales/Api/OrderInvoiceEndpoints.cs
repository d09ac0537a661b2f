using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ModularCrm.Modules.Sales.Data;
using ModularCrm.Modules.Sales.Domain.Deliveries;
using ModularCrm.Modules.Sales.Domain.Invoices;
using ModularCrm.Modules.Sales.Domain.Money;
using ModularCrm.Modules.Sales.Domain.Orders;
using ModularCrm.Sdk.Data;

namespace ModularCrm.Modules.Sales.Api;

/// <summary>
/// Draft invoices made from an order: <c>POST /orders/{id}/invoices</c> (everything ordered, what was delivered, or
/// chosen delivery notes; deposits deducted) and <c>POST /orders/{id}/deposits</c> (deposit invoice by percentage or
/// amount). They are validated, paid and credited like any invoice (<c>/invoices/{id}/…</c>).
/// </summary>
internal static class OrderInvoiceEndpoints
{
    public static void Map(IEndpointRouteBuilder sales)
    {
        sales.MapPost("/orders/{id}/invoices", InvoiceAsync).WithTags("Sales").WithName("sales.orders.invoice");
        sales.MapPost("/orders/{id}/deposits", DepositAsync).WithTags("Sales").WithName("sales.orders.deposit");
    }

    internal static async Task<IResult> InvoiceAsync(IShopDb db, TimeProvider clock, ClaimsPrincipal user, Guid id, OrderInvoiceInput? input, CancellationToken ct)
    {
        var scope = OrderInvoicingScope.AllOrdered;
        if (input?.Scope is { Length: > 0 } text && (!Enum.TryParse(text, ignoreCase: true, out scope) || int.TryParse(text, out _)))
        {
            return SalesProblems.Invalid("scope", $"Périmètre inconnu ({text}) : AllOrdered (tout le commandé) ou DeliveredNotInvoiced (le livré non facturé).");
        }

        var now = clock.GetUtcNow();
        return await db.InTransactionAsync(
            async tx =>
            {
                if (await OrderStore.FindAsync(tx, id, ct, forUpdate: true) is not { } order)
                {
                    return SalesProblems.NotFound("Commande", id);
                }

                var notes = new List<DeliveryNote>();
                foreach (var noteId in input?.DeliveryNoteIds ?? [])
                {
                    notes.Add(await DeliveryNoteStore.FindAsync(tx, noteId, ct) ?? throw Unknown(noteId));
                }

                var invoice = input?.DeliveryNoteIds is { Count: > 0 }
                    ? Invoice.FromDeliveryNotes(order.Order, notes)
                    : Invoice.FromOrder(order.Order, scope);
                if (input?.DeductDeposits ?? true)
                {
                    var open = (await DepositsAsync(tx, order.Order, ct)).Where(d => !order.Order.DeductedDepositInvoiceIds.Contains(d.Id)).ToList();
                    invoice.DeductDeposits(open);
                }

                var stored = new StoredInvoice(invoice, order.CustomerName, order.CustomerAddress);
                await InvoiceStore.InsertAsync(tx, stored, now, ct);
                await DocumentLinks.WriteAsync(tx, OrderEndpoints.Document, order.Order.Id, InvoiceEndpoints.Document, invoice.Id, ct);
                foreach (var note in notes)
                {
                    await DocumentLinks.WriteAsync(tx, DeliveryEndpoints.Document, note.Id, InvoiceEndpoints.Document, invoice.Id, ct);
                }

                foreach (var deposit in invoice.DeductedDepositInvoiceIds)
                {
                    await DocumentLinks.WriteAsync(tx, InvoiceEndpoints.Document, deposit, InvoiceEndpoints.Document, invoice.Id, ct);
                }

                await AuditTrail.WriteAsync(tx, InvoiceEndpoints.Document, invoice.Id, "created_from_order", user, order.Order.Number, now, ct);
                return Results.Created($"../../invoices/{invoice.Id}", InvoiceView.From(stored));
            },
            ct);
    }

    internal static async Task<IResult> DepositAsync(IShopDb db, TimeProvider clock, ClaimsPrincipal user, Guid id, DepositInput input, CancellationToken ct)
    {
        if (input.Percentage is null == input.Amount is null)
        {
            return SalesProblems.Invalid("percentage", "Donnez soit percentage (pourcentage du total HT), soit amount (montant HT), pas les deux.");
        }

        var request = input.Percentage is { } percent ? DepositRequest.OfPercentage(percent) : DepositRequest.OfAmountExclVat(input.Amount!.Value);
        var now = clock.GetUtcNow();
        return await db.InTransactionAsync(
            async tx =>
            {
                if (await OrderStore.FindAsync(tx, id, ct, forUpdate: true) is not { } order)
                {
                    return SalesProblems.NotFound("Commande", id);
                }

                var invoice = Invoice.CreateDeposit(order.Order, request, await DepositsAsync(tx, order.Order, ct));
                var stored = new StoredInvoice(invoice, order.CustomerName, order.CustomerAddress);
                await InvoiceStore.InsertAsync(tx, stored, now, ct);
                await DocumentLinks.WriteAsync(tx, OrderEndpoints.Document, order.Order.Id, InvoiceEndpoints.Document, invoice.Id, ct);
                await AuditTrail.WriteAsync(tx, InvoiceEndpoints.Document, invoice.Id, "created_deposit", user, order.Order.Number, now, ct);
                return Results.Created($"../../invoices/{invoice.Id}", InvoiceView.From(stored));
            },
            ct);
    }

    /// <summary>The order's validated deposit invoices.</summary>
    private static async Task<List<Invoice>> DepositsAsync(IShopSql tx, SalesOrder order, CancellationToken ct)
    {
        var deposits = new List<Invoice>();
        foreach (var depositId in order.DepositInvoiceIds)
        {
            deposits.Add((await InvoiceStore.FindAsync(tx, depositId, ct))!.Invoice);
        }

        return deposits;
    }

    private static Domain.Common.SalesDomainException Unknown(Guid noteId) =>
        Domain.Common.SalesDomainException.Of("delivery.unknown", "deliveryNoteIds", $"Aucun bon de livraison {noteId} dans cette boutique.");
}
