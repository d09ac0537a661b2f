using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ModularCrm.Modules.Sales.Data;
using ModularCrm.Modules.Sales.Domain.CreditNotes;
using ModularCrm.Modules.Sales.Domain.Numbering;
using ModularCrm.Modules.Sales.Events;
using ModularCrm.Sdk.Data;

namespace ModularCrm.Modules.Sales.Api;

/// <summary>
/// Credit notes (avoirs): <c>POST /invoices/{id}/credit-notes</c> drafts one on a validated invoice (full or chosen
/// lines); <c>/credit-notes/{id}</c> edits, deletes and validates it (gapless AV number, deducted from the invoice).
/// </summary>
internal static class CreditNoteEndpoints
{
    public const string Document = "credit_note";

    public static void Map(IEndpointRouteBuilder sales)
    {
        sales.MapPost("/invoices/{id}/credit-notes", CreateAsync).WithTags("Sales").WithName("sales.invoices.credit");
        var notes = sales.MapGroup("/credit-notes").WithTags("Sales");
        notes.MapGet("/", ListAsync).WithName("sales.credit_notes.list");
        notes.MapGet("/{id}", GetAsync).WithName("sales.credit_notes.get");
        notes.MapPut("/{id}", UpdateAsync).WithName("sales.credit_notes.update");
        notes.MapDelete("/{id}", DeleteAsync).WithName("sales.credit_notes.delete");
        notes.MapPost("/{id}/validate", ValidateAsync).WithName("sales.credit_notes.validate");
    }

    internal static async Task<IResult> ListAsync(IShopDb db, Guid? invoiceId, CancellationToken ct)
    {
        var views = new List<CreditNoteView>();
        foreach (var note in await CreditNoteStore.ListAsync(db, invoiceId, ct))
        {
            views.Add(CreditNoteView.From(note, (await InvoiceStore.FindAsync(db, note.InvoiceId, ct))!));
        }

        return Results.Ok(views);
    }

    internal static async Task<IResult> GetAsync(IShopDb db, Guid id, CancellationToken ct) =>
        await CreditNoteStore.FindAsync(db, id, ct) is { } note
            ? Results.Ok(CreditNoteView.From(note, (await InvoiceStore.FindAsync(db, note.InvoiceId, ct))!))
            : SalesProblems.NotFound("Avoir", id);

    internal static async Task<IResult> CreateAsync(IShopDb db, TimeProvider clock, ClaimsPrincipal user, Guid id, CreditNoteInput input, CancellationToken ct)
    {
        if (input.Full != true && input.Lines is null)
        {
            return SalesProblems.Invalid("lines", "Donnez les lignes à créditer, ou full = true pour créditer tout ce qui reste.");
        }

        var lines = input.Full == true ? null : LineMapping.ToDomain(input.Lines!);
        var now = clock.GetUtcNow();
        return await db.InTransactionAsync(
            async tx =>
            {
                if (await InvoiceStore.FindAsync(tx, id, ct, forUpdate: true) is not { } invoice)
                {
                    return SalesProblems.NotFound("Facture", id);
                }

                var note = lines is null ? CreditNote.FullForInvoice(invoice.Invoice, input.Reason) : CreditNote.ForInvoice(invoice.Invoice, lines, input.Reason);
                await CreditNoteStore.InsertAsync(tx, note, now, ct);
                await DocumentLinks.WriteAsync(tx, InvoiceEndpoints.Document, id, Document, note.Id, ct);
                await AuditTrail.WriteAsync(tx, Document, note.Id, "created", user, invoice.Invoice.Number, now, ct);
                return Results.Created($"../../credit-notes/{note.Id}", CreditNoteView.From(note, invoice));
            },
            ct);
    }

    internal static async Task<IResult> UpdateAsync(IShopDb db, TimeProvider clock, ClaimsPrincipal user, Guid id, CreditNoteInput input, CancellationToken ct)
    {
        if (input.Lines is null)
        {
            return SalesProblems.Invalid("lines", "Lignes obligatoires.");
        }

        var lines = LineMapping.ToDomain(input.Lines);
        return await ChangeAsync(db, clock, user, id, "edited", (note, invoice, _) => { note.ReplaceLines(invoice.Invoice, lines); return Task.CompletedTask; }, ct, linesChanged: true);
    }

    internal static Task<IResult> ValidateAsync(IShopDb db, TimeProvider clock, ClaimsPrincipal user, Guid id, DateInput? input, CancellationToken ct)
    {
        var date = input?.Date ?? DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        return ChangeAsync(
            db,
            clock,
            user,
            id,
            "validated",
            async (note, invoice, tx) =>
            {
                if (note.Status != CreditNoteStatus.Draft)
                {
                    // Refused before taking a number, so a repeated request never consumes one.
                    note.Validate(note.Number!, date, invoice.Invoice);
                }

                var number = await DocumentNumbering.NextAsync(tx, SalesDocumentType.CreditNote, CreditNoteStore.Table, date, ct);
                note.Validate(number, date, invoice.Invoice);
                await InvoiceStore.UpdateAsync(tx, invoice.Invoice, linesChanged: false, clock.GetUtcNow(), ct);
                await AuditTrail.WriteAsync(tx, InvoiceEndpoints.Document, invoice.Invoice.Id, "credited", user, number, clock.GetUtcNow(), ct);
                var totals = note.Totals;
                await tx.PublishAsync(
                    CreditNoteValidated.Name,
                    new CreditNoteValidated(
                        note.Id, number, invoice.Invoice.Id, invoice.Invoice.Number!, note.CustomerId, date, totals.TotalExclVat, totals.TotalVat, totals.TotalInclVat,
                        EventLine.From(note.Lines)),
                    ct);
            },
            ct);
    }

    internal static async Task<IResult> DeleteAsync(IShopDb db, TimeProvider clock, ClaimsPrincipal user, Guid id, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        return await db.InTransactionAsync(
            async tx =>
            {
                if (await CreditNoteStore.FindAsync(tx, id, ct, forUpdate: true) is not { } note)
                {
                    return SalesProblems.NotFound("Avoir", id);
                }

                note.EnsureCanDelete();
                await CreditNoteStore.DeleteAsync(tx, id, ct);
                await AuditTrail.WriteAsync(tx, Document, id, "deleted", user, null, now, ct);
                return Results.NoContent();
            },
            ct);
    }

    /// <summary>Loads the credit note and its invoice locked, applies the change, saves both and the audit row in one transaction.</summary>
    private static async Task<IResult> ChangeAsync(IShopDb db, TimeProvider clock, ClaimsPrincipal user, Guid id, string action, Func<CreditNote, StoredInvoice, IShopTransaction, Task> change, CancellationToken ct, bool linesChanged = false)
    {
        var now = clock.GetUtcNow();
        return await db.InTransactionAsync(
            async tx =>
            {
                if (await CreditNoteStore.FindAsync(tx, id, ct, forUpdate: true) is not { } note)
                {
                    return SalesProblems.NotFound("Avoir", id);
                }

                var invoice = (await InvoiceStore.FindAsync(tx, note.InvoiceId, ct, forUpdate: true))!;
                await change(note, invoice, tx);
                await CreditNoteStore.UpdateAsync(tx, note, linesChanged, now, ct);
                await AuditTrail.WriteAsync(tx, Document, id, action, user, note.Number, now, ct);
                return Results.Ok(CreditNoteView.From(note, invoice));
            },
            ct);
    }
}
