using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ModularCrm.Modules.Sales.Data;
using ModularCrm.Modules.Sales.Domain.Invoices;
using ModularCrm.Modules.Sales.Domain.Reminders;
using ModularCrm.Modules.Sales.Mail;
using ModularCrm.Sdk.Data;

namespace ModularCrm.Modules.Sales.Api;

/// <summary>
/// Reminders (relances): <c>GET /invoices/reminders?today=</c> lists the overdue invoices whose next reminder step
/// (shop settings, e.g. +7, +15, +30 days) is due; <c>POST /invoices/{id}/reminders</c> records a step as sent.
/// When the e-mailing module is enabled, recording a step e-mails the reminder (see <see cref="SentAsync"/>).
/// </summary>
internal static class ReminderEndpoints
{
    public static void Map(IEndpointRouteBuilder sales)
    {
        sales.MapGet("/invoices/reminders", DueAsync).WithTags("Sales").WithName("sales.invoices.reminders");
        sales.MapPost("/invoices/{id}/reminders", SentAsync).WithTags("Sales").WithName("sales.invoices.reminder_sent");
    }

    internal static async Task<IResult> DueAsync(IShopDb db, TimeProvider clock, DateOnly? today, CancellationToken ct)
    {
        var day = today ?? DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var policy = ReminderPolicy.Create((await SettingsStore.ReadAsync(db, ct)).ReminderSteps);
        var open = new List<StoredInvoice>();
        foreach (var status in new[] { nameof(InvoiceStatus.Unpaid), nameof(InvoiceStatus.PartiallyPaid) })
        {
            open.AddRange(await InvoiceStore.ListAsync(db, status, ct));
        }

        var sent = (await db.QueryAsync<(string InvoiceId, int StepNo)>("SELECT invoice_id, step_no FROM sales_reminders WHERE shop_id = @shop", null, ct))
            .ToLookup(r => r.InvoiceId, r => r.StepNo);
        var candidates = open.Select(s => ReminderCandidate.From(s.Invoice, sent[s.Invoice.Id.ToString()].ToList())).OfType<ReminderCandidate>();
        var byId = open.ToDictionary(s => s.Invoice.Id);
        return Results.Ok(policy.DueOn(day, candidates)
            .OrderByDescending(d => d.DaysOverdue)
            .Select(d => new ReminderDueView(InvoiceView.From(byId[d.InvoiceId]), d.StepNo, d.DaysAfterDue, d.DaysOverdue, sent[d.InvoiceId.ToString()].Order().ToList()))
            .ToList());
    }

    /// <summary>
    /// Records step <c>input.Step</c> as sent; when the e-mailing module is enabled the reminder is e-mailed to the
    /// customer (template <c>mail/reminder</c>, the invoice's PDF attached) in the same transaction, so a step is
    /// recorded if and only if its message is queued. The answer says where it went, or why it was not e-mailed.
    /// </summary>
    internal static async Task<IResult> SentAsync(HttpContext http, IShopDb db, TimeProvider clock, ClaimsPrincipal user, Guid id, ReminderInput input, CancellationToken ct)
    {
        var steps = (await SettingsStore.ReadAsync(db, ct)).ReminderSteps;
        if (input.Step < 1 || input.Step > steps.Count)
        {
            return SalesProblems.Invalid("step", $"Étape de relance {input.Step} inconnue : la boutique a {steps.Count} étape(s) ({string.Join(", ", steps.Select(s => $"+{s} j"))}).");
        }

        var date = input.Date ?? DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        if (await RefusalAsync(db, id, input.Step, ct) is { } refused)
        {
            return refused;
        }

        var invoice = (await InvoiceStore.FindAsync(db, id, ct))!.Invoice;
        var (mail, notMailed) = await SalesMailer.PrepareAsync(
            http.RequestServices, db, InvoiceEndpoints.Document, id, invoice.CustomerId, "reminder", new ReminderModel(input.Step, invoice.DaysOverdue(date)), ct);
        var now = clock.GetUtcNow();
        return await db.InTransactionAsync(
            async tx =>
            {
                // Checked again under the lock: two clicks at once record the step once.
                if (await RefusalAsync(tx, id, input.Step, ct, forUpdate: true) is { } late)
                {
                    return late;
                }

                await tx.ExecuteAsync(
                    "INSERT INTO sales_reminders (shop_id, invoice_id, step_no, sent_on, user_name) VALUES (@shop, @id, @step, @date, @userName)",
                    new { id = id.ToString(), step = input.Step, date = SqlDates.Write(date), userName = AuditTrail.Who(user) },
                    ct);
                var messageId = mail is null ? null : await SalesMailer.QueueAsync(tx, mail, now, ct);
                await AuditTrail.WriteAsync(tx, InvoiceEndpoints.Document, id, "reminder", user, input.Step.ToString(CultureInfo.InvariantCulture), now, ct);
                return Results.Ok(new
                {
                    invoiceId = id,
                    step = input.Step,
                    date,
                    mail = mail is null ? null : new { messageId, to = mail.Request.ToAddress, subject = mail.Request.Subject, attachment = mail.Request.Attachments?.FirstOrDefault()?.FileName },
                    notMailed = notMailed is null ? null : new { code = notMailed.Code, message = notMailed.Message },
                });
            },
            ct);
    }

    // Refused before anything is written (and before a PDF is printed): no such invoice, a draft, a step already recorded.
    private static async Task<IResult?> RefusalAsync(IShopSql db, Guid id, int step, CancellationToken ct, bool forUpdate = false)
    {
        if (await InvoiceStore.FindAsync(db, id, ct, forUpdate) is not { } stored)
        {
            return SalesProblems.NotFound("Facture", id);
        }

        stored.Invoice.RequireValidated("la relancer");
        var already = await db.QueryFirstOrDefaultAsync<long>(
            "SELECT COUNT(*) FROM sales_reminders WHERE shop_id = @shop AND invoice_id = @id AND step_no = @step", new { id = id.ToString(), step }, ct);
        return already == 0
            ? null
            : Results.Problem(
                statusCode: StatusCodes.Status409Conflict,
                title: "Relance déjà enregistrée",
                detail: $"L'étape {step} de relance de la facture {stored.Invoice.Number} est déjà enregistrée.",
                extensions: new Dictionary<string, object?> { ["code"] = "reminder.already_sent", ["field"] = "step" });
    }
}
