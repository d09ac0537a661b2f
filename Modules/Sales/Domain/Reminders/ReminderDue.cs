namespace ModularCrm.Modules.Sales.Domain.Reminders;

/// <summary>A reminder to send today.</summary>
/// <param name="InvoiceId">The invoice.</param>
/// <param name="StepNo">1-based step of the policy; record it as sent once the reminder goes out.</param>
/// <param name="DaysAfterDue">The step's delay.</param>
/// <param name="DaysOverdue">Days between the due date and today.</param>
public sealed record ReminderDue(Guid InvoiceId, int StepNo, int DaysAfterDue, int DaysOverdue);
