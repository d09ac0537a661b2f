using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ModularCrm.Modules.Sales.Data;
using ModularCrm.Modules.Sales.Domain.Numbering;
using ModularCrm.Modules.Sales.Domain.Orders;
using ModularCrm.Modules.Sales.Events;
using ModularCrm.Sdk.Data;

namespace ModularCrm.Modules.Sales.Api;

/// <summary>
/// Orders: <c>/api/shops/{shop}/sales/orders</c> (direct draft, edit, validate, cancel) and
/// <c>POST /quotes/{id}/order</c> (an accepted quote becomes a draft order, linked both ways).
/// </summary>
internal static class OrderEndpoints
{
    public const string Document = "order";

    public static void Map(IEndpointRouteBuilder sales)
    {
        var orders = sales.MapGroup("/orders").WithTags("Sales");
        orders.MapGet("/", ListAsync).WithName("sales.orders.list");
        orders.MapGet("/{id}", GetAsync).WithName("sales.orders.get");
        orders.MapPost("/", CreateAsync).WithName("sales.orders.create");
        orders.MapPut("/{id}", UpdateAsync).WithName("sales.orders.update");
        orders.MapPost("/{id}/validate", ValidateAsync).WithName("sales.orders.validate");
        orders.MapPost("/{id}/cancel", CancelAsync).WithName("sales.orders.cancel");
        sales.MapPost("/quotes/{id}/order", FromQuoteAsync).WithTags("Sales").WithName("sales.quotes.order");
    }

    internal static async Task<IResult> ListAsync(IShopDb db, string? status, CancellationToken ct) =>
        Results.Ok((await OrderStore.ListAsync(db, status, ct)).Select(OrderView.From));

    internal static async Task<IResult> GetAsync(IShopDb db, Guid id, CancellationToken ct) =>
        await OrderStore.FindAsync(db, id, ct) is { } stored ? Results.Ok(OrderView.From(stored)) : SalesProblems.NotFound("Commande", id);

    internal static Task<IResult> CreateAsync(IShopDb db, TimeProvider clock, ClaimsPrincipal user, DocumentInput input, CancellationToken ct)
    {
        if (DocumentInputCheck.Refuse(input) is { } refused)
        {
            return Task.FromResult(refused);
        }

        var stored = new StoredOrder(SalesOrder.Create(db.ShopId, input.CustomerId, LineMapping.ToDomain(input.Lines!)), input.CustomerName!.Trim(), input.CustomerAddress?.Trim());
        return DocumentWrites.CreateAsync(db, clock, user, Document, stored.Order.Id, (tx, now) => OrderStore.InsertAsync(tx, stored, now, ct), OrderView.From(stored), ct);
    }

    internal static async Task<IResult> FromQuoteAsync(IShopDb db, TimeProvider clock, ClaimsPrincipal user, Guid id, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        return await db.InTransactionAsync(
            async tx =>
            {
                if (await QuoteStore.FindAsync(tx, id, ct, forUpdate: true) is not { } quote)
                {
                    return SalesProblems.NotFound("Devis", id);
                }

                var order = SalesOrder.FromQuote(quote.Quote);
                var stored = new StoredOrder(order, quote.CustomerName, quote.CustomerAddress);
                await OrderStore.InsertAsync(tx, stored, now, ct);
                await QuoteStore.UpdateAsync(tx, quote.Quote, linesChanged: false, now, ct);
                await DocumentLinks.WriteAsync(tx, QuoteEndpoints.Document, quote.Quote.Id, Document, order.Id, ct);
                await AuditTrail.WriteAsync(tx, Document, order.Id, "created_from_quote", user, quote.Quote.Number, now, ct);
                await AuditTrail.WriteAsync(tx, QuoteEndpoints.Document, quote.Quote.Id, "converted_to_order", user, order.Id.ToString(), now, ct);
                return Results.Created($"../orders/{order.Id}", OrderView.From(stored));
            },
            ct);
    }

    internal static async Task<IResult> UpdateAsync(IShopDb db, TimeProvider clock, ClaimsPrincipal user, Guid id, DocumentInput input, CancellationToken ct)
    {
        if (DocumentInputCheck.Refuse(input) is { } refused)
        {
            return refused;
        }

        var lines = LineMapping.ToDomain(input.Lines!);
        return await ChangeAsync(db, clock, user, id, "edited", (order, _) => { order.ReplaceLines(lines); return Task.CompletedTask; }, linesChanged: true, ct);
    }

    internal static Task<IResult> ValidateAsync(IShopDb db, TimeProvider clock, ClaimsPrincipal user, Guid id, DateInput? input, CancellationToken ct)
    {
        var date = input?.Date ?? Today(clock);
        return ChangeAsync(
            db,
            clock,
            user,
            id,
            "validated",
            async (order, tx) =>
            {
                if (order.Status != OrderStatus.Draft)
                {
                    // Refused before taking a number, so a repeated request never consumes one.
                    order.Validate(order.Number ?? "-", date);
                }

                order.Validate(await DocumentNumbering.NextAsync(tx, SalesDocumentType.Order, OrderStore.Table, date, ct), date);
                var totals = order.Totals;
                await tx.PublishAsync(
                    OrderValidated.Name,
                    new OrderValidated(order.Id, order.Number!, order.CustomerId, order.QuoteId, date, totals.TotalExclVat, totals.TotalVat, totals.TotalInclVat, EventLine.From(order.Lines)),
                    ct);
            },
            linesChanged: false,
            ct);
    }

    internal static Task<IResult> CancelAsync(IShopDb db, TimeProvider clock, ClaimsPrincipal user, Guid id, CancellationToken ct) =>
        ChangeAsync(db, clock, user, id, "cancelled", (order, _) => { order.Cancel(); return Task.CompletedTask; }, linesChanged: false, ct);

    private static Task<IResult> ChangeAsync(IShopDb db, TimeProvider clock, ClaimsPrincipal user, Guid id, string action, Func<SalesOrder, IShopTransaction, Task> change, bool linesChanged, CancellationToken ct) =>
        DocumentWrites.ChangeAsync(
            db,
            clock,
            user,
            id,
            action,
            new DocumentAccess<StoredOrder>(
                Document,
                "Commande",
                (tx, orderId, token) => OrderStore.FindAsync(tx, orderId, token, forUpdate: true),
                (tx, stored, now) => OrderStore.UpdateAsync(tx, stored.Order, linesChanged, now, ct),
                stored => stored.Order.Number,
                OrderView.From),
            (stored, tx) => change(stored.Order, tx),
            ct);

    private static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
}
