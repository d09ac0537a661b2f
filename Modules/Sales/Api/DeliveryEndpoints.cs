using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ModularCrm.Modules.Sales.Data;
using ModularCrm.Modules.Sales.Domain.Deliveries;
using ModularCrm.Modules.Sales.Domain.Numbering;
using ModularCrm.Modules.Sales.Events;
using ModularCrm.Sdk.Data;

namespace ModularCrm.Modules.Sales.Api;

/// <summary>
/// Delivery notes: <c>POST /orders/{id}/deliveries</c> issues a numbered note (BL…) for quantities per order line,
/// never more than what remains; the domain has no draft delivery note, so creating is validating.
/// </summary>
internal static class DeliveryEndpoints
{
    public const string Document = "delivery_note";

    public static void Map(IEndpointRouteBuilder sales)
    {
        sales.MapPost("/orders/{id}/deliveries", DeliverAsync).WithTags("Sales").WithName("sales.orders.deliver");
        sales.MapGet("/orders/{id}/deliveries", ListAsync).WithTags("Sales").WithName("sales.orders.deliveries");
        sales.MapGet("/deliveries/{id}", GetAsync).WithTags("Sales").WithName("sales.deliveries.get");
    }

    internal static async Task<IResult> ListAsync(IShopDb db, Guid id, CancellationToken ct) =>
        await OrderStore.FindAsync(db, id, ct) is null
            ? SalesProblems.NotFound("Commande", id)
            : Results.Ok((await DeliveryNoteStore.ForOrderAsync(db, id, ct)).Select(DeliveryNoteView.From));

    internal static async Task<IResult> GetAsync(IShopDb db, Guid id, CancellationToken ct) =>
        await DeliveryNoteStore.FindAsync(db, id, ct) is { } note ? Results.Ok(DeliveryNoteView.From(note)) : SalesProblems.NotFound("Bon de livraison", id);

    internal static async Task<IResult> DeliverAsync(IShopDb db, TimeProvider clock, ClaimsPrincipal user, Guid id, DeliveryInput input, CancellationToken ct)
    {
        if (input.Lines is null)
        {
            return SalesProblems.Invalid("lines", "Lignes obligatoires : pour chaque ligne de commande livrée, orderLineNo et quantity.");
        }

        var date = input.Date ?? DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var requests = input.Lines.Select(l => new DeliveryRequestLine(l.OrderLineNo, l.Quantity)).ToList();
        var now = clock.GetUtcNow();
        return await db.InTransactionAsync(
            async tx =>
            {
                if (await OrderStore.FindAsync(tx, id, ct, forUpdate: true) is not { } stored)
                {
                    return SalesProblems.NotFound("Commande", id);
                }

                var order = stored.Order;

                // Checked with a placeholder number first: a refused delivery never consumes a BL number.
                CheckOnCopy(stored, date, requests);
                var number = await DocumentNumbering.NextAsync(tx, SalesDocumentType.DeliveryNote, DeliveryNoteStore.Table, date, ct, "delivery_date");
                var note = order.Deliver(number, date, requests);
                await DeliveryNoteStore.InsertAsync(tx, note, order.CustomerId, now, ct);
                await OrderStore.UpdateAsync(tx, order, linesChanged: false, now, ct);
                await DocumentLinks.WriteAsync(tx, OrderEndpoints.Document, order.Id, Document, note.Id, ct);
                await AuditTrail.WriteAsync(tx, Document, note.Id, "validated", user, number, now, ct);
                await AuditTrail.WriteAsync(tx, OrderEndpoints.Document, order.Id, "delivered", user, number, now, ct);
                await tx.PublishAsync(
                    DeliveryValidated.Name,
                    new DeliveryValidated(
                        note.Id, number, order.Id, order.Number!, order.CustomerId, date, order.Status.ToString(),
                        note.Lines.Select(l => new DeliveryEventLine(l.OrderLineNo, l.ProductId, l.Description, l.Quantity)).ToList()),
                    ct);
                return Results.Created($"../../deliveries/{note.Id}", DeliveryNoteView.From(note));
            },
            ct);
    }

    /// <summary>Runs the domain's checks on a throw-away copy of the order, so nothing is numbered for a refused delivery.</summary>
    private static void CheckOnCopy(StoredOrder stored, DateOnly date, IReadOnlyList<DeliveryRequestLine> requests)
    {
        var o = stored.Order;
        var copy = Domain.Orders.SalesOrder.Restore(o.Id, o.ShopId, o.CustomerId, o.Status, o.Number, o.Date, o.Lines, o.QuoteId, o.Progress, o.DepositInvoiceIds, o.DeductedDepositInvoiceIds);
        copy.Deliver("-", date, requests);
    }
}
