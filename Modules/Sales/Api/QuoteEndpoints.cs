using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ModularCrm.Modules.Sales.Data;
using ModularCrm.Modules.Sales.Domain.Numbering;
using ModularCrm.Modules.Sales.Domain.Quotes;
using ModularCrm.Modules.Sales.Events;
using ModularCrm.Sdk.Data;

namespace ModularCrm.Modules.Sales.Api;

/// <summary>Quotes: <c>/api/shops/{shop}/sales/quotes</c> (draft, edit, validate, accept, refuse).</summary>
internal static class QuoteEndpoints
{
    public const string Document = "quote";

    public static void Map(IEndpointRouteBuilder sales)
    {
        var quotes = sales.MapGroup("/quotes").WithTags("Sales");
        quotes.MapGet("/", ListAsync).WithName("sales.quotes.list");
        quotes.MapGet("/{id}", GetAsync).WithName("sales.quotes.get");
        quotes.MapPost("/", CreateAsync).WithName("sales.quotes.create");
        quotes.MapPut("/{id}", UpdateAsync).WithName("sales.quotes.update");
        quotes.MapPost("/{id}/validate", ValidateAsync).WithName("sales.quotes.validate");
        quotes.MapPost("/{id}/accept", AcceptAsync).WithName("sales.quotes.accept");
        quotes.MapPost("/{id}/refuse", RefuseAsync).WithName("sales.quotes.refuse");
    }

    private static async Task<IResult> ListAsync(IShopDb db, string? status, CancellationToken ct) =>
        Results.Ok((await QuoteStore.ListAsync(db, status, ct)).Select(QuoteView.From));

    private static async Task<IResult> GetAsync(IShopDb db, Guid id, CancellationToken ct) =>
        await QuoteStore.FindAsync(db, id, ct) is { } stored ? Results.Ok(QuoteView.From(stored)) : SalesProblems.NotFound("Devis", id);

    private static async Task<IResult> CreateAsync(IShopDb db, TimeProvider clock, ClaimsPrincipal user, DocumentInput input, CancellationToken ct)
    {
        if (DocumentInputCheck.Refuse(input) is { } refused)
        {
            return refused;
        }

        var quote = Quote.Create(db.ShopId, input.CustomerId, LineMapping.ToDomain(input.Lines!));
        var stored = new StoredQuote(quote, input.CustomerName!.Trim(), input.CustomerAddress?.Trim());
        var now = clock.GetUtcNow();
        await db.InTransactionAsync(
            async tx =>
            {
                await QuoteStore.InsertAsync(tx, stored, now, ct);
                await AuditTrail.WriteAsync(tx, Document, quote.Id, "created", user, null, now, ct);
                return true;
            },
            ct);
        return Results.Created($"{quote.Id}", QuoteView.From(stored));
    }

    private static async Task<IResult> UpdateAsync(IShopDb db, TimeProvider clock, ClaimsPrincipal user, Guid id, DocumentInput input, CancellationToken ct)
    {
        if (DocumentInputCheck.Refuse(input) is { } refused)
        {
            return refused;
        }

        var lines = LineMapping.ToDomain(input.Lines!);
        return await ChangeAsync(db, clock, user, id, "edited", (quote, _) => quote.ReplaceLines(lines), linesChanged: true, ct);
    }

    private static async Task<IResult> ValidateAsync(IShopDb db, TimeProvider clock, ClaimsPrincipal user, Guid id, QuoteValidateInput? input, CancellationToken ct)
    {
        var date = input?.Date ?? Today(clock);
        var validUntil = input?.ValidUntil ?? date.AddDays(30);
        return await ChangeAsync(
            db,
            clock,
            user,
            id,
            "validated",
            async (quote, tx) =>
            {
                if (quote.Status != QuoteStatus.Draft)
                {
                    // Refused before taking a number, so a repeated request never consumes one.
                    quote.Validate(quote.Number ?? "-", date, validUntil);
                }

                quote.Validate(await DocumentNumbering.NextAsync(tx, SalesDocumentType.Quote, QuoteStore.Table, date, ct), date, validUntil);
            },
            linesChanged: false,
            ct);
    }

    private static Task<IResult> AcceptAsync(IShopDb db, TimeProvider clock, ClaimsPrincipal user, Guid id, DateInput? input, CancellationToken ct)
    {
        var day = input?.Date ?? Today(clock);
        return ChangeAsync(
            db,
            clock,
            user,
            id,
            "accepted",
            async (quote, tx) =>
            {
                quote.Accept(day);
                var totals = quote.Totals;
                await tx.PublishAsync(QuoteAccepted.Name, new QuoteAccepted(quote.Id, quote.Number!, quote.CustomerId, day, totals.TotalExclVat, totals.TotalInclVat), ct);
            },
            linesChanged: false,
            ct);
    }

    private static Task<IResult> RefuseAsync(IShopDb db, TimeProvider clock, ClaimsPrincipal user, Guid id, CancellationToken ct) =>
        ChangeAsync(db, clock, user, id, "refused", (quote, _) => quote.Refuse(), linesChanged: false, ct);

    private static Task<IResult> ChangeAsync(IShopDb db, TimeProvider clock, ClaimsPrincipal user, Guid id, string action, Action<Quote, IShopTransaction> change, bool linesChanged, CancellationToken ct) =>
        ChangeAsync(db, clock, user, id, action, (quote, tx) => { change(quote, tx); return Task.CompletedTask; }, linesChanged, ct);

    /// <summary>Loads the quote locked, applies the domain change, saves it and its audit row in one transaction.</summary>
    private static async Task<IResult> ChangeAsync(IShopDb db, TimeProvider clock, ClaimsPrincipal user, Guid id, string action, Func<Quote, IShopTransaction, Task> change, bool linesChanged, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        return await db.InTransactionAsync(
            async tx =>
            {
                if (await QuoteStore.FindAsync(tx, id, ct, forUpdate: true) is not { } stored)
                {
                    return SalesProblems.NotFound("Devis", id);
                }

                await change(stored.Quote, tx);
                await QuoteStore.UpdateAsync(tx, stored.Quote, linesChanged, now, ct);
                await AuditTrail.WriteAsync(tx, Document, id, action, user, stored.Quote.Number, now, ct);
                return Results.Ok(QuoteView.From(stored));
            },
            ct);
    }

    private static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
}
