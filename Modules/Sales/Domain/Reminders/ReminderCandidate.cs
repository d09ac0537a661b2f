using ModularCrm.Modules.Sales.Domain.Invoices;

namespace ModularCrm.Modules.Sales.Domain.Reminders;

/// <summary>An invoice as the reminder planner needs it: due date, amount due and the steps already sent.</summary>
/// <param name="InvoiceId">The invoice.</param>
/// <param name="DueDate">Its due date.</param>
/// <param name="AmountDue">What is still due.</param>
/// <param name="SentSteps">Step numbers (1-based) already sent for this invoice.</param>
public sealed record ReminderCandidate(Guid InvoiceId, DateOnly DueDate, decimal AmountDue, IReadOnlyCollection<int> SentSteps)
{
    /// <summary>The candidate for a validated invoice; drafts are not candidates.</summary>
    public static ReminderCandidate? From(Invoice invoice, IReadOnlyCollection<int> sentSteps)
    {
        ArgumentNullException.ThrowIfNull(invoice);
        return invoice.DueDate is { } due ? new ReminderCandidate(invoice.Id, due, invoice.AmountDue, sentSteps) : null;
    }
}
