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

    internal static async Task<IResult> ListAsync(IShopDb db, string? status, CancellationToken ct) =>
        Results.Ok((await QuoteStore.ListAsync(db, status, ct)).Select(QuoteView.From));

    internal static async Task<IResult> GetAsync(IShopDb db, Guid id, CancellationToken ct) =>
        await QuoteStore.FindAsync(db, id, ct) is { } stored ? Results.Ok(QuoteView.From(stored)) : SalesProblems.NotFound("Devis", id);

    internal static Task<IResult> CreateAsync(IShopDb db, TimeProvider clock, ClaimsPrincipal user, DocumentInput input, CancellationToken ct)
    {
        if (DocumentInputCheck.Refuse(input) is { } refused)
        {
            return Task.FromResult(refused);
        }

        var stored = new StoredQuote(Quote.Create(db.ShopId, input.CustomerId, LineMapping.ToDomain(input.Lines!)), input.CustomerName!.Trim(), input.CustomerAddress?.Trim());
        return DocumentWrites.CreateAsync(db, clock, user, Document, stored.Quote.Id, (tx, now) => QuoteStore.InsertAsync(tx, stored, now, ct), QuoteView.From(stored), ct);
    }

    internal static async Task<IResult> UpdateAsync(IShopDb db, TimeProvider clock, ClaimsPrincipal user, Guid id, DocumentInput input, CancellationToken ct)
    {
        if (DocumentInputCheck.Refuse(input) is { } refused)
        {
            return refused;
        }

        var lines = LineMapping.ToDomain(input.Lines!);
        return await ChangeAsync(db, clock, user, id, "edited", (quote, _) => quote.ReplaceLines(lines), linesChanged: true, ct);
    }

    internal static async Task<IResult> ValidateAsync(IShopDb db, TimeProvider clock, ClaimsPrincipal user, Guid id, QuoteValidateInput? input, CancellationToken ct)
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

    internal static Task<IResult> AcceptAsync(IShopDb db, TimeProvider clock, ClaimsPrincipal user, Guid id, DateInput? input, CancellationToken ct)
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

    internal static Task<IResult> RefuseAsync(IShopDb db, TimeProvider clock, ClaimsPrincipal user, Guid id, CancellationToken ct) =>
        ChangeAsync(db, clock, user, id, "refused", (quote, _) => quote.Refuse(), linesChanged: false, ct);

    private static Task<IResult> ChangeAsync(IShopDb db, TimeProvider clock, ClaimsPrincipal user, Guid id, string action, Action<Quote, IShopTransaction> change, bool linesChanged, CancellationToken ct) =>
        ChangeAsync(db, clock, user, id, action, (quote, tx) => { change(quote, tx); return Task.CompletedTask; }, linesChanged, ct);

    private static Task<IResult> ChangeAsync(IShopDb db, TimeProvider clock, ClaimsPrincipal user, Guid id, string action, Func<Quote, IShopTransaction, Task> change, bool linesChanged, CancellationToken ct) =>
        DocumentWrites.ChangeAsync(
            db,
            clock,
            user,
            id,
            action,
            new DocumentAccess<StoredQuote>(
                Document,
                "Devis",
                (tx, quoteId, token) => QuoteStore.FindAsync(tx, quoteId, token, forUpdate: true),
                (tx, stored, now) => QuoteStore.UpdateAsync(tx, stored.Quote, linesChanged, now, ct),
                stored => stored.Quote.Number,
                QuoteView.From),
            (stored, tx) => change(stored.Quote, tx),
            ct);

    private static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
}
